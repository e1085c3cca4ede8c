import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const yearOf = (published: string | undefined, sentence: string, figure: string) => analyze(published, [sentence]).get(figure).year;

// A week word is a time of its own: without it the sentence's other year was taken ("In 2008 the bank raised €10 billion…;
// this week it repaid the same €10 billion" read two conversions as the same year's).
describe('"this week", "last week", 本周, 上週: a week of the publication year', () => {
  it('"last week" is the publication year, not the 2014 of a later clause', () => {
    const s = 'Michigan agreed to a deal last week to establish a [[$600 million]] fund for Flint residents whose health was impacted by lead-tainted drinking water since 2014.';
    expect(yearOf('2020-08-24', s, '$600 million')).toBe(2020);
  });

  it('上週 in traditional Chinese is the publication year', () => {
    const s = '根據台灣證券交易所統計，上週外資在集中市場賣超新台幣[[981.78億元]]，為連續第6週賣超。';
    expect(yearOf('2025-11-17', s, '981.78億元')).toBe(2025);
  });

  it('with the date unknown, a week word leaves the year unknown rather than borrowing the sentence’s', () => {
    const s = 'In 2008 the bank raised €10 billion from investors; this week it repaid the same [[€10 billion]].';
    expect(yearOf(undefined, s, '€10 billion')).toBeUndefined();
  });
});
