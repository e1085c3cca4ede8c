/**
 * Which words are the figure's time and which only stand near it: a meeting's quarter, a comparison's
 * base, an estimate's month, another clause's month; whole years, fiscal halves, undated pages.
 */
import { describe, expect, it } from 'vitest';
import { analyze, periodOf } from '@/lib/normalize/make.test-helper';

describe('a quarter that names a meeting dates the meeting, not the figures', () => {
  it('traditional Chinese, 第3季理監事會 (the decision is today’s, in the month of the page’s date)', () => {
    const s = '中央銀行今天舉行第3季理監事會，宣布升息[[半碼]]、調升新台幣存款準備率[[1碼]]。';
    expect(periodOf('2022-09-22', [s], '半碼')).toEqual({ year: 2022, fromMonth: 9, toMonth: 9 });
  });

  it('simplified Chinese, 第三季度例会 (the quarter still dates figures elsewhere)', () => {
    const s = '货币政策委员会召开第三季度例会，认为今年经济增长[[5%]]左右。';
    expect(periodOf('2024-09-27', [s], '5%')).toBeUndefined();
    const t = '第三季度，社会消费品零售总额增长[[2.7%]]。';
    expect(periodOf('2024-10-18', [t], '2.7%')).toEqual({ year: 2024, fromMonth: 7, toMonth: 9 });
  });
});

describe('"与二零一二年同期比较": the same period of a comparison is its base, not the figure\'s months', () => {
  const previous = '二零一三年十月的零售業總銷貨價值的修訂估計較上年同期上升[[6.3%]]。';
  it('traditional Chinese (Census and Statistics Department)', () => {
    const s = '與二零一二年同期比較,二零一三年首十一個月的零售業總銷貨價值上升[[11.6%]],而總銷貨數量則上升[[11.1%]]。';
    expect(periodOf('2014-01-03', [previous, s], '11.1%')).toEqual({ year: 2013, fromMonth: 1, toMonth: 11 });
  });
  it('simplified Chinese', () => {
    const s = '与二零一二年同期比较，二零一三年首十一个月的零售业总销货价值上升[[11.6%]]，而总销货数量则上升[[11.1%]]。';
    expect(periodOf('2014-01-03', [previous, s], '11.1%')).toEqual({ year: 2013, fromMonth: 1, toMonth: 11 });
  });
});

describe('"the September 2024 quarter": a quarter named by its last month (Stats NZ, ABS)', () => {
  it('English, with and without the year', () => {
    const s = 'New Zealand’s gross domestic product (GDP) fell [[1.0 percent]] in the September 2024 quarter, following a revised [[1.1 percent]] decrease in the June 2024 quarter.';
    expect(periodOf('2024-12-19', [s], '1.0 percent')).toEqual({ year: 2024, fromMonth: 7, toMonth: 9 });
    expect(periodOf('2024-12-19', [s], '1.1 percent')).toEqual({ year: 2024, fromMonth: 4, toMonth: 6 });
    const t = 'Household spending rose [[0.4 percent]] in the March quarter.';
    expect(periodOf('2025-06-04', [t], '0.4 percent')).toEqual({ year: 2025, fromMonth: 1, toMonth: 3 });
  });
});

