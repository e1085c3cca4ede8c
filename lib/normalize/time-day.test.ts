/**
 * Times a figure takes from a day or from another line: what is decided "today" (the publication's month), a
 * rate set "from 23 September", a headline that rounds a figure the body tells with its month.
 */
import { describe, expect, it } from 'vitest';
import { analyze, periodOf } from '@/lib/normalize/make.test-helper';

describe('a decision of "today"/今天 is in the month of the page’s date', () => {
  it.each([
    ['traditional', '中央銀行今天舉行第3季理監事會議，會後由總裁楊金龍宣布調升政策利率[[半碼]]（[[0.125個百分點]]）。', '半碼'],
    ['simplified', '中央银行今天举行第3季理监事会议，会后由总裁杨金龙宣布调升政策利率[[半码]]（[[0.125个百分点]]）。', '半码'],
    ['English (RBA)', 'At its meeting today, the Board decided to leave the cash rate target unchanged at [[4.35 per cent]].', '4.35 per cent'],
  ])('%s', (_script, s, figure) => {
    expect(periodOf('2022-09-22', [s], figure)).toEqual({ year: 2022, fromMonth: 9, toMonth: 9 });
  });
  it('the day a release or a speaker names is not the figures’ time', () => {
    for (const [s, figure] of [
      ['政府統計處今日公布，1月零售業總銷貨價值的臨時估計為[[466億元]]。', '466億元'],
      ['政府统计处今日公布，1月零售业总销货价值的临时估计为[[466亿元]]。', '466亿元'],
      ['Total nonfarm payroll employment rose by [[236,000]] in March, the U.S. Bureau of Labor Statistics reported today.', '236,000'],
    ]) {
      expect(periodOf('2023-04-07', [s!], figure!)).toMatchObject({ fromMonth: s!.includes('March') ? 3 : 1 });
    }
    const said = 'Financial Secretary Paul Chan said today that revenues would reach [[$500 billion]].';
    expect(periodOf('2024-02-28', [said], '$500 billion')).toBeUndefined();
  });
  it('an undated page has no month for "today"', () => {
    const s = 'At its meeting today, the Board decided to leave the cash rate target unchanged at [[4.35 per cent]].';
    expect(analyze(undefined, [s]).get('4.35 per cent').period).toBeUndefined();
  });
});

describe('a rate set from a day on ("自今年9月23日起實施", "effective September 23") is that month’s', () => {
  it.each([
    ['traditional', '重貼現率由年息[[1.5%]]調整為[[1.625%]]，自今年9月23日起實施。', '1.625%'],
    ['simplified', '再贴现率由年息[[1.5%]]调整为[[1.625%]]，自今年9月23日起实施。', '1.625%'],
    ['English', 'The discount rate was raised from [[1.5%]] to [[1.625%]], effective September 23.', '1.625%'],
  ])('%s', (_script, s, figure) => {
    expect(periodOf('2022-09-22', [s], figure)).toEqual({ year: 2022, fromMonth: 9, toMonth: 9 });
  });
});

describe('a headline takes the time of the body figure it rounds', () => {
  it.each([
    ['English (China Daily)', '2014-07-03', 'Housing sales fall [[36%]] in Shanghai', 'Transaction of commercial housing in Shanghai fell [[36.5 percent]] year-on-year to [[713,700 sq meters]] in June.', '36%', 6],
    ['English (Reuters)', '2018-06-27', 'China’s May industrial profits jump [[21.1 percent]] y/y', 'Profits at China’s industrial companies in May rose [[21.1 percent]] from a year earlier.', '21.1 percent', 5],
    ['traditional', '2022-09-22', '央行鷹派理事反對僅升息[[半碼]]', '中央銀行今天舉行第3季理監事會，宣布升息[[半碼]]。', '半碼', 9],
    ['simplified', '2022-09-22', '央行鹰派理事反对仅升息[[半码]]', '中央银行今天举行第3季理监事会，宣布升息[[半码]]。', '半码', 9],
  ])('%s', (_script, date, title, body, figure, month) => {
    const f = analyze(date, [title, body]).get(figure);
    expect(f.period).toMatchObject({ fromMonth: month, toMonth: month });
  });
  it('a headline figure the body does not tell keeps its own reading', () => {
    const f = analyze('2014-07-03', ['Housing sales fall [[40%]] in Shanghai', 'Transaction of commercial housing fell [[36.5 percent]] in June.']).get('40%');
    expect(f.period).toBeUndefined();
  });
});

describe('"In The September 2024 Quarter": a headline in title case names its quarter too', () => {
  it('English (Stats NZ)', () => {
    expect(periodOf('2024-12-19', ['GDP Decreases [[1.0 Percent]] In The September 2024 Quarter'], '1.0 Percent')).toEqual({ year: 2024, fromMonth: 7, toMonth: 9 });
  });
});

