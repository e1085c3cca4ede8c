import { describe, expect, it } from 'vitest';
import { bp, money, pct, pp, see } from '@/lib/detect/see.test-helper';

describe('percentages: signs and words', () => {
  it.each([
    ['Retail sales rose 3.7% in November.', pct('3.7%', 3.7)],
    ['Market share climbed to 38.7％ in the first half.', pct('38.7％', 38.7)],
    ['GDP grew 5 percent.', pct('5 percent', 5)],
    ['Unemployment edged up to 5.2 per cent.', pct('5.2 per cent', 5.2)],
    ['Core inflation slowed to 2.1 pct.', pct('2.1 pct', 2.1)],
    ['A 5-percent rise is expected.', pct('5-percent', 5)],
    ['Its stake rose to 51 PERCENT.', pct('51 PERCENT', 51)],
    ['民间投资下降0.1%。', pct('0.1%', 0.1)],
    ['同比增长１２．５％。', pct('１２．５％', 12.5)],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });
});

describe('percentages: 百分之 and 成, with Chinese numerals', () => {
  it.each([
    ['工业增加值增长百分之五点八。', pct('百分之五点八', 5.8)],
    ['服务业占比达到百分之五十。', pct('百分之五十', 50)],
    ['储蓄率约为百分之三十五。', pct('百分之三十五', 35, { hedge: 'approx' })],
    ['成本上升了百分之9.5。', pct('百分之9.5', 9.5)],
    ['利润率为百分之一百二十。', pct('百分之一百二十', 120)],
    ['近三成企业表示订单增加。', pct('三成', 30, { hedge: 'below' })],
    ['七成以上受访者表示乐观。', pct('七成', 70, { hedge: 'above' })],
    ['产量增长两成。', pct('两成', 20)],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('成 that starts a word is not tenths: 成为, 成本, 成都, 一成不变', () => {
    expect(see('这家企业一举成为行业第一，三成本地供应商受益，形势一成不变。')).toEqual([]);
  });
});

describe('percentage points and basis points', () => {
  it.each([
    ['The share rose 1.2 percentage points.', pp('1.2 percentage points', 1.2)],
    ['The gap narrowed by 0.4 percentage point.', pp('0.4 percentage point', 0.4)],
    ['The jobless rate fell 0.3 pp.', pp('0.3 pp', 0.3)],
    ['Margins widened 2ppt.', pp('2ppt', 2)],
    ['a 0.5-percentage-point cut', pp('0.5-percentage-point', 0.5)],
    ['失业率下降0.1个百分点。', pp('0.1个百分点', 0.1)],
    ['增速回落两个百分点。', pp('两个百分点', 2)],
    ['Margins widened 120 basis points.', bp('120 basis points', 120)],
    ['The Fed cut by 25 bps.', bp('25 bps', 25)],
    ['Spreads tightened 15bp.', bp('15bp', 15)],
    ['a 50-basis-point cut', bp('50-basis-point', 50)],
    ['利率下降25个基点。', bp('25个基点', 25)],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('0.5个百分点 is exactly 0.5 pp', () => {
    expect(see('存款准备金率下调0.5个百分点。')).toEqual([pp('0.5个百分点', 0.5)]);
  });
});

describe('percentages: negatives and signs', () => {
  it.each([
    ['Output was -4.0% in the quarter.', pct('-4.0%', -4)],
    ['Output was −1.5% (U+2212).', pct('−1.5%', -1.5)],
    ['Prices came in at minus 2 percent.', pct('minus 2 percent', -2)],
    ['Rates of negative 0.1 percent ended.', pct('negative 0.1 percent', -0.1)],
    ['企业利润同比增长-3.2%。', pct('-3.2%', -3.2)],
    ['Shares were +3.5% at noon.', pct('+3.5%', 3.5)],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('a direction word is not a sign: 下降0.4% and "fell 0.4%" are both 0.4, the verb says which way', () => {
    expect(see('同比下降0.4%。')).toEqual([pct('0.4%', 0.4)]);
    expect(see('Prices fell 0.4%.')).toEqual([pct('0.4%', 0.4)]);
  });
});

describe('percentages beside money', () => {
  it('each is its own figure', () => {
    expect(see('Exports rose 7.1 percent to 25.45 trillion yuan.')).toEqual([pct('7.1 percent', 7.1), money('25.45 trillion yuan', 25.45e12, 'CNY')]);
    expect(see('华为研发投入达1797亿元，占全年收入的20.8%。')).toEqual([money('1797亿元', 1797e8, 'CNY'), pct('20.8%', 20.8)]);
  });
});