describe('"from 1.59 billion pounds, last year": a base is the year before the text’s, not before the publication’s', () => {
  const first = 'Imperial Brands plc reported that its Group net revenues grew [[0.3 percent]] for the six months ended 31 March 2022.';
  const second = 'First half adjusted operating profit increased to [[1.60 billion pounds]] from [[1.59 billion pounds]], last year.';
  it('on an undated page, in the months the text is talking about', () => {
    const f = analyze(undefined, [first, second]).get('1.59 billion pounds');
    expect(f.year).toBe(2021);
    expect(f.period).toMatchObject({ fromYear: 2020, fromMonth: 10, toMonth: 3 });
  });
  it('on a page published the year after the results', () => {
    const results = 'For the year 2024, revenue rose to [[$5.2 billion]] from [[$4.9 billion]] last year.';
    expect(analyze('2025-02-20', [results]).get('$4.9 billion').year).toBe(2023);
  });
  it('a year named after the base is about something else', () => {
    const first = 'Provident Financial reported that its profit before tax for six months ended 30 June 2019 increased [[8.8 percent]].';
    const second = 'However, basic earnings per share declined [[17.3 percent]] to [[8.1 pence]] from [[9.8 pence]] last year, due to the impact of the rights shares issued in 2018.';
    expect(analyze(undefined, [first, second]).get('9.8 pence').year).toBe(2018);
  });
    it('a figure of its own "last year" is still the year before the publication', () => {
    expect(analyze('2025-02-20', ['Last year, revenue rose to [[$5.2 billion]].']).get('$5.2 billion').year).toBe(2024);
  });
});

describe('"first-half net profit": a half written with a hyphen', () => {
  it('English (Reuters)', () => {
    const s = 'China Mobile Ltd said its first-half net profit edged up [[5.6 percent]], its first interim profit rise in three years.';
    expect(periodOf('2016-08-11', [s], '5.6 percent')).toEqual({ year: 2016, fromMonth: 1, toMonth: 6 });
  });
});

describe('a text that counts in fiscal years: its halves and quarters are not the calendar’s', () => {
  it('English (BHP): "first-half profit" beside "the 2021/22 interim result"', () => {
    const first = 'Australian miner BHP Group has delivered a massive [[$US9.4 billion]] first-half profit.';
    const second = 'The 2021/22 interim result was up [[144 per cent]] from the same period in 2020/21.';
    expect(analyze(undefined, [first, second]).get('$US9.4 billion').period).toBeUndefined();
  });
  it('English (ADP): "fourth-quarter" in a text that looks ahead to "fiscal 2016"', () => {
    const first = 'Automatic Data Processing reported that fourth-quarter net earnings rose to [[$336.2 million]].';
    const second = 'Looking ahead to fiscal 2016, ADP forecasts revenue growth of [[6 percent]].';
    expect(analyze('2015-07-30', [first, second]).get('$336.2 million').period).toBeUndefined();
  });
  it('simplified and traditional Chinese: 上半年 beside 2019/20财年', () => {
    for (const [first, second] of [
      ['公司上半年营业额为[[100亿港元]]。', '2019/20财年全年盈利预计增长[[5%]]。'],
      ['公司上半年營業額為[[100億港元]]。', '2019/20財年全年盈利預計增長[[5%]]。'],
    ]) {
      expect(analyze('2019-11-20', [first!, second!]).get(/\[\[(.+?)\]\]/.exec(first!)![1]!).period).toBeUndefined();
    }
  });
  it('a calendar text keeps its quarters', () => {
    expect(periodOf('2025-10-20', ['第三季度，国内生产总值增长[[4.8%]]。'], '4.8%')).toEqual({ year: 2025, fromMonth: 7, toMonth: 9 });
  });
});

describe('Chinese names the time before what it is about: a later clause’s month is not the figure’s', () => {
  it.each([
    ['traditional', '今年8月的零售業總銷貨價值的臨時估計為[[324億元]],較去年同月上升[[13.7%]],今年7月零售業總銷貨價值的修訂估計,則較去年同月上升[[16.7%]]。'],
    ['simplified', '今年8月的零售业总销货价值的临时估计为[[324亿元]]，较去年同月上升[[13.7%]]，今年7月零售业总销货价值的修订估计，则较去年同月上升[[16.7%]]。'],
  ])('%s', (_script, s) => {
    expect(periodOf('2023-09-29', [s], '13.7%')).toEqual({ year: 2023, fromMonth: 8, toMonth: 8 });
    expect(periodOf('2023-09-29', [s], '16.7%')).toEqual({ year: 2023, fromMonth: 7, toMonth: 7 });
  });
});

