/**
 * A year whose months the text does not give: a company's fiscal year ("fiscal 2016", "2024财年"), a season
 * ("the 2010/11 season", "2010/11赛季"), a seasonal crop (夏粮, "early rice").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const yearOnly = (f: { year?: number; period?: unknown; monthsUnknown?: true }) => ({ year: f.year, period: f.period, monthsUnknown: f.monthsUnknown });

describe('a text that names its fiscal years: its years are fiscal years whose months it does not give', () => {
  it.each([
    ['English (RTTNews)', 'Looking ahead to fiscal 2016, ADP forecasts earnings per share to grow 12 percent from adjusted earnings of [[$2.69]] in 2015.', '$2.69', 2015],
    ['simplified', '苹果公司2024财年营收为[[3910亿美元]]。', '3910亿美元', 2024],
    ['traditional', '蘋果公司2024財年營收為[[3910億美元]]。', '3910億美元', 2024],
  ])('%s', (_source, s, figure, year) => {
    expect(yearOnly(analyze(undefined, [s]).get(figure))).toEqual({ year, period: undefined, monthsUnknown: true });
  });
  it('a calendar text keeps its whole years', () => {
    expect(analyze('2025-01-17', ['In 2024, GDP reached [[134.9 trillion yuan]].']).get('134.9 trillion yuan').monthsUnknown).toBeUndefined();
  });
});

describe('a season across two years', () => {
  it.each([
    ['English (blog)', 'Deloitte forecast that revenue for the 2010/11 season will rise once again to [[£2.2 billion]].', '£2.2 billion'],
    ['simplified', '德勤预测，2010/11赛季的收入将再次增至[[22亿英镑]]。', '22亿英镑'],
    ['traditional', '德勤預測，2010/11賽季的收入將再次增至[[22億英鎊]]。', '22億英鎊'],
  ])('%s', (_source, s, figure) => {
    expect(yearOnly(analyze('2011-02-10', [s]).get(figure))).toEqual({ year: 2011, period: undefined, monthsUnknown: true });
  });
});

describe('a seasonal crop is not in the months the text carries', () => {
  it.each([
    ['simplified (NBS)', ['前三季度，国内生产总值增长[[6.7%]]。', '全国夏粮总产量[[13926万吨]]，比上年减少[[162万吨]]，下降[[1.2%]]。'], '1.2%'],
    ['traditional', ['前三季度，國內生產總值增長[[6.7%]]。', '全國夏糧總產量[[13926萬噸]]，比上年減少[[162萬噸]]，下降[[1.2%]]。'], '1.2%'],
    ['English', ['In the first three quarters, GDP grew [[6.7 percent]].', 'The output of summer grain was [[139.26 million tonnes]], down [[1.2 percent]].'], '1.2 percent'],
  ])('%s', (_source, sentences, figure) => {
    expect(yearOnly(analyze('2016-10-19', sentences).get(figure))).toEqual({ year: 2016, period: undefined, monthsUnknown: true });
  });
});
