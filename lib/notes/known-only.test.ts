/**
 * Notes only on what is known: no prior, flag or streak year on a guessed
 * year; undated pages say so; notes that disagree are withheld, and say why;
 * streaks and relative years come from sentences without figures too.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const zh = { locale: 'zh-CN' };
const types = (notes: { type: string }[] | undefined) => (notes ?? []).map((n) => n.type);

describe('no implied prior on a guessed year', () => {
  it.each([
    ['English', 'Exports reached [[3.2 trillion yuan]], up [[5 percent]] year on year.', '5 percent'],
    ['simplified Chinese', '出口[[3.2万亿元]]，同比增长[[5%]]。', '5%'],
    ['traditional Chinese', '出口[[3.2兆元]]，年增[[5%]]。', '5%'],
  ])('%s: the year would only be the publication year', (_l, sentence, rate) => {
    expect(types(analyze('2025-01-17', [sentence]).get(rate).notes)).not.toContain('implied-prior');
  });

  it.each([
    ['English', 'In 2024, exports reached [[3.2 trillion yuan]], up [[5 percent]] year on year.', '5 percent'],
    ['simplified Chinese', '2024年，出口[[3.2万亿元]]，同比增长[[5%]]。', '5%'],
    ['traditional Chinese', '2024年，出口[[3.2兆元]]，同比增長[[5%]]。', '5%'],
  ])('%s: a year the text names gives one', (_l, sentence, rate) => {
    expect(types(analyze('2025-01-17', [sentence]).get(rate).notes)).toContain('implied-prior');
  });

  it('a growth against an earlier point gives none ("比此前增长9%")', () => {
    expect(types(analyze('2025-01-17', ['2024年，居民收入[[5万亿元]]，比此前增长[[9%]]。']).get('9%').notes)).toEqual([]);
  });
});

describe('an undated page: conversions are not checked, and the card says why', () => {
  it('English', () => {
    const { get } = analyze(undefined, ['In 2013, GDP reached [[14 trillion yuan]] ([[US$ 1 trillion]]).']);
    expect(types(get('US$ 1 trillion').notes)).toEqual([]);
    expect(get('US$ 1 trillion').withheld).toEqual(['14 trillion yuan (US$ 1 trillion): the page is undated, so its conversion is not checked against a year’s rate.'.replace('’', "'")]);
  });

  it('Chinese', () => {
    const { get } = analyze(undefined, ['2013年，生产总值[[14万亿元]]（[[1万亿美元]]）。'], zh);
    expect(get('1万亿美元').withheld![0]).toContain('页面未注明日期');
  });

  it('a dated page is still checked', () => {
    const { get } = analyze('2025-01-16', ['GDP reached [[14 trillion yuan]] ([[US$ 1 trillion]]) in 2024.']);
    expect(get('US$ 1 trillion').notes!.find((n) => n.type === 'conversion-check')!.flagged).toBe(true);
  });
});

describe('two notes that disagree on one amount are not written', () => {
  it.each([
    ['English', 'In 2024, exports reached [[3.2 trillion yuan]], up [[5 percent]] year on year, or up [[7 percent]] year on year in dollar terms.', '5 percent', '7 percent', 'more than one growth rate'],
    ['simplified Chinese', '2024年，出口[[3.2万亿元]]，同比增长[[5%]]，以美元计同比增长[[7%]]。', '5%', '7%', '不止一个增速'],
  ])('%s', (_l, sentence, a, b, why) => {
    const { get } = analyze('2025-01-17', [sentence], _l === 'English' ? {} : zh);
    for (const rate of [a, b]) {
      expect(types(get(rate).notes)).toEqual([]);
      expect(get(rate).withheld![0]).toContain(why);
    }
  });
});

describe('streaks and relative years from sentences without figures', () => {
  it('English: a streak stated without a figure, in a year the text names', () => {
    const { figures } = analyze('2025-01-17', ['In 2024, the city kept its AAA rating for 20 consecutive years.', 'Its GDP reached [[3 trillion yuan]].']);
    const streak = figures.flatMap((f) => f.notes ?? []).find((n) => n.type === 'streak');
    expect(streak).toMatchObject({ year: 2005 });
  });

  it('simplified Chinese: 连续36年', () => {
    const { figures } = analyze('2025-01-17', ['2024年，全省经济总量连续36年居全国首位。', '地区生产总值[[14万亿元]]。'], zh);
    expect(figures.flatMap((f) => f.notes ?? []).find((n) => n.type === 'streak')).toMatchObject({ year: 1989 });
  });

  it('traditional Chinese: 連續36年', () => {
    const { figures } = analyze('2025-01-17', ['2024年，全省經濟總量連續36年居全國首位。', '地區生產總值[[14兆元]]。'], zh);
    expect(figures.flatMap((f) => f.notes ?? []).find((n) => n.type === 'streak')).toMatchObject({ year: 1989 });
  });

  it('no streak year on a guessed year', () => {
    const { figures } = analyze('2025-01-17', ['The city kept its AAA rating for 20 consecutive years.', 'Its GDP reached [[3 trillion yuan]].']);
    expect(figures.flatMap((f) => f.notes ?? []).filter((n) => n.type === 'streak')).toEqual([]);
  });

  it('a relative year in a sentence without figures', () => {
    const { figures } = analyze('2025-01-17', ['Last year was a hard one for exporters.', 'Exports reached [[3 trillion yuan]].']);
    expect(figures.flatMap((f) => f.notes ?? []).find((n) => n.type === 'relative-year')).toMatchObject({ year: 2024 });
  });
});

describe('no implied prior on an amount only about right', () => {
  it.each([
    ['English', 'In the first half of 2014, sales declined [[32.63 percent]] year on year to about [[4 million sq meters]].', '32.63 percent'],
    ['simplified Chinese', '2024年，出口约[[3.2万亿元]]，同比增长[[5%]]。', '5%'],
    ['traditional Chinese', '2024年，出口總值約[[3.2兆元]]，年增[[5%]]。', '5%'],
  ])('%s: the prior would be a rounded guess written as arithmetic', (_l, sentence, rate) => {
    expect(types(analyze('2025-01-17', [sentence]).get(rate).notes)).not.toContain('implied-prior');
  });
});

describe('no implied prior when the sentence’s own rates contradict the months carried to its amount', () => {
  it.each([
    ['English', ['In the first half, transactions declined [[32.63 percent]] year-on-year.', 'Land sales dropped to [[65.57 billion yuan]], a decline of [[11.9 percent]] year-on-year, or [[55.5 percent]] month-on-month.'], '11.9 percent'],
    ['simplified Chinese', ['上半年，住宅成交面积同比下降[[32.63%]]。', '土地出让金[[655.7亿元]]，同比下降[[11.9%]]，环比下降[[55.5%]]。'], '11.9%'],
    ['traditional Chinese', ['上半年，住宅成交面積年減[[32.63%]]。', '土地出讓金[[655.7億元]]，年減[[11.9%]]，月減[[55.5%]]。'], '11.9%'],
  ])('%s: a month-on-month rate on a half-year amount', (_l, sentences, rate) => {
    expect(types(analyze('2014-07-03', sentences).get(rate).notes)).not.toContain('implied-prior');
  });

  it('a half-year amount the sentence names itself still gives its year-on-year prior', () => {
    const { get } = analyze('2014-07-03', ['In the first half of 2014, land sales dropped to [[65.57 billion yuan]], a decline of [[11.9 percent]] year-on-year, or [[55.5 percent]] month-on-month.']);
    expect(types(get('11.9 percent').notes)).toContain('implied-prior');
  });
});

describe('a base of comparison relative to the date still says which year it means', () => {
  it.each([
    ['English', 'NEV deliveries in the first eight months tallied [[1.64 million units]], soaring [[222.5 percent]] from the same period last year.', 2020],
    ['simplified Chinese', '前8个月新能源汽车销量[[164万辆]]，比去年同期增长[[222.5%]]。', 2020],
    ['traditional Chinese', '前8個月新能源汽車銷量[[164萬輛]]，比去年同期增長[[222.5%]]。', 2020],
  ])('%s', (_l, sentence, year) => {
    const { figures } = analyze('2021-09-10', [sentence]);
    const notes = figures.flatMap((f) => f.notes ?? []).filter((n) => n.type === 'relative-year');
    expect(notes.map((n) => n.year)).toEqual([year]);
  });
});

describe('a fiscal year’s prior is the fiscal year before', () => {
  it.each([
    ['English', ['2019-20 Budget', 'Land premium is estimated at [[$143 billion]], up [[23.3 percent]] year on year.'], '23.3 percent', 'FY2018/19'],
    ['simplified Chinese', ['二零一九/二零年度财政预算', '地价收入[[1430亿元]]，按年上升[[23.3%]]。'], '23.3%', '2018/19年度'],
    ['traditional Chinese', ['二零一九/二零年度財政預算', '地價收入[[1430億元]]，按年上升[[23.3%]]。'], '23.3%', '2018/19年度'],
  ])('%s', (_l, sentences, rate, label) => {
    const zhLocale = label.includes('年度') ? zh : {};
    const notes = analyze(undefined, sentences, zhLocale).get(rate).notes ?? [];
    const prior = notes.find((n) => n.type === 'implied-prior');
    expect(prior?.text).toContain(label);
  });
});

describe('two rates of one amount that disagree give no prior ("增幅约1.8%，回复过往1%的增长水平")', () => {
  it.each([
    ['English', 'Posts will rise to [[191,816]], up by [[3,481]], or about [[1.8 percent]], a return to growth of [[1 percent]] a year.', '1 percent'],
    ['simplified Chinese', '公务员编制会增至[[191816个]]，较上年度增加[[3481个]]，增幅约[[1.8%]]，回复过往[[1%]]的增长水平。', '1%'],
    ['traditional Chinese', '公務員編制會增至[[191816個]]，較上年度增加[[3481個]]，增幅約[[1.8%]]，回復過往[[1%]]的增長水平。', '1%'],
  ])('%s', (_l, sentence, rate) => {
    const { get } = analyze('2019-02-27', ['In 2019, the civil service grew.', sentence]);
    expect(types(get(rate).notes)).not.toContain('implied-prior');
  });
});

describe('a year that names a document is not the time of its figures', () => {
  it.each([
    ['simplified Chinese', ['二零一九/二零年度财政预算', '二零一八年《施政报告》中宣布的措施，共涉及[[七百五十三亿元]]经营开支。'], '七百五十三亿元'],
    ['traditional Chinese', ['二零一九/二零年度財政預算', '二零一八年《施政報告》中宣佈的措施，共涉及[[七百五十三億元]]經營開支。'], '七百五十三億元'],
  ])('%s', (_l, sentences, figure) => {
    expect(analyze(undefined, sentences).get(figure).year).toBe(2020);
  });
});

describe('an undated page that says its year: "今年10月…较2016年同月" is 2017, from that sentence on', () => {
  const notes = (published: string | undefined, sentences: string[], figure: string, locale = 'en-US') =>
    analyze(published, sentences, { locale }).get(figure).notes ?? [];
  it('simplified Chinese (Sing Tao, Hong Kong retail)', () => {
    const first = '政府统计处公布，今年10月的零售业总销货价值的临时估计为[[375亿元]]，较去年同月上升[[3.9%]]。';
    const second = '扣除其间价格变动后，今年10月的零售业总销货数量的临时估计较2016年同月上升[[3.6%]]。';
    const { get } = analyze(undefined, [first, second], zh);
    expect(get('375亿元').year).toBeUndefined();
    expect(get('3.6%').year).toBe(2017);
    const text = notes(undefined, [first, second], '3.6%', 'zh-CN').find((n) => n.type === 'relative-year')?.text;
    expect(text).toBe('“今年”指2017年（页面未注明日期，但文中与“2016年同月”比较）。');
  });
  it('traditional Chinese', () => {
    const s = '今年10月的零售業總銷貨數量的臨時估計較2016年同月上升[[3.6%]]。';
    expect(analyze(undefined, [s], zh).get('3.6%').year).toBe(2017);
  });
  it('English', () => {
    const s = 'Retail sales volume in October this year rose [[3.6 percent]] from the same month of 2016.';
    expect(analyze(undefined, [s]).get('3.6 percent').year).toBe(2017);
    expect(notes(undefined, [s], '3.6 percent').find((n) => n.type === 'relative-year')?.text).toBe('“this year” here is 2017: the page shows no date, but the text compares with “same month of 2016”.');
  });
  it('a text that contradicts itself, or a dated page, implies nothing', () => {
    const a = 'Sales in October this year rose [[3.6 percent]] from the same month of 2016.';
    const b = 'Output this year rose [[2 percent]] from the same period of 2019.';
    expect(analyze(undefined, [a, b]).get('3.6 percent').year).toBeUndefined();
    expect(analyze('2018-11-15', [a]).get('3.6 percent').year).toBe(2018);
  });
});