describe('Chinese: a later clause’s year that names another figure’s time is not the figure’s (HKSAR budget speech)', () => {
  it.each([
    ['simplified', '二零一九/二零年度财政预算', '经营开支预计为[[五千零一十五亿元]]，按年增加[[百分之十五点四]]，即[[六百六十九亿元]]，主要涉及去年关爱共享计划的[[一百一十二亿元]]开支。', '五千零一十五亿元'],
    ['traditional', '二零一九/二零年度財政預算', '經營開支預計為[[五千零一十五億元]]，按年增加[[百分之十五點四]]，即[[六百六十九億元]]，主要涉及去年關愛共享計劃的[[一百一十二億元]]開支。', '五千零一十五億元'],
  ])('%s', (_script, heading, s, figure) => {
    const f = analyze(undefined, [heading, s]).get(figure);
    expect(f.year).toBe(2020);
    expect(f.period).toMatchObject({ fromYear: 2019, fromMonth: 4, toMonth: 3 });
  });
});

describe('"each year", "an annual average", 每年, 年均: a whole year’s rate, not the quarter just named', () => {
  const q4 = ['主計總處概估去年第四季經濟成長率為[[百分之十二點六八]]。', '主计总处概估去年第四季经济成长率为[[百分之十二点六八]]。', 'The economy grew [[12.68 percent]] in the fourth quarter of 2025.'];
  it.each([
    [q4[0]!, '近十年每年民間投資平均成長超過[[百分之六]]。', '百分之六'],
    [q4[1]!, '近十年民间投资年均增长超过[[百分之六]]。', '百分之六'],
    [q4[2]!, 'Over the decade private investment grew by an annual average of [[6 percent]].', '6 percent'],
  ])('%s → %s', (first, second, figure) => {
    expect(analyze('2026-01-31', [first, second]).get(figure).period).toBeUndefined();
  });
});

describe('on an undated page, "this year"/今年 is still a whole year; "the same quarter last year" is not', () => {
  it.each([
    ['主計總處昨天公布最新經濟成長率預測，今年下修至[[百分之一點七四]]。', '百分之一點七四'],
    ['国家统计局预测，今年经济增长[[5%]]左右。', '5%'],
    ['The agency now expects the economy to grow [[1.7 percent]] this year.', '1.7 percent'],
  ])('%s', (s, figure) => {
    const f = analyze(undefined, [s]).get(figure);
    expect(f.year).toBeUndefined();
    expect(f.period).toMatchObject({ fromMonth: 1, toMonth: 12 });
  });
  it('"in the same quarter last year", "去年同期" name a part of the year', () => {
    expect(analyze(undefined, ['Revenues grew to [[$2.70 billion]] from [[$2.57 billion]] in the same quarter last year.']).get('$2.57 billion').period).toBeUndefined();
    expect(analyze(undefined, ['营收为[[27亿元]]，去年同期为[[25.7亿元]]。']).get('25.7亿元').period).toBeUndefined();
  });
});

describe('the month an estimate was made in is not the figure’s time', () => {
  it.each([
    ['今年第三季成長率初步統計為[[百分之一點六六]]，但低於八月預測的[[百分之二點四七]]。', '百分之二點四七'],
    ['今年第三季增长率初步统计为[[百分之一点六六]]，但低于八月预测的[[百分之二点四七]]。', '百分之二点四七'],
    ['Third-quarter growth was a preliminary [[1.66 percent]], below the August forecast of [[2.47 percent]].', '2.47 percent'],
  ])('%s', (s, figure) => {
    expect(periodOf('2023-11-29', [s], figure)).toEqual({ year: 2023, fromMonth: 7, toMonth: 9 });
  });
  it('"三月底预计为" is what is expected at the end of March', () => {
    expect(periodOf('2019-02-27', ['本港财政储备至二零二零年三月底预计为[[一万一千七百八十四亿元]]。'], '一万一千七百八十四亿元')).toEqual({ year: 2020, fromMonth: 3, toMonth: 3 });
  });
});

