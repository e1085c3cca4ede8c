/**
 * Precision and recall on the labelled set (tests/detect/labelled), strict:
 * exact span, value, currency or unit, hedge, noun and conversion link.
 * `npm run bench` prints the same table beside Recognizers-Text.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../lib/detect';
import type { FigureKind, Lang } from '../../lib/figure';
import { chinese, english, f1, score } from './labelled';

const report = score([...english, ...chinese], (sentence, lang) => detectFigures(sentence, { lang }), 'strict');

describe('the labelled set', () => {
  it('is big enough to mean something: 150+ English and 100+ Chinese sentences', () => {
    expect(english.length).toBeGreaterThanOrEqual(150);
    expect(chinese.length).toBeGreaterThanOrEqual(100);
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
