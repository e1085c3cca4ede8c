/** Which amount a percentage is a rate of. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

function subjectOf(sentence: string, rate: string, at = 0): string | undefined {
  const { get, figures } = analyze('2025-01-17', [sentence]);
  const id = get(rate, at).subject;
  return figures.find((f) => f.id === id)?.text;
}

describe('respectively lists pair in order', () => {
  it('English', () => {
    const s = 'Exports and imports were [[3.2 trillion yuan]] and [[2.1 trillion yuan]], up [[5 percent]] and [[2 percent]] respectively.';
    expect(subjectOf(s, '5 percent')).toBe('3.2 trillion yuan');
    expect(subjectOf(s, '2 percent')).toBe('2.1 trillion yuan');
  });

  it('simplified Chinese: rates of parts are not the total’s', () => {
    const s = '全年规模以上工业增加值[[40万亿元]]，其中采矿业、制造业、电力业分别增长[[12.1%]]、[[3.4%]]和[[8.8%]]。';
    expect(subjectOf(s, '12.1%')).toBeUndefined();
    expect(subjectOf(s, '8.8%')).toBeUndefined();
  });

  it('traditional Chinese: 分別 pairs amounts with rates', () => {
    const s = '出口、進口分別為[[4,750億美元]]和[[3,940億美元]]，分別增長[[9.9%]]和[[11.1%]]。';
    expect(subjectOf(s, '9.9%')).toBe('4,750億美元');
    expect(subjectOf(s, '11.1%')).toBe('3,940億美元');
  });
});

describe('a rate before its amount links to it', () => {
  it.each([
    ['Exports rose [[14 percent]] year on year to [[1.1 trillion yuan]].', '14 percent', '1.1 trillion yuan'],
    ['出口同比增长[[14%]]，达到[[1.1万亿元]]。', '14%', '1.1万亿元'],
    ['出口年增[[14%]]，達到[[1.1兆元]]。', '14%', '1.1兆元'],
  ])('%s', (sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a clause of another measure does not take the amount before it', () => {
  it.each([
    ['Investment reached [[5 trillion yuan]], while spending on equipment rose [[9 percent]].', '9 percent'],
    ['投资额达[[5万亿元]]，而设备购置投资增长[[9%]]。', '9%'],
    ['投資額達[[5兆元]]，而設備投資增長[[9%]]。', '9%'],
  ])('%s', (sentence, rate) => {
    expect(subjectOf(sentence, rate)).toBeUndefined();
  });
});

describe('a count and a growth rate of something else are not linked', () => {
  it.each([
    ['There were [[52,000 industrial firms]] in the city, whose output expanded by [[6 percent]].', '6 percent'],
    ['全市共有规模以上工业企业[[5.2万家]]，营业收入增长[[6%]]。', '6%'],
    ['全市共有工業企業[[5.2萬家]]，營業收入增長[[6%]]。', '6%'],
  ])('%s', (sentence, rate) => {
    expect(subjectOf(sentence, rate)).toBeUndefined();
  });

  it('a count and its own growth are', () => {
    expect(subjectOf('High-tech enterprises numbered [[77,000]], up [[12 percent]].', '12 percent')).toBe('77,000');
  });
});

describe('a rate after a derived average is of the amount the average comes from', () => {
  it.each([
    ['汽车[[166.4万辆]]，日平均产量[[5.5万辆]]，增长[[2.5%]]。', '2.5%', '166.4万辆'],
    ['汽車[[166.4萬輛]]，日平均產量[[5.5萬輛]]，增長[[2.5%]]。', '2.5%', '166.4萬輛'],
    ['Car output was [[1.66 million vehicles]], a daily average of [[55,000 vehicles]], up [[2.5 percent]].', '2.5 percent', '1.66 million vehicles'],
  ])('%s', (sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a difference is not what a rate is of: the level before it is', () => {
  it.each([
    ['English', 'Summer grain output was [[139.26 million tonnes]], down by [[1.62 million tonnes]] or [[1.2 percent]] from last year.', '1.2 percent', '139.26 million tonnes'],
    ['simplified Chinese', '全国夏粮总产量[[13926万吨]]，比上年减少[[162万吨]]，下降[[1.2%]]。', '1.2%', '13926万吨'],
    ['traditional Chinese', '全國夏糧總產量[[13926萬噸]]，比上年減少[[162萬噸]]，下降[[1.2%]]。', '1.2%', '13926萬噸'],
  ])('%s', (_l, sentence, rate, level) => {
    expect(subjectOf(sentence, rate)).toBe(level);
  });

  it('the basis word before the difference is the rate’s ("比上年减少162万吨，下降1.2%")', () => {
    const { get } = analyze('2016-10-19', ['从环比看，三季度国内生产总值增长[[1.8%]]。', '全国夏粮总产量[[13926万吨]]，比上年减少[[162万吨]]，下降[[1.2%]]。']);
    expect(get('1.2%').basis).toBe('yoy');
  });
});

describe('a rate before its amount, past a basis phrase; and respectively lists pair within their part of the sentence', () => {
  it.each([
    ['English', 'Foreign trade cargo throughput rose [[9.5 percent]] from the previous year to [[5.05 billion tonnes]].', '9.5 percent', '5.05 billion tonnes'],
    ['simplified Chinese', '资讯通信及电子产品金额分别是[[2334.2亿美元]]及[[2916.2亿美元]]，年增率分别为[[35.7%]]及[[37.9%]]；全年外销订单[[7437.3亿美元]]，增长[[26%]]。', '37.9%', '2916.2亿美元'],
    ['traditional Chinese', '資訊通信及電子產品金額分別是[[2334.2億美元]]及[[2916.2億美元]]，年增率分別為[[35.7%]]及[[37.9%]]；全年外銷訂單[[7437.3億美元]]，增長[[26%]]。', '35.7%', '2334.2億美元'],
  ])('%s', (_l, sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a difference alone is no rate’s base', () => {
  it.each([
    // Canadian Press, March 2020 jobs report.
    ['English', 'The number who worked less than half of their usual hours increased by [[800,000]] as overall work hours dropped by an eye-popping [[15.1 per cent]].', '15.1 per cent', undefined],
    // 中新网, industry in September: 增产 is a difference too, so the rate is of the output reached.
    ['traditional Chinese', '其中轎車月產量首次邁上19萬輛新臺階，達到[[19.13萬輛]]，比上月增產[[2.2萬輛]]，同比增長[[69.7%]]。', '69.7%', '19.13萬輛'],
    ['simplified Chinese', '其中轿车月产量首次迈上19万辆新台阶，达到[[19.13万辆]]，比上月增产[[2.2万辆]]，同比增长[[69.7%]]。', '69.7%', '19.13万辆'],
  ])('%s', (_l, sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a rate that names the average again is the average’s', () => {
  it.each([
    // 中国人民银行, February financial statistics.
    ['simplified Chinese', '2月份银行间人民币市场以拆借、现券和回购方式合计成交[[136.49万亿元]]，日均成交[[7.58万亿元]]，日均成交同比增长[[6.6%]]。', '6.6%', '7.58万亿元'],
    ['traditional Chinese', '2月份銀行間人民幣市場以拆借、現券和回購方式合計成交[[136.49萬億元]]，日均成交[[7.58萬億元]]，日均成交同比增長[[6.6%]]。', '6.6%', '7.58萬億元'],
    ['English', 'Interbank trading totalled [[136.49 trillion yuan]] in February, a daily average of [[7.58 trillion yuan]], and the daily average rose [[6.6 percent]].', '6.6 percent', '7.58 trillion yuan'],
  ])('%s', (_l, sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a threshold passed is no rate’s subject', () => {
  it.each([
    // 聯合報, 2025 export orders.
    ['traditional Chinese', '經濟部今天公布114年全年外銷訂單[[7437.3億美元]]，不僅改寫歷史新高，也首度突破[[7000億美元]]大關，年增率[[26%]]。', '26%', '7437.3億美元'],
    ['simplified Chinese', '经济部今天公布114年全年外销订单[[7437.3亿美元]]，不仅改写历史新高，也首度突破[[7000亿美元]]大关，年增率[[26%]]。', '26%', '7437.3亿美元'],
    ['English', 'Export orders for the year were [[$743.73 billion]], topping the [[$700 billion]] mark for the first time, up [[26 percent]].', '26 percent', '$743.73 billion'],
  ])('%s', (_l, sentence, rate, amount) => {
    expect(subjectOf(sentence, rate)).toBe(amount);
  });
});

describe('a rate of another time or another measure does not take the amount before it', () => {
  it.each([
    // Reuters, China industrial profits, May 2018.
    ['By the end of May, industrial firms’ liabilities grew [[6.3 percent]] from a year earlier to [[61.6 trillion yuan]], compared with an increase of [[6.6 percent]] at the end of April.', '6.6 percent'],
    // 新城電台, Hong Kong retail sales in January: after deflation the rate is of the volume.
    ['1月零售業總銷貨價值臨時估計為[[373億元]]，按年上升[[百分之5.5]]，扣除價格變動，1月零售業總銷貨數量按年上升[[百分之3.4]]。', '百分之3.4'],
    ['1月零售业总销货价值临时估计为[[373亿元]]，按年上升[[百分之5.5]]，扣除价格变动，1月零售业总销货数量按年上升[[百分之3.4]]。', '百分之3.4'],
  ])('%s', (sentence, rate) => {
    expect(subjectOf(sentence, rate)).toBeUndefined();
  });
});

describe('"up 9.7 percent from one year earlier to 3.15 trillion yuan": the rate before its amount', () => {
  it('English (gov.cn)', () => {
    const s = "The European Union remained as China's largest trading partner during the period, with bilateral trade volume up [[9.7 percent]] from one year earlier to [[3.15 trillion yuan]].";
    expect(subjectOf(s, '9.7 percent')).toBe('3.15 trillion yuan');
  });
  it('English, "expanded 690.6 percent to reach 759.29 billion yuan" (Xinhua)', () => {
    expect(subjectOf('The trade surplus expanded [[690.6 percent]] to reach [[759.29 billion yuan]].', '690.6 percent')).toBe('759.29 billion yuan');
  });
  it('Chinese, 同比增长9.7%，达3.15万亿元 (both scripts)', () => {
    expect(subjectOf('中欧贸易总值同比增长[[9.7%]]，达到[[3.15万亿元]]。', '9.7%')).toBe('3.15万亿元');
    expect(subjectOf('中歐貿易總值同比增長[[9.7%]]，達到[[3.15萬億元]]。', '9.7%')).toBe('3.15萬億元');
  });
});
