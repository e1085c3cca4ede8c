/**
 * Precision and recall on the labelled set (lib/detect/labelled), strict:
 * exact span, value, currency or unit, hedge, noun and conversion link.
 * `npm run bench` prints the same table beside Recognizers-Text.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import type { FigureKind, Lang } from '@/lib/figure';
import { chinese, english, f1, holdout, labelled, score } from '@/lib/detect/labelled';

const detect = (sentence: string, lang: Lang) => detectFigures(sentence, { lang });
const report = score(labelled, detect, 'strict');

describe('the labelled set', () => {
  it('is big enough to mean something: 150+ English and 100+ Chinese sentences', () => {
    expect(labelled.filter((l) => l.lang === 'en').length).toBeGreaterThanOrEqual(150);
    expect(labelled.filter((l) => l.lang === 'zh').length).toBeGreaterThanOrEqual(100);
    expect(english.length + chinese.length + holdout.length).toBe(labelled.length);
  });

  it('scores as well on the held-out sentences as on the working set', () => {
    const held = score(holdout, detect, 'strict');
    for (const lang of ['en', 'zh'] as const) {
      for (const kind of ['money', 'percent', 'count'] as const) expect(f1(held.tallies[lang][kind]).f1).toBeGreaterThanOrEqual(0.95);
    }
  });

  it.each([
    ['en', 'money'],
    ['en', 'percent'],
    ['en', 'count'],
    ['zh', 'money'],
    ['zh', 'percent'],
    ['zh', 'count'],
  ] as [Lang, FigureKind][])('%s %s: F1 at least 0.97', (lang, kind) => {
    const tally = report.tallies[lang][kind];
    expect(tally.tp).toBeGreaterThan(20);
    expect({ f1: f1(tally).f1 >= 0.97, errors: report.errors.filter((e) => e.includes(` ${kind} `)) }).toMatchObject({ f1: true });
  });
});
