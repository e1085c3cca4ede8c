/**
 * Time is a property of the text: a period named once carries to the
 * sentences that break it down, headings and sentences without figures set
 * it, and a page with no year still gets its months.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const when = (f: { year?: number; period?: { fromMonth: number; toMonth: number } }) => [f.year ?? null, f.period ? [f.period.fromMonth, f.period.toMonth] : null];

describe('a period named once carries to the sentences that break it down', () => {
  it('English: "in the first three quarters" then "in the period"', () => {
    const { get } = analyze('2024-10-18', [
      'In the first three quarters of 2024, China’s GDP grew [[4.8 percent]] year on year.',
      'Exports stood at [[18.62 trillion yuan]] in the period, up [[6.2 percent]].',
      'Imports reached [[13.5 trillion yuan]], up [[2.9 percent]].',
    ]);
    expect(when(get('18.62 trillion yuan'))).toEqual([2024, [1, 9]]);
    expect(when(get('13.5 trillion yuan'))).toEqual([2024, [1, 9]]);
    expect(get('18.62 trillion yuan').period?.label).toBe('Jan–Sep 2024');
  });

  it('simplified Chinese: "前三季度…。其中，出口…"', () => {
    const { get } = analyze('2024-10-18', ['2024年前三季度，我国货物贸易进出口总值[[32.33万亿元]]，同比增长[[5.3%]]。', '其中，出口[[18.62万亿元]]，增长[[6.2%]]。'], { locale: 'zh-CN' });
    expect(when(get('18.62万亿元'))).toEqual([2024, [1, 9]]);
    expect(get('18.62万亿元').period?.label).toBe('2024年前三季度');
  });

  it('traditional Chinese: "上半年…。其中，出口…"', () => {
    const { get } = analyze('2025-07-20', ['今年上半年，台灣出口總值[[2,500億美元]]，年增[[27%]]。', '其中，對美國出口[[800億美元]]，增長[[40%]]。']);
    expect(when(get('800億美元'))).toEqual([2025, [1, 6]]);
  });

  it('a sentence that breaks the period into quarters does not move it', () => {
    const { get } = analyze('2024-10-18', [
      '前三季度，国内生产总值[[949746亿元]]，同比增长[[4.8%]]。',
      '分季度看，一季度增长[[5.3%]]，二季度增长[[4.7%]]，三季度增长[[4.6%]]。',
      '分产业看，第一产业增加值[[57733亿元]]，增长[[3.4%]]。',
    ]);
    expect(when(get('4.7%'))).toEqual([2024, [4, 6]]);
    expect(when(get('57733亿元'))).toEqual([2024, [1, 9]]);
  });

  it('a single month carries to the next sentence ("3月份…。")', () => {
    const { get } = analyze('2024-04-16', ['3月份，全国规模以上工业增加值同比增长[[4.5%]]。', '社会消费品零售总额[[39020亿元]]，同比增长[[3.1%]]。']);
    expect(when(get('39020亿元'))).toEqual([2024, [3, 3]]);
  });

  it('the text naming another year ends the months carried', () => {
    const { get } = analyze('2025-01-17', ['In the first half, exports rose [[5 percent]].', 'In 2023, exports totalled [[23.8 trillion yuan]].']);
    expect(when(get('23.8 trillion yuan'))).toEqual([2023, null]);
  });
});

describe('sentences and headings without figures set the time', () => {
  it('English: a heading "Review of the Work in 2019" on a report published in 2020', () => {
    const { get } = analyze('2020-01-15', ['Review of the Work in 2019', 'The city’s GDP reached [[2.4 trillion yuan]], up [[6.8 percent]].']);
    expect(get('2.4 trillion yuan').year).toBe(2019);
  });

  it('simplified Chinese: "2019年工作回顾"', () => {
    const { get } = analyze('2020-01-15', ['一、2019年工作回顾', '全市地区生产总值[[2.36万亿元]]，增长[[6.8%]]。']);
    expect(get('2.36万亿元').year).toBe(2019);
  });

  it('traditional Chinese: "去年經濟穩定。" sets the year before the publication year', () => {
    const { get } = analyze('2025-02-10', ['去年經濟表現穩定。', '出口總值[[4,750億美元]]，增長[[9.9%]]。']);
    expect(get('4,750億美元').year).toBe(2024);
  });
});

describe('a page with no year still gets its months', () => {
  it.each([
    ['English', ['In the first half, retail sales reached [[23.6 trillion yuan]].'], '23.6 trillion yuan'],
    ['simplified Chinese', ['上半年，社会消费品零售总额[[23.6万亿元]]。'], '23.6万亿元'],
    ['traditional Chinese', ['上半年，零售總額[[2.3兆元]]。'], '2.3兆元'],
  ])('%s', (_lang, sentences, figure) => {
    const { get } = analyze(undefined, sentences);
    expect(when(get(figure))).toEqual([null, [1, 6]]);
  });
});

describe('fiscal years are about the year they end in', () => {
  it.each([
    ['Revenue rose to [[£12 billion]] in 2024/25.', '£12 billion', 2025],
    ['Exports were [[$3 billion]] in 2012–13.', '$3 billion', 2013],
    ['Profit for FY2025 was [[$4 billion]].', '$4 billion', 2025],
    ['2024/25财年，收入[[120亿港元]]。', '120亿港元', 2025],
  ])('%s', (sentence, figure, year) => {
    expect(analyze('2025-06-01', [sentence]).get(figure).year).toBe(year);
  });

  it('a range of years is not a fiscal year', () => {
    expect(analyze('2025-06-01', ['From 2021-2023, output was [[$3 billion]] in 2023.']).get('$3 billion').year).toBe(2023);
  });
});

describe('years in Chinese digits, and sentences about a year not yet begun', () => {
  it.each([
    ['二零一八年，经营开支[[七百五十三亿元]]。', '七百五十三亿元', 2018],
    ['二零一九/二零年度的總收入預計為[[六千二百六十一億元]]。', '六千二百六十一億元', 2020],
  ])('%s', (sentence, figure, year) => {
    expect(analyze('2019-02-27', [sentence]).get(figure).year).toBe(year);
  });

  it.each([
    ['English', ['Inflation should fall below [[2%]] next year.', 'Banks raised rates to [[1.625%]].'], '1.625%'],
    ['traditional Chinese', ['明年通膨便可降至[[2%]]以下。', '央行利率調整為[[1.625%]]。'], '1.625%'],
  ])('%s: "next year" does not set the year of the facts after it', (_l, sentences, figure) => {
    expect(analyze('2022-09-22', sentences).get(figure).year).toBe(2022);
  });
});

describe('a fiscal year written "2023-24" spans April to March', () => {
  it.each([
    ['The revised estimate of revenue for 2023-24 is [[$554.6 billion]].', '$554.6 billion', 'FY2023/24'],
    ['二零一九/二零年度的總收入預計為[[六千二百六十一億元]]。', '六千二百六十一億元', 'FY2019/20'],
  ])('%s', (sentence, figure, label) => {
    const f = analyze('2024-02-28', [sentence]).get(figure);
    expect([f.period?.fromYear, f.period?.fromMonth, f.period?.toMonth, f.period?.label]).toEqual([f.year! - 1, 4, 3, label]);
  });
});

describe('a span of months and a fiscal quarter', () => {
  it('"From January to July 2019" is a span, not a comparison’s base', () => {
    expect(when(analyze('2019-08-16', ['From January to July 2019, retail sales reached [[22,828.3 billion yuan]].']).get('22,828.3 billion yuan'))).toEqual([2019, [1, 7]]);
  });

  it('"the fourth quarter of fiscal 2015" has no calendar months', () => {
    expect(analyze('2015-07-30', ['Revenue in the fourth quarter of fiscal 2015 rose to [[$2.7 billion]].']).get('$2.7 billion').period).toBeUndefined();
  });
});

describe('a sentence that names its year again without months is about the whole year', () => {
  it('English: "In December 2024…" then "In 2024, …"', () => {
    const { get } = analyze('2025-01-14', ['In December 2024, imports of consumer goods reached [[167.8 billion yuan]].', 'In 2024, trade with Belt and Road countries reached [[22.07 trillion yuan]], up [[6.4 percent]].']);
    expect(when(get('22.07 trillion yuan'))).toEqual([2024, null]);
  });

  it('simplified Chinese: "2024年12月…。2024年，…"', () => {
    const { get } = analyze('2025-01-14', ['2024年12月，我国进口消费品[[1678.2亿元]]。', '2024年，我国对共建“一带一路”国家合计进出口[[22.07万亿元]]，同比增长[[6.4%]]。']);
    expect(when(get('22.07万亿元'))).toEqual([2024, null]);
  });

  it('traditional Chinese: "十一月…。今年…"', () => {
    const { get } = analyze('2025-12-24', ['十一月外銷訂單[[729.2億美元]]，年增[[39.5%]]。', '今年出口總值[[6,400億美元]]，年增[[35%]]。']);
    expect(when(get('729.2億美元'))).toEqual([2025, [11, 11]]);
    expect(when(get('6,400億美元'))).toEqual([2025, null]);
  });
});

describe('"better than expected" reports a fact: the sentence still sets the months', () => {
  it.each([
    ['en', ['In November, export orders rose [[39.5 percent]], better than expected.', 'Orders for electronics rose [[47.9 percent]].']],
    ['zh-Hans', ['11月外销订单同比增长[[39.5%]]，且优于原先预估。', '其中，电子产品接单增长[[47.9%]]。']],
    ['zh-Hant', ['經濟部公布十一月外銷訂單年增[[39.5%]]，且優於原先預估。', '電子產品接單年增[[47.9%]]。']],
  ])('%s', (_lang, sentences) => {
    const { figures } = analyze('2025-12-24', sentences);
    expect(when(figures[1]!)).toEqual([2025, [11, 11]]);
    expect(figures[0]!.role).toBe('growth');
  });
});

describe('a period of the base of a comparison is the base, and a period over by the publication date is a fact', () => {
  it('English: "down 20% compared to the first half of 2017" is about the heading’s 1st half of 2018', () => {
    const { get } = analyze('2018-08-28', ['Financial highlights for the 1st half of 2018:', 'Revenues totaled [[NIS 2.7 billion]], down [[20%]] compared to the first half of 2017.']);
    expect(when(get('NIS 2.7 billion'))).toEqual([2018, [1, 6]]);
    expect(get('20%').basis).toBe('yoy');
  });

  it('English: "posted a first-quarter profit … and said it expected …" in April sets Q1', () => {
    const { get } = analyze('2013-04-23', ['Swedbank posted a first-quarter operating profit that topped forecasts and said it expected to improve its credit rating.', 'Operating profit fell [[six percent]] to [[4.9 billion Swedish crowns]].']);
    expect(when(get('4.9 billion Swedish crowns'))).toEqual([2013, [1, 3]]);
  });

  it.each([
    ['simplified Chinese', ['一季度，公司利润好于预期，并预计全年将继续增长。', '营业收入[[49亿元]]，同比下降[[6%]]。']],
    ['traditional Chinese', ['第一季度，公司獲利優於預期，並預計全年將繼續成長。', '營業收入[[49億元]]，年減[[6%]]。']],
  ])('%s: a first quarter named in April with an expectation is still the text’s quarter', (_l, sentences) => {
    const { figures } = analyze('2013-04-23', sentences);
    expect(when(figures[0]!)).toEqual([2013, [1, 3]]);
  });
});

describe('a quarter written 第四季, without 度', () => {
  it.each([
    ['traditional Chinese', '去年第四季實質GDP成長率為[[12.68%]]。'],
    ['simplified Chinese', '去年第四季实质GDP增长率为[[12.68%]]。'],
    ['English', 'Real GDP grew [[12.68%]] in the fourth quarter of last year.'],
  ])('%s', (_l, sentence) => {
    const { figures } = analyze('2026-01-31', [sentence]);
    expect(when(figures[0]!)).toEqual([2025, [10, 12]]);
  });
});

describe('an undated page still knows a whole year, and a day "as of" is a month', () => {
  it.each([
    ['English', 'Among these firms, 13 reported that their annual net profits exceeded [[10 billion yuan]].'],
    ['simplified Chinese', '全年出口总值[[3.2万亿元]]，增长[[5%]]。'],
    ['traditional Chinese', '全年出口總值[[3.2兆元]]，成長[[5%]]。'],
  ])('%s: the year unknown, its months 1–12', (_l, sentence) => {
    const { figures } = analyze(undefined, [sentence]);
    expect(when(figures[0]!)).toEqual([null, [1, 12]]);
  });

  it.each([
    ['English', 'As of Feb. 25, [[296 listed companies]] had released their reports.'],
    ['simplified Chinese', '截至2月25日，已有[[296家]]上市公司披露年报。'],
    ['traditional Chinese', '截至2月25日，已有[[296家]]上市公司披露年報。'],
  ])('%s: "as of Feb. 25" is February', (_l, sentence) => {
    const { figures } = analyze('2025-02-26', [sentence]);
    expect(when(figures[0]!)).toEqual([2025, [2, 2]]);
  });
});

describe('a time word of the base of a comparison is the base’s', () => {
  it.each([
    ['English', ['Financial highlights for the first half of 2018:', 'Gross Margin for the period was [[12%]] compared with [[11%]] during the parallel period of 2017.'], '12%', 2018],
    ['simplified Chinese', ['2018年上半年财务摘要：', '毛利率为[[12%]]，较[[11%]]（2017年同期）有所提高。'], '12%', 2018],
    ['traditional Chinese', ['2018年上半年財務摘要：', '毛利率為[[12%]]，較[[11%]]（2017年同期）有所提高。'], '12%', 2018],
  ])('%s', (_l, sentences, figure, year) => {
    expect(analyze('2018-08-28', sentences).get(figure).year).toBe(year);
  });
});

describe('a stock over a period is measured at its last month', () => {
  it.each([
    ['English', ['Financial results for the first half of 2016:', 'Order Backlog reached [[NIS 13.3B]].'], 'NIS 13.3B', [2016, [6, 6]]],
    ['simplified Chinese', ['2016年前三季度，猪牛羊禽肉产量[[5833万吨]]。', '生猪存栏[[43163万头]]，同比减少[[3.4%]]。'], '43163万头', [2016, [9, 9]]],
    ['traditional Chinese', ['2016年前三季度，豬牛羊禽肉產量[[5833萬噸]]。', '生豬存欄[[43163萬頭]]，同比減少[[3.4%]]。'], '43163萬頭', [2016, [9, 9]]],
  ])('%s', (_l, sentences, figure, expected) => {
    expect(when(analyze('2016-10-19', sentences).get(figure))).toEqual(expected);
  });
});
