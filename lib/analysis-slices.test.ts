import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzePage, detectFigures } from './index';
import type { Figure, PageInfo } from './figure';
import { sentenceStart } from './normalize';
import { analyzeSlice, positionOf, SLICE_FIGURES, sliceCount, sliceOf, sliceRange } from './analysis-slices';

const seedText = readFileSync(new URL('../e2e/pages/seed-article.html', import.meta.url), 'utf8')
  .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');
const page: PageInfo = { url: 'https://www.lifeofguangzhou.com/a', title: 'Guangdong', lang: 'en', publishedAt: '2025-01-16', publishedFrom: 'byline' };

/** The seed article `times` times over: a long page of real sentences. */
function longPage(times: number): Figure[] {
  return detectFigures(Array.from({ length: times }, () => seedText).join(' '));
}

const options = { readerCurrency: 'EUR', locale: 'en-US' };
const analyze = (p: PageInfo, figures: Figure[]) => analyzePage(p, figures, options);

describe('analysis slices', () => {
  it('are one slice, the whole page as analyzePage gives it, for a page of up to SLICE_FIGURES figures', () => {
    const figures = longPage(3);
    expect(figures.length).toBeLessThanOrEqual(SLICE_FIGURES);
    expect(sliceCount(figures)).toBe(1);
    expect(analyzeSlice(page, figures, 0, analyze)).toEqual(analyze(page, figures));
  });

  it('tile a long page without splitting a sentence, and every position is in the slice sliceOf names', () => {
    const figures = longPage(200);
    expect(figures.length).toBeGreaterThan(3 * SLICE_FIGURES);
    let next = 0;
    for (let k = 0; k < sliceCount(figures); k++) {
      const [from, to] = sliceRange(figures, k);
      expect(from).toBe(next);
      if (from > 0 && from < figures.length) expect(sentenceStart(figures[from]!)).not.toBe(sentenceStart(figures[from - 1]!));
      for (let p = from; p < to; p++) expect(sliceOf(figures, p)).toBe(k);
      next = to;
    }
    expect(next).toBe(figures.length);
    expect(positionOf(figures, figures[1234]!)).toBe(1234);
  });

  it('analyse a long page the way the whole page is analysed', () => {
    const figures = longPage(200);
    const sliced = Array.from({ length: sliceCount(figures) }, (_, k) => analyzeSlice(page, figures, k, analyze)).flat();
    expect(sliced).toEqual(analyze(page, figures));
  });

  it('cost one slice and its context, not the page', () => {
    const figures = longPage(200);
    const counting = vi.fn(analyze);
    analyzeSlice(page, figures, sliceOf(figures, 1000), counting);
    expect(counting).toHaveBeenCalledTimes(1);
    expect(counting.mock.calls[0]![1].length).toBeLessThan(SLICE_FIGURES + 200);
  });
});
