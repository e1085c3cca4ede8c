import { describe, expect, it } from 'vitest';
import { pct, see, texts } from '@/lib/detect/see.test-helper';

describe('fractions written as words, a share in percent', () => {
  it.each([
    ['New energy vehicles rose to account for one fifth of the passenger vehicle market in August.', pct('one fifth', 20)],
    ['Home sales, a quarter of the total, fell again in June.', pct('a quarter', 25)],
    ['Nearly two-thirds of small firms expect higher costs.', pct('two-thirds', 66.67)],
    ['Foreign buyers made up a third of the deals at the fair.', pct('a third', 33.33)],
  ])('%s', (sentence, expected) => {
    expect(see(sentence).map(({ hedge: _, ...f }) => f)).toEqual([expected]);
  });

  it('periods, durations and "half" are no share', () => {
    expect(texts('Sales fell in the first quarter of the year, the worst in a quarter of a century.')).toEqual([]);
    expect(texts('The number who worked less than half of their usual hours rose in the second half of the year.')).toEqual([]);
  });
});

describe('Chinese fractions, a share in percent', () => {
  it.each([
    ['全省三分之一的规上工业企业实现了数字化改造。', pct('三分之一', 33.33)],
    ['服务业增加值占地区生产总值的比重接近四分之三。', pct('四分之三', 75)],
    ['全台有三分之二以上的中小企業受到衝擊。', pct('三分之二', 66.67)],
    ['不良贷款率控制在千分之三以内。', pct('千分之三', 0.3)],
    ['超过一半的受访企业表示订单增加。', pct('一半', 50)],
    ['逾一半的受訪企業表示訂單增加。', pct('一半', 50)],
  ])('%s', (sentence, expected) => {
    expect(see(sentence).map(({ hedge: _, ...f }) => f)).toEqual([expected]);
  });

  it('部分之, 上半年, 一半年 and 半导体 are no share; 百分之 stays the percent prefix', () => {
    expect(texts('其中部分之产品出口，上半年半导体产量回升。')).toEqual([]);
    expect(texts('这一半年来，市场回暖。')).toEqual([]);
    expect(see('出口增长百分之五。').map((f) => f.value)).toEqual([5]);
  });
});

describe('a whole number and eighths, as the Federal Reserve writes rates', () => {
  it('reads "5-1/4", "1-3/8" and the range "2 to 2-1/4 percent"', () => {
    const fed = 'The Committee decided to maintain the target range for the federal funds rate at 5-1/4 to 5-1/2 percent.';
    expect(see(fed).map((f) => [f.text, f.value])).toEqual([['5-1/4 to 5-1/2 percent', 5.25]]);
    expect(see('The discount rate was raised to 1-3/8 percent.').map((f) => f.value)).toEqual([1.375]);
    expect(see('raise the target range for the federal funds rate to 2 to 2-1/4 percent.').map((f) => f.text)).toEqual(['2 to 2-1/4 percent']);
  });

  it('dates and other slashes stay what they were', () => {
    expect(texts('Open 24/7 since 2-1/15, and 3-2/4 is no fraction anyone writes.')).toEqual([]);
  });
});
