import { describe, expect, it } from 'vitest';
import type { Figure } from '@/lib/figure';
import { placeGold, type Gold } from './gold';
import { scorePage } from './score';

const text = 'Exports rose 9.8 percent to 9 trillion yuan in 2024, for the 36th consecutive year. It was won 3-1.';
const gold: Gold = {
  source: 'constructed',
  published: '2025-01-16',
  script: 'en',
  figures: [
    { text: '9.8 percent', kind: 'percent', value: 9.8, unit: '%', year: 2024, months: [1, 12], role: 'growth', basis: 'yoy', subject: '9 trillion yuan', notes: [{ type: 'implied-prior', value: 8.197e12 }] },
    { text: '9 trillion yuan', kind: 'money', value: 9e12, currency: 'CNY', year: 2024, months: [1, 12] },
  ],
  pageNotes: [{ type: 'streak', phrase: 'for the 36th consecutive year', year: 1989 }],
};
const page = { slug: 'en/constructed', text, gold, figures: placeGold('en/constructed', text, gold) };

function fig(f: Partial<Figure> & Pick<Figure, 'id' | 'text' | 'kind' | 'value'>): Figure {
  const start = text.indexOf(f.text);
  return { start, end: start + f.text.length, sentence: text, sentenceOffset: start, lang: 'en', ...f };
}

const right = [
  fig({ id: 'p', text: '9.8 percent', kind: 'percent', value: 9.8, unit: '%', year: 2024, role: 'growth', basis: 'yoy', subject: 'm', notes: [{ type: 'implied-prior', text: '…', value: 8.2e12 }] }),
  fig({ id: 'm', text: '9 trillion yuan', kind: 'money', value: 9e12, currency: 'CNY', year: 2024, notes: [{ type: 'streak', text: '…', year: 1989 }] }),
];

describe('the real-page scorer', () => {
  it('a reading that agrees with the gold scores full marks and lists no failure', () => {
    const s = scorePage(page, { figures: right, publishedAt: '2025-01-16' });
    expect(s.failures).toEqual([]);
    expect(s.tally.detect.percent).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.tally.detect.money).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.tally.year).toEqual({ right: 2, total: 2 });
    expect(s.tally.subject).toEqual({ right: 1, total: 1 });
    expect(s.tally.notes).toEqual({ right: 2, false: 0, missing: 0 });
  });

  it('a wrong year, a wrong currency, a false figure and a note on a guess are each counted against it', () => {
    const wrong = [
      { ...right[0]!, year: 2025, notes: [{ type: 'implied-prior' as const, text: '…', value: 7e12 }] },
      { ...right[1]!, currency: 'USD', notes: [] },
      fig({ id: 'x', text: '3-1', kind: 'count', value: 3 }),
    ];
    const s = scorePage(page, { figures: wrong });
    expect(s.tally.published).toEqual({ right: 0, total: 1 });
    expect(s.tally.year).toEqual({ right: 1, total: 2 });
    expect(s.tally.detect.money).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.tally.falseFigures).toBe(1);
    expect(s.tally.notes).toEqual({ right: 0, false: 1, missing: 2 });
  });

  it('a missed figure misses its notes too', () => {
    const s = scorePage(page, { figures: [right[1]!], publishedAt: '2025-01-16' });
    expect(s.tally.detect.percent.fn).toBe(1);
    expect(s.tally.notes.missing).toBe(1);
  });

  it('a label that points at text the page does not have is an error, not a miss', () => {
    expect(() => placeGold('en/x', text, { ...gold, figures: [{ text: '10 percent', kind: 'percent', value: 10 }] })).toThrow(/not in the text/);
  });
});
