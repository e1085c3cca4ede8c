/**
 * The page FigureLens started from (data/seed-article.txt, with its
 * menu and footer): every figure, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { count, money, pct, see } from '@/lib/detect/see.test-helper';

const page = readFileSync(join(import.meta.dirname, '../../data/seed-article.txt'), 'utf8');

describe('the seed article', () => {
  it('has these figures and no others', () => {
    expect(see(page, 'en')).toEqual([
      money('14 trillion yuan', 14e12, 'CNY'),
      money('US$ 1.9 trillion', 1.9e12, 'USD', { equivalentOf: '14 trillion yuan' }),
      money('9 trillion yuan', 9e12, 'CNY', { hedge: 'above' }),
      pct('9.8 percent', 9.8),
      pct('38.7 percent', 38.7),
      pct('5 percent', 5, { hedge: 'approx' }),
      count('77,000 high-tech enterprises', 77000, 'high-tech enterprises', { hedge: 'approx' }),
      pct('23 percent', 23),
      pct('30 percent', 30, { hedge: 'above' }),
    ]);
  });

  it('keeps the hedges as written', () => {
    const hedges = detectFigures(page, { lang: 'en' }).flatMap((f) => (f.hedge ? [`${f.hedge.text} ${f.text}`] : []));
    expect(hedges).toEqual(['exceeded 9 trillion yuan', 'around 5 percent', 'approximately 77,000 high-tech enterprises', 'over 30 percent']);
  });

  it('gives each figure its sentence', () => {
    const byText = new Map(detectFigures(page, { lang: 'en' }).map((f) => [f.text, f.sentence]));
    expect(byText.get('US$ 1.9 trillion')).toBe(
      "Guangdong's GDP is projected to surpass a milestone of 14 trillion yuan (US$ 1.9 trillion) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.",
    );
    expect(byText.get('5 percent')).toBe("For 2025, the province's GDP growth target is set at around 5 percent, according to the government work report.");
  });

  it('finds the same figures with no language hint', () => {
    expect(see(page)).toEqual(see(page, 'en'));
  });
});
