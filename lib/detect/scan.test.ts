import { describe, expect, it } from 'vitest';
import { bp, count, money, pct, pp, see, times } from '@/lib/detect/see.test-helper';

describe('scale and notation', () => {
  it.each([
    ['The fund holds S$2 mil in cash and $3 bil in bonds; output is 14t yuan.', money('S$2 mil', 2e6, 'SGD'), money('$3 bil', 3e9, 'USD'), money('14t yuan', 14e12, 'CNY')],
    ['India will spend 1.5 lakh crore rupees, about 4 hundred million dollars a year.', money('1.5 lakh crore rupees', 1.5e12, 'INR'), money('4 hundred million dollars', 4e8, 'USD', { hedge: 'approx' })],
    ['It is a 42-trillion-yuan economy.', money('42-trillion-yuan', 42e12, 'CNY')],
    ['Inflation rose .001 per cent; the yield is 24pc; a 15-basis points cut and a 50 basis-point hike.', pct('.001 per cent', 0.001), pct('24pc', 24), bp('15-basis points', 15), bp('50 basis-point', 50)],
  ])('English: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['Exports grew 2.5-fold in a decade.', times('2.5-fold', 2.5)],
    ['今年前三季度出口增长1.6倍，利润增长两倍以上。', times('1.6倍', 1.6), times('两倍', 2, { hedge: 'above' })],
    ['今年首三季出口增長1.6倍，利潤增長兩倍以上。', times('1.6倍', 1.6), times('兩倍', 2, { hedge: 'above' })],
  ])('multiples are a figure the notes can use: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });
});

describe('invisible characters inside numbers', () => {
  it.each([
    ['The grant is 1\u2009000 yuan per household.', money('1\u2009000 yuan', 1000, 'CNY')],
    ['Some 12\u00a0345 companies registered; 1\u202f250 euros each.', count('12\u00a0345 companies', 12345, 'companies', { hedge: 'approx' }), money('1\u202f250 euros', 1250, 'EUR')],
    ['Revenue was 1\u200b234 million dollars.', money('1\u200b234 million dollars', 1234e6, 'USD')],
    ['补贴为每户1\u2009000元，共12\u00a0345家企业。', money('1\u2009000元', 1000, 'CNY'), count('12\u00a0345家', 12345, '家')],
    ['補貼為每戶1\u200b000元。', money('1\u200b000元', 1000, 'CNY')],
  ])('one number, never "000 yuan": %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });
});

describe('a space between thousands in Hong Kong’s Chinese releases', () => {
  it.each([
    ['香港的港口货物吞吐量由二零零七年的24 500万公吨增加至二零零八年的25 900万公吨。', [2.45e8, 2.59e8]],
    ['香港的港口貨物吞吐量由二零零七年的24 500萬公噸增加至二零零八年的25 900萬公噸。', [2.45e8, 2.59e8]],
    ['訪港旅客達1 234 567人次。', [1234567]],
  ])('one number when Chinese follows the last group: %s', (sentence, values) => {
    expect(see(sentence).map((f) => f.value)).toEqual(values);
  });

  it('in English, or before another digit, a space still parts two numbers', () => {
    expect(see('Of the 24 500-tonne ships, 3 were sold for $12 million.').map((f) => f.value)).not.toContain(24500);
    expect(see('第3 1234万').map((f) => f.value)).not.toContain(31234e4);
  });
});

describe('percent words in traditional script', () => {
  it('百分之 and 成 read the same', () => {
    expect(see('出口佔百分之三十，約三成。')).toEqual([pct('百分之三十', 30), pct('三成', 30, { hedge: 'approx' })]);
  });
});

describe('Chinese numerals as Taiwan and Hong Kong write them', () => {
  it.each([
    ['外銷訂單年增二．四％，金額達七二九．二億美元。', pct('二．四％', 2.4), money('七二九．二億美元', 729.2e8, 'USD')],
    ['經濟成長率上修至百分之七點九一，較預測增加○點二九個百分點。', pct('百分之七點九一', 7.91), pp('○點二九個百分點', 0.29)],
    ['珠寶首飾銷貨價值上升三成一，電子產品升9成2。', pct('三成一', 31), pct('9成2', 92)],
    ['出口增长二．四％，比上月高〇．五个百分点。', pct('二．四％', 2.4), pp('〇．五个百分点', 0.5)],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('a 成 with no tenth after it is still tenths: 三成以上', () => {
    expect(see('三成以上的企业')).toEqual([pct('三成', 30, { hedge: 'above' })]);
  });
});

describe('numbers written as words, before a percent or scale word', () => {
  it.each([
    ['Heilongjiang’s economy grew five percent, about two percentage points below target.', pct('five percent', 5), pp('two percentage points', 2, { hedge: 'approx' })],
    ['The lender cut its forecast to six per cent and will spend a billion dollars on buybacks.', pct('six per cent', 6), money('a billion dollars', 1e9, 'USD')],
    ['Nearly one million jobs were lost in March.', count('one million jobs', 1e6, 'jobs', { hedge: 'below' })],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('elsewhere a number word is a word', () => {
    expect(see('One of the two banks said a recovery was ten times more likely than a recession.')).toEqual([]);
  });
});

describe('Arabic digits below 萬 or 億, as Taiwan writes them', () => {
  it.each([
    ['主計總處預測，每人GDP 3萬2,247美元。', money('3萬2,247美元', 32247, 'USD')],
    ['预计人均GDP为3万2,247美元。', money('3万2,247美元', 32247, 'USD')],
    ['總額1億2,000萬元。', money('1億2,000萬元', 1.2e8, 'CNY')],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('only a full lower part: "2萬3家" is not 20,003 firms', () => {
    expect(see('全年2萬3家企業。').map((f) => f.value)).not.toContain(20003);
  });
});
