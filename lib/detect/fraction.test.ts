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
