/**
 * A stock is measured at a point: in a year that is over, its December; over a period, the period's last month;
 * a rate whose clause names no measure of its own is the rate of the stock before it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, periodOf } from '@/lib/normalize/make.test-helper';

describe('a count of a whole year that is over is at the year’s end', () => {
  it.each([
    ['English (China Daily)', 'In 2018, the number of individual industrial and commercial households and private enterprises in Guangdong province exceeded [[10 million]].', '10 million'],
    ['English (China Daily)', 'In 2018, the province built two new national high-tech zones, bringing the total to [[14]].', '14'],
    ['simplified (government work report)', '2019年，常住人口城镇化率首次超过[[60%]]，重大区域战略深入实施。', '60%'],
    ['traditional', '2019年，常住人口城鎮化率首次超過[[60%]]，重大區域戰略深入實施。', '60%'],
  ])('%s: %s', (_source, s, figure) => {
    expect(periodOf('2019-03-05', [s.replace('2019年', '2018年')], figure)).toEqual({ year: 2018, fromMonth: 12, toMonth: 12 });
  });
  it('a change in the count is over the year', () => {
    const s = 'In 2018, the number of industrial enterprises above designated size increased by [[8,439]], totaling more than [[50,000]].';
    expect(analyze('2019-01-30', [s]).get('8,439').period).toBeUndefined();
    expect(periodOf('2019-01-30', [s], '50,000')).toEqual({ year: 2018, fromMonth: 12, toMonth: 12 });
  });
  it('a year not over by the publication has no end yet', () => {
    expect(analyze('2018-06-30', ['In 2018, the number of private enterprises exceeded [[10 million]].']).get('10 million').period).toBeUndefined();
  });
  it('its growth without a basis word gives the prior year-end count', () => {
    const s = 'In 2018, the number of high-tech enterprises in the province reached [[1,120]], an increase of [[20.5 percent]].';
    const { get, notes } = analyze('2019-01-30', [s]);
    expect(get('20.5 percent').period).toMatchObject({ year: 2018, fromMonth: 12, toMonth: 12 });
    expect(notes('20.5 percent').join(' ')).toMatch(/929/);
  });
});

describe('money is a stock: "广义货币增长11.5%" in a text about the end of September', () => {
  it.each([
    ['simplified (PBOC)', '前三季度，人民币贷款增加[[10.16万亿元]]。', '一、广义货币增长[[11.5%]]，狭义货币增长[[24.7%]]', '11.5%'],
    ['traditional', '前三季度，人民幣貸款增加[[10.16萬億元]]。', '一、廣義貨幣增長[[11.5%]]，狹義貨幣增長[[24.7%]]', '24.7%'],
  ])('%s', (_source, first, s, figure) => {
    expect(periodOf('2016-10-18', [first, s], figure)).toEqual({ year: 2016, fromMonth: 9, toMonth: 9 });
  });
});

describe('a rate whose clause names nothing is the rate of the stock of the clause before', () => {
  it.each([
    ['simplified (NBS)', ['前三季度，猪牛羊禽肉产量[[5833万吨]]。', '生猪存栏[[43163万头]]，同比减少[[3.4%]]。'], '3.4%'],
    ['traditional', ['前三季度，豬牛羊禽肉產量[[5833萬噸]]。', '生豬存欄[[43163萬頭]]，同比減少[[3.4%]]。'], '3.4%'],
    ['English', ['In the first three quarters, meat output was [[58.33 million tonnes]].', 'The hog inventory stood at [[431.63 million]], down [[3.4 percent]].'], '3.4 percent'],
  ])('%s', (_source, sentences, figure) => {
    expect(periodOf('2016-10-19', sentences, figure)).toEqual({ year: 2016, fromMonth: 9, toMonth: 9 });
  });
});

describe('a rate on the month before is of one month: the last of the months the text carries', () => {
  it.each([
    ['English (China Daily)', ['In the first half, transaction declined [[32.63 percent]] year-on-year.', 'Land sales in the Shanghai market dropped to [[65.57 billion yuan]], a decline of [[11.9 percent]] year-on-year, or [[55.5 percent]] month-on-month.'], '65.57 billion yuan'],
    ['simplified', ['上半年，成交面积同比下降[[32.63%]]。', '上海土地出让金降至[[655.7亿元]]，同比下降[[11.9%]]，比上月下降[[55.5%]]。'], '655.7亿元'],
    ['traditional', ['上半年，成交面積同比下降[[32.63%]]。', '上海土地出讓金降至[[655.7億元]]，同比下降[[11.9%]]，比上月下降[[55.5%]]。'], '655.7億元'],
  ])('%s', (_source, sentences, figure) => {
    const { get, figures } = analyze('2014-07-03', sentences);
    expect(get(figure).period).toMatchObject({ year: 2014, fromMonth: 6, toMonth: 6 });
    // The month is a guess: no prior is built on it.
    const amount = get(figure);
    expect(figures.filter((f) => f.subject === amount.id && f.notes?.some((n) => n.type === 'implied-prior'))).toEqual([]);
  });
});

describe('a sentence without figures that names the year’s end leaves the text’s months as they were', () => {
  it.each([
    ['traditional (Yahoo)', ['10月外銷訂單金額[[693.7億美元]]，年增率達[[25.1％]]。', '美國宣布對等關稅後，廠商趁著豁免期積極拉貨，今年中就已完成年底備貨，但即使接近年末，還有廠商回應需求仍在。', '基本金屬、塑橡膠製品分別年減[[10％]]、[[9.8％]]。'], '10％'],
    ['simplified', ['10月外销订单金额[[693.7亿美元]]，年增率达[[25.1%]]。', '美国宣布对等关税后，厂商趁着豁免期积极拉货，今年中就已完成年底备货，但即使接近年末，还有厂商回应需求仍在。', '基本金属、塑橡胶制品分别年减[[10%]]、[[9.8%]]。'], '10%'],
    ['English', ['Export orders in October reached [[$69.37 billion]], up [[25.1%]].', 'Makers had finished their year-end stocking by mid-year, yet even near the end of the year demand held up.', 'Orders for base metals fell [[10%]].'], '10%'],
  ])('%s', (_source, sentences, figure) => {
    expect(periodOf('2025-11-20', sentences, figure)).toEqual({ year: 2025, fromMonth: 10, toMonth: 10 });
  });
});

describe('a fiscal year’s stock is at its last month; a transfer out of a reserve is a flow (HKSAR budget speech)', () => {
  it.each([
    ['simplified', '二零一九/二零年度财政预算', '在二零一九/二零年度，公务员编制会增至[[十九万一千八百一十六个职位]]，较上年度增加[[三千四百八十一个]]，增幅约[[百分之一点八]]。', '计及二零一九/二零年度从房屋储备金回拨的[[二百一十二亿元]]，我预计该年度会录得[[一百六十八亿元]]的综合盈余。', ['百分之一点八', '二百一十二亿元']],
    ['traditional', '二零一九/二零年度財政預算', '在二零一九/二零年度，公務員編制會增至[[十九萬一千八百一十六個職位]]，較上年度增加[[三千四百八十一個]]，增幅約[[百分之一點八]]。', '計及二零一九/二零年度從房屋儲備金回撥的[[二百一十二億元]]，我預計該年度會錄得[[一百六十八億元]]的綜合盈餘。', ['百分之一點八', '二百一十二億元']],
    ['English', 'The 2019-20 Budget', 'In 2019-20, the civil service establishment will increase to [[191,816 posts]], up [[3,481]] on the previous year, an increase of about [[1.8 percent]].', 'Taking into account the [[$21.2 billion]] transferred from the Housing Reserve in 2019-20, I forecast a surplus of [[$16.8 billion]].', ['1.8 percent', '$21.2 billion']],
  ])('%s', (_script, heading, staff, reserve, [rate, transfer]) => {
    const { get } = analyze(undefined, [heading, staff, reserve]);
    expect(get(rate!).period).toMatchObject({ year: 2020, fromMonth: 3, toMonth: 3 });
    expect(get(transfer!).period).toMatchObject({ year: 2020, fromYear: 2019, fromMonth: 4, toMonth: 3 });
  });
});

describe('a stock word beside another figure of the clause is that figure’s', () => {
  it.each([
    ['English (news.gov.hk)', 'Mr Chan said 2024-25 will see a [[$48.1 billion]] deficit and fiscal reserves will decrease to [[$685.1 billion]].', '$48.1 billion', '$685.1 billion'],
    ['simplified', '陈茂波表示，2024-25年度将录得[[481亿元]]赤字及财政储备将减至[[6851亿元]]。', '481亿元', '6851亿元'],
    ['traditional', '陳茂波表示，2024-25年度將錄得[[481億元]]赤字及財政儲備將減至[[6851億元]]。', '481億元', '6851億元'],
  ])('%s', (_source, s, deficit, reserves) => {
    const { get } = analyze(undefined, [s]);
    expect(get(deficit).period).toMatchObject({ year: 2025, fromYear: 2024, fromMonth: 4, toMonth: 3 });
    expect(get(reserves).period).toMatchObject({ year: 2025, fromMonth: 3, toMonth: 3 });
  });
});
