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