describe('"higher than that in May": the month of a comparison’s base', () => {
  it.each([
    ['In June alone, the country’s power use grew [[5.5 percent]] year-on-year, [[3.2 percentage points]] higher than that in May.', '3.2 percentage points'],
    ['6月份，全社会用电量同比增长[[5.5%]]，增速比5月份提高[[3.2个百分点]]。', '3.2个百分点'],
    ['6月份，全社會用電量同比增長[[5.5%]]，增速比5月份提高[[3.2個百分點]]。', '3.2個百分點'],
  ])('%s', (s, figure) => {
    expect(periodOf('2019-07-16', [s], figure)).toEqual({ year: 2019, fromMonth: 6, toMonth: 6 });
  });
});

describe('a year nearer the figure than the months, and not beside them: the whole year', () => {
  it.each([
    ['Inflation excluding energy and food continued to increase in February and ECB staff expect it to average [[4.6%]] in 2023.', '4.6%'],
    ['2月份核心通胀继续上升，欧央行工作人员预计2023年平均为[[4.6%]]。', '4.6%'],
    ['2月份核心通脹繼續上升，歐央行工作人員預計2023年平均為[[4.6%]]。', '4.6%'],
  ])('%s', (s, figure) => {
    const f = analyze('2023-03-16', [s]).get(figure);
    expect(f.year).toBe(2023);
    expect(f.period).toBeUndefined();
  });
  it('"for the first half of 2018" and "during the parallel period of 2017" keep their months', () => {
    const s = 'Gross Margin for the period was [[12%]] compared with [[11%]] during the parallel period of 2017.';
    const first = 'Net Profit for the first half of 2018 totaled [[NIS 203 million]].';
    expect(periodOf('2018-08-30', [first, s], '11%')).toEqual({ year: 2017, fromMonth: 1, toMonth: 6 });
    expect(periodOf('2018-08-30', [first], 'NIS 203 million')).toEqual({ year: 2018, fromMonth: 1, toMonth: 6 });
  });
});

describe('"截至十一月底的三個月", "the three months to the end of November": September to November', () => {
  it.each([
    ['截至二零一三年十一月底的三個月,與先前三個月比較,經季節性調整的零售業總銷貨數量輕微上升[[0.2%]]。', '0.2%'],
    ['截至二零一三年十一月底的三个月，与先前三个月比较，经季节性调整的零售业总销货数量轻微上升[[0.2%]]。', '0.2%'],
    ['In the three months to the end of November 2013, seasonally adjusted retail sales volume rose [[0.2%]] on the previous three months.', '0.2%'],
  ])('%s', (s, figure) => {
    expect(periodOf('2014-01-03', [s], figure)).toEqual({ year: 2013, fromMonth: 9, toMonth: 11 });
  });
});

describe('a sentence without figures that names two years does not set the text’s year', () => {
  it.each([
    ['The decrease reflected strong performance in 2017, coupled with a decline during 2018 in the activities.', 'Gross Margin for the period was [[12%]].'],
    ['这一下降反映了2017年的强劲表现，以及2018年国际业务的收缩。', '期内毛利率为[[12%]]。'],
    ['這一下降反映了2017年的強勁表現，以及2018年國際業務的收縮。', '期內毛利率為[[12%]]。'],
  ])('%s', (mark, s) => {
    const first = s.startsWith('Gross') ? 'Financial highlights for the first half of 2018: revenues totaled [[NIS 2.7 billion]].' : '2018年上半年，营业收入为[[27亿元]]。';
    const f = analyze('2018-08-28', [first, mark, s]).get('12%');
    expect(f.year).toBe(2018);
  });
});

