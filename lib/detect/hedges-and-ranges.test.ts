import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { count, money, pct, see } from '@/lib/detect/see.test-helper';

describe('hedges are kept as data, outside the figure', () => {
  it.each([
    ['The target is around 5 percent.', 'around', 'approx'],
    ['It has approximately 77,000 high-tech enterprises.', 'approximately', 'approx'],
    ['The index is down about 3%.', 'about', 'approx'],
    ['Roughly 40 percent work in services.', 'Roughly', 'approx'],
    ['The strike affected an estimated 80,000 workers.', 'an estimated', 'approx'],
    ['Sales grew almost 20 percent.', 'almost', 'below'],
    ['It has nearly 5,000 employees.', 'nearly', 'below'],
    ['Turnover reached just over HK$1 billion.', 'just over', 'above'],
    ['It attracted over 30 percent of firms.', 'over', 'above'],
    ['More than 300 companies attended.', 'More than', 'above'],
    ['Trade exceeded 9 trillion yuan.', 'exceeded', 'above'],
    ['The project will cost at least $2 billion.', 'at least', 'at-least'],
    ['The bank can lend up to 50 billion yuan.', 'up to', 'at-most'],
    ['Less than 10 percent has been spent.', 'Less than', 'at-most'],
    ['外贸总额超过9万亿元。', '超过', 'above'],
    ['总投资约人民币300亿元。', '约', 'approx'],
    ['渗透率达到近50%。', '近', 'below'],
    ['活动吸引逾100家企业。', '逾', 'above'],
    ['公司计划募资不超过50亿元。', '不超过', 'at-most'],
    ['基金规模至少100亿元。', '至少', 'at-least'],
    // A results release (Shikun & Binui, H1 2018) writes "about" as a tilde.
    ['Revenues totaled ~NIS 2.7 billion, down 20% compared to the first half of 2017.', '~', 'approx'],
    ['Capacity is ≈ 5 GW.', '≈', 'approx'],
  ])('%s → %s', (sentence, hedge, bound) => {
    const [figure] = detectFigures(sentence);
    expect(figure?.hedge).toEqual({ text: hedge, bound });
    expect(figure?.text).not.toContain(hedge);
  });

  it.each([
    ['增长5%左右。', '左右', 'approx'],
    ['受访者七成以上表示乐观。', '以上', 'above'],
    ['Exports rose 8 percent or more.', 'or more', 'at-least'],
    ['It will take 3 percent or so.', 'or so', 'approx'],
  ])('after the figure: %s → %s', (sentence, hedge, bound) => {
    expect(detectFigures(sentence)[0]?.hedge).toEqual({ text: hedge, bound });
  });

  it('多 and 余 between the number and its unit are hedges inside the figure', () => {
    expect(detectFigures('净利润为300多亿元。')[0]).toMatchObject({ text: '300多亿元', value: 300e8, hedge: { text: '多', bound: 'above' } });
  });

  it('"edged up to 5.2 per cent" is where it rose to, not an upper bound', () => {
    expect(see('The unemployment rate edged up to 5.2 per cent.')).toEqual([pct('5.2 per cent', 5.2)]);
  });

  it('"year-over-year" does not lend its "over" to the number after it', () => {
    expect(see('Sales grew year-over-year 5%.')).toEqual([pct('5%', 5)]);
  });
});

describe('ranges are one figure with value and valueMax', () => {
  it.each([
    ['Economists expect growth of 5-6 percent.', pct('5-6 percent', 5, { valueMax: 6 })],
    ['Inflation is seen between 6.5 and 7 percent.', pct('between 6.5 and 7 percent', 6.5, { valueMax: 7 })],
    ['The deal is valued at $1.2 billion to $1.5 billion.', money('$1.2 billion to $1.5 billion', 1.2e9, 'USD', { valueMax: 1.5e9 })],
    ['Analysts forecast a loss of 1.2 to 1.5 billion yuan.', money('1.2 to 1.5 billion yuan', 1.2e9, 'CNY', { valueMax: 1.5e9 })],
    ['The deal is worth $1.2-1.5 billion.', money('$1.2-1.5 billion', 1.2e9, 'USD', { valueMax: 1.5e9 })],
    ['Margins will be 10%-12%.', pct('10%-12%', 10, { valueMax: 12 })],
    ['Yields traded in a 4.1–4.3% range.', pct('4.1–4.3%', 4.1, { valueMax: 4.3 })],
    ['Prices rose 3 to 4 per cent.', pct('3 to 4 per cent', 3, { valueMax: 4 })],
    ['It will cut 8,000-10,000 jobs.', count('8,000-10,000 jobs', 8000, 'jobs', { valueMax: 10000 })],
    ['预计全年增长5%至6%。', pct('5%至6%', 5, { valueMax: 6 })],
    ['房价同比下降3%~5%。', pct('3%~5%', 3, { valueMax: 5 })],
    ['增速在5%到5.5%之间。', pct('5%到5.5%', 5, { valueMax: 5.5 })],
    ['Returns of about 7-9 percent are targeted.', pct('7-9 percent', 7, { valueMax: 9, hedge: 'approx' })],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('"from X to Y" is a change between two figures; the first takes the unit written after the second', () => {
    expect(see('Inflation fell from 3.1% to 2.9%.')).toEqual([pct('3.1%', 3.1), pct('2.9%', 2.9)]);
    expect(see('Rents fell from 120 to 95 yuan.')).toEqual([money('120', 120, 'CNY'), money('95 yuan', 95, 'CNY')]);
    expect(see('贷款利率由3.45%降至3.1%。')).toEqual([pct('3.45%', 3.45), pct('3.1%', 3.1)]);
  });

  it('"rose 0.5% to 6%" is a change then a level, not a range', () => {
    expect(see('The rate rose 0.5% to 6%.')).toEqual([pct('0.5%', 0.5), pct('6%', 6)]);
  });

  it('an "and" without "between" joins no range: it is a list, the unit written once (lib/detect/refine/lists.test.ts)', () => {
    expect(see('Growth was 6.5 and 7 percent in the two years.')).toEqual([pct('6.5', 6.5), pct('7 percent', 7)]);
  });

  it('a range must rise: "6-5 percent" is not one', () => {
    expect(see('It won 6-5 percent of the vote?')).toEqual([pct('5 percent', 5)]);
  });
});

describe('a tilde between two numbers is a range, not "about" before the second', () => {
  it.each([
    ['外銷訂單金額預估667~687億美元。', 667e8, 687e8],
    ['预计全年营收5~6亿元。', 5e8, 6e8],
    ['Growth of 5%~6% is expected.', 5, 6],
  ])('%s', (sentence, value, valueMax) => {
    const [figure] = detectFigures(sentence);
    expect(figure).toMatchObject({ value, valueMax });
    expect(figure?.hedge).toBeUndefined();
  });
});
