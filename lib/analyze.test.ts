import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import type { Figure } from '@/lib/figure';
import { figuresOf, pageInfo } from '@/lib/normalize/make.test-helper';

const SEED = [
  "Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.",
  "The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate and contributing [[38.7 percent]] to the national trade increment.",
  "For 2025, the province's GDP growth target is set at around [[5 percent]], according to the government work report.",
  '据海关统计，今年上半年，我国货物贸易进出口总值[[20.1万亿元]]，同比增长[[2.1%]]，其中出口[[11.46万亿元]]，同比增长[[3.7%]]；进口[[8.64万亿元]]，同比下降[[0.1%]]。',
];

describe('analyzePage is pure and deterministic', () => {
  it('leaves its input as it was and gives the same answer twice', () => {
    const { figures } = figuresOf(...SEED);
    const before = structuredClone(figures);
    const first = analyzePage(pageInfo('2025-01-16'), figures, { locale: 'en-US' });
    expect(figures).toEqual(before);
    expect(analyzePage(pageInfo('2025-01-16'), figures, { locale: 'en-US' })).toEqual(first);
  });

  it('keeps the figures’ order and ids, whatever order they come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(figuresOf(...SEED).figures, { minLength: 1 }), (figures: Figure[]) => {
        const out = analyzePage(pageInfo('2025-01-16'), figures);
        expect(out.map((f) => f.id)).toEqual(figures.map((f) => f.id));
        for (const f of out) {
          expect(f.subject === undefined || out.some((g) => g.id === f.subject)).toBe(true);
          expect(f.kind !== 'money' || (f.normalized === undefined) !== (f.unconverted === undefined)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('never reads the clock: an undated page has no years from words relative to a date', () => {
    const out = analyzePage(pageInfo(undefined), figuresOf('Retail sales rose [[3.5 percent]] last year.', 'Exports rose [[7 percent]].').figures);
    expect(out.map((f) => f.year)).toEqual([undefined, undefined]);
  });
});

describe('a page of 20,000 figures', () => {
  // One pass with per-sentence caches: a quadratic step would take minutes here, not seconds.
  it('is analysed whole, each sentence’s figures linked within the sentence', () => {
    const sentences: string[] = [];
    for (let i = 0, marks = 0; marks < 20_000; i++) {
      const s = SEED[i % SEED.length]!.replace('Wang said', `Wang said (${i})`).replace('据海关统计', `据海关统计${i}`);
      sentences.push(s);
      marks += s.split('[[').length - 1;
    }
    const { figures } = figuresOf(...sentences);
    expect(figures.length).toBeGreaterThanOrEqual(20_000);
    const out = analyzePage(pageInfo('2025-01-16'), figures);
    expect(out.every((f) => f.year !== undefined)).toBe(true);
    const byId = new Map(out.map((f) => [f.id, f]));
    for (const f of out) if (f.subject) expect(byId.get(f.subject)!.sentence).toBe(f.sentence);
    expect(out.filter((f) => f.notes?.some((n) => n.type === 'implied-prior')).length).toBe(out.filter((f) => f.role === 'growth' && f.subject).length);
  }, 120_000);
});