describe('"compared to 107.5 pence" with no time of its own, in a half-year report: the same half a year back', () => {
  // Chinese results name the base's time ("上年同期为…"), so the form is English only.
  const first = 'Imperial Brands plc reported that its Group net revenues grew [[0.3 percent]] for the six months ended 31 March 2022.';
  it('English (RTTNews), on an undated page', () => {
    const f = analyze(undefined, [first, 'Adjusted earnings per share was [[112.6 pence]] compared to [[107.5 pence]].']).get('107.5 pence');
    expect(f.year).toBe(2021);
    expect(f.period).toMatchObject({ fromYear: 2020, fromMonth: 10, toMonth: 3 });
    expect(analyze(undefined, [first, 'Adjusted earnings per share was [[112.6 pence]] compared to [[107.5 pence]].']).get('112.6 pence').year).toBe(2022);
  });
  it('in a monthly report a bare base is not read as a year back', () => {
    const s = ['Retail sales rose [[2 percent]] in March.', 'The unemployment rate rose to [[3.6%]] from [[3.5%]].'];
    expect(analyze('2023-04-07', s).get('3.5%').year).toBe(2023);
  });
});

describe('a comparison’s base named with words between ("than that recorded in May", "after a 22.6 per cent drop in…")', () => {
  // Chinese puts 比/较 right before the base's time ("增速比5月份提高"), read above; these are English forms.
  it.each([
    [['Power generation in June grew [[2.8 percent]] year-on-year, [[2.6 percentage points]] faster than that recorded in May.'], '2.6 percentage points', { year: 2019, fromMonth: 6, toMonth: 6 }],
    [['In the third quarter of 2023, GDP rose [[4.1%]].', 'Over the same period, total exports of goods recorded a decline of [[8.6%]] in real terms from a year earlier, narrowed from the decrease of [[15.1%]] in the second quarter.'], '8.6%', { year: 2023, fromMonth: 7, toMonth: 9 }],
    [['In the third quarter of 2023, GDP rose [[4.1%]].', 'Over the same period, total exports of goods recorded a decline of [[8.6%]] in real terms from a year earlier, narrowed from the decrease of [[15.1%]] in the second quarter.'], '15.1%', { year: 2023, fromMonth: 4, toMonth: 6 }],
    [['Property investment fell [[7.9 percent]] in the first half.', 'New construction starts measured by floor area fell [[24.3per cent]] year-on-year, after a [[22.6per cent]] drop in the first five months.'], '24.3per cent', { year: 2023, fromMonth: 1, toMonth: 6 }],
    [['Property investment fell [[7.9 percent]] in the first half.', 'New construction starts measured by floor area fell [[24.3per cent]] year-on-year, after a [[22.6per cent]] drop in the first five months.'], '22.6per cent', { year: 2023, fromMonth: 1, toMonth: 5 }],
  ])('%s → %s', (sentences, figure, want) => {
    expect(periodOf(`${want.year}-07-17`, sentences, figure)).toEqual(want);
  });
});

describe('a base after "after" is the period before, not a year back', () => {
  it('English', () => {
    const s = ['Swedbank posted a first-quarter operating profit of [[SEK 5.1 billion]].', 'Lending fell [[2 percent]], after a [[3 percent]] rise.'];
    expect(analyze('2013-04-23', s).get('3 percent').year).toBe(2013);
  });
});

describe('a base "a year ago" or "last year" in a half-year report keeps the half', () => {
  // Chinese says 上年同期 for these, read as the same period already.
  const first = 'Provident Financial reported that its profit before tax for six months ended 30 June 2019 increased [[8.8 percent]] to [[37.6 million pounds]].';
  it('English (dpa-AFX): "from 24.2 pence a year ago"', () => {
    const s = 'However, adjusted basic earnings per share declined to [[21.8 pence]] from [[24.2 pence]] a year ago.';
    expect(periodOf(undefined, [first, s], '24.2 pence')).toEqual({ year: 2018, fromMonth: 1, toMonth: 6 });
  });
  it('English: a month named after "last year", in a clause about something else, is not the base’s', () => {
    const s = 'However, basic earnings per share declined [[17.3 percent]] to [[8.1 pence]] from [[9.8 pence]] last year, due to the impact of the rights shares issued in April 2018.';
    expect(periodOf(undefined, [first, s], '9.8 pence')).toEqual({ year: 2018, fromMonth: 1, toMonth: 6 });
  });
});