describe('"明(2024)年", "今(2025)年": Taiwan’s press writes the year beside the relative word', () => {
  it.each([
    ['traditional (Storm Media)', '另外主計總處估計明(2024)年經濟成長率為[[3.35%]]，較8月份預測上修[[0.03個百分點]]。', '3.35%'],
    ['simplified', '另外主计总处估计明(2024)年经济成长率为[[3.35%]]，较8月份预测上修[[0.03个百分点]]。', '3.35%'],
  ])('%s: the year, on an undated page too, with a note that says so', (_source, s, figure) => {
    const { get, notes } = analyze(undefined, [s]);
    expect(get(figure).year).toBe(2024);
    expect(notes(figure).join(' ')).toMatch(/2024/);
  });
  it('it says the year the text is written in: a later 今年 is the year before', () => {
    const s = '另外主計總處估計明(2024)年經濟成長率為[[3.35%]]。';
    expect(analyze(undefined, [s, '今年出口減少[[9.8%]]。']).get('9.8%').year).toBe(2023);
  });
  it('on a dated page it needs no note', () => {
    const s = '評估今(2025)年全年突破[[7,000億美元]]大關的機會很大。';
    const { get, notes } = analyze('2025-11-20', [s]);
    expect(get('7,000億美元').year).toBe(2025);
    expect(notes('7,000億美元').some((n) => n.includes('今(2025)年'))).toBe(false);
  });
});

describe('the month a meeting was held dates the meeting, not the figures', () => {
  it.each([
    ['English (FOMC)', ['Information received since the Federal Open Market Committee met in August indicates that the labor market has continued to strengthen.', 'On a 12-month basis, overall inflation remains near [[2 percent]].'], '2 percent'],
    ['simplified', ['自联邦公开市场委员会8月会议以来收到的信息表明，劳动力市场继续走强。', '按12个月计算，整体通胀保持在[[2%]]附近。'], '2%'],
    ['traditional', ['自聯邦公開市場委員會8月會議以來收到的信息表明，勞動力市場繼續走強。', '按12個月計算，整體通脹保持在[[2%]]附近。'], '2%'],
  ])('%s', (_source, sentences, figure) => {
    expect(analyze(undefined, sentences).get(figure).period).toBeUndefined();
  });
  it('a heading with an initial and a short month is one sentence ("U.S. … Committee Sept. 26: Statement Text")', () => {
    const sentences = ['U.S. Federal Open Market Committee Sept. 26: Statement Text', 'The Committee decided to raise the target range for the federal funds rate to [[2 to 2-1/4 percent]].'];
    expect(analyze(undefined, sentences).get('2 to 2-1/4 percent').period).toBeUndefined();
  });
});

describe('on an undated page, a whole year reviewed as over and later called "last year" says the text’s year', () => {
  it.each([
    ['traditional (chinataiwan.cn)', '海關總署副署長王令浚介紹2024年全年進出口情況。', '去年，我國對共建國家進出口增長[[6.4%]]，佔我國進出口總值的[[50.3%]]。', '6.4%'],
    ['simplified', '海关总署副署长王令浚介绍2024年全年进出口情况。', '去年，我国对共建国家进出口增长[[6.4%]]，占我国进出口总值的[[50.3%]]。', '6.4%'],
    ['English', 'The deputy head of customs reviewed full-year 2024 foreign trade.', 'Last year, trade with partner countries grew [[6.4 percent]].', '6.4 percent'],
  ])('%s', (_source, review, s, figure) => {
    const { get, notes } = analyze(undefined, [review, s]);
    expect(get(figure).year).toBe(2024);
    expect(notes(figure).join(' ')).toMatch(/2024/);
  });
  it('without the review, "last year" stays unknown', () => {
    expect(analyze(undefined, ['去年，我国对共建国家进出口增长[[6.4%]]。']).get('6.4%').year).toBeUndefined();
  });
});

describe('"since the beginning of the year", "in the last 12 months": counted to the page’s date', () => {
  it.each([
    ['English (AP)', 'Verizon shares have decreased slightly more than [[8 percent]] since the beginning of the year.', '8 percent'],
    ['simplified', '今年以来，威瑞森股价累计下跌逾[[8%]]。', '8%'],
    ['traditional', '今年以來，威瑞森股價累計下跌逾[[8%]]。', '8%'],
  ])('%s: January to the month of the date', (_source, s, figure) => {
    expect(periodOf('2017-04-20', [s], figure)).toEqual({ year: 2017, fromMonth: 1, toMonth: 4 });
  });
  it.each([
    ['English (AP)', 'The stock has declined [[6 percent]] in the last 12 months.', '6 percent'],
    ['simplified', '过去12个月，该股下跌[[6%]]。', '6%'],
    ['traditional', '過去12個月，該股下跌[[6%]]。', '6%'],
  ])('%s: the twelve months to the date', (_source, s, figure) => {
    expect(analyze('2017-04-20', [s]).get(figure).period).toMatchObject({ year: 2017, fromYear: 2016, fromMonth: 4, toMonth: 4 });
  });
});

describe('"to date", 截至目前: a count at the page’s date', () => {
  it.each([
    ['English (China Daily)', 'To date, [[98 State-owned enterprises]] are among the first group of buyers at CIIE.', '98 State-owned enterprises'],
    ['simplified', '截至目前，[[98家国有企业]]成为首批采购商。', '98家国有企业'],
    ['traditional', '截至目前，[[98家國有企業]]成為首批採購商。', '98家國有企業'],
  ])('%s', (_source, s, figure) => {
    expect(periodOf('2018-06-13', [s], figure)).toEqual({ year: 2018, fromMonth: 6, toMonth: 6 });
  });
});