describe('"from adjusted earnings of $2.69 in 2015": the year of a base named by its measure is the base’s', () => {
  // Chinese names the base after 比/较 ("比2015年的2.69美元增长12%"), read as a comparison already.
  it('English (RTTNews)', () => {
    const s = 'Looking ahead to fiscal 2016, ADP forecasts earnings per share to grow [[12 to 14 percent]] from adjusted earnings of [[$2.69]] in 2015.';
    const { get } = analyze(undefined, [s]);
    expect(get('12 to 14 percent').year).toBe(2016);
    expect(get('$2.69').year).toBe(2015);
  });
});

describe('"compared to nil dividend in the prior year": the year of a base that is no figure', () => {
  // Chinese names it 上年同期 ("上年同期未派息"), read as a comparison's base already.
  it('English (dpa-AFX)', () => {
    const first = 'Provident Financial reported that its profit before tax for six months ended 30 June 2019 increased [[8.8 percent]].';
    const s = 'The board has recommended the payment of an interim dividend of [[9.0 pence]] per share, compared to nil dividend in the prior year.';
    expect(periodOf(undefined, [first, s], '9.0 pence')).toEqual({ year: 2019, fromMonth: 1, toMonth: 6 });
  });
});

describe('figures in brackets after a comparison’s month are that month’s', () => {
  it.each([
    ['English (Statistics Canada)', 'Average hourly wages were up [[3.3%]] year over year in April, similar to the growth observed in March ([[+$1.03]]; [[+3.4%]]).', '3.3%', '+3.4%'],
    ['simplified', '4月份平均时薪同比上涨[[3.3%]]，增幅与3月份（[[+1.03加元]]；[[+3.4%]]）相近。', '3.3%', '+3.4%'],
    ['traditional', '4月份平均時薪同比上漲[[3.3%]]，增幅與3月份（[[+1.03加元]]；[[+3.4%]]）相近。', '3.3%', '+3.4%'],
  ])('%s', (_source, s, own, base) => {
    const { get } = analyze('2022-05-06', [s]);
    expect(get(own).period).toMatchObject({ fromMonth: 4, toMonth: 4 });
    expect(get(base).period).toMatchObject({ year: 2022, fromMonth: 3, toMonth: 3 });
  });
});

describe('a count whose sentence names no time of its own is a number as the page is written', () => {
  it('the publication month, in English and Chinese', () => {
    const s = "According to the organizers, more than [[160 Fortune 500 companies]]' delegates have indicated their willingness to take part.";
    expect(periodOf('2018-06-08', [s], '160 Fortune 500 companies')).toEqual({ year: 2018, fromMonth: 6, toMonth: 6 });
    expect(periodOf('2018-06-08', ['目前已有[[160家]]世界500强企业确认参展。'], '160家')).toEqual({ year: 2018, fromMonth: 6, toMonth: 6 });
    expect(periodOf('2018-06-08', ['目前已有[[160家]]世界500強企業確認參展。'], '160家')).toEqual({ year: 2018, fromMonth: 6, toMonth: 6 });
  });

  it('a count with its own time, money, or a count on an undated page keep theirs', () => {
    // "last year": the year 2017, no months of the publication's.
    expect(periodOf('2018-06-08', ['The sector added [[30,000 jobs]] last year.'], '30,000 jobs')).toBeUndefined();
    expect(periodOf('2018-06-08', ['In April the sector added [[30,000 jobs]].'], '30,000 jobs')).toEqual({ year: 2018, fromMonth: 4, toMonth: 4 });
    expect(periodOf('2018-06-08', ['The fair signed deals worth [[$5 billion]].'], '$5 billion')).toBeUndefined();
    expect(periodOf(undefined, ['More than [[160 companies]] have signed up.'], '160 companies')).toBeUndefined();
  });
});
