/**
 * One tab's analysis, kept by slice (lib/analysis-slices) for the figures as
 * they are now. A hover card's lookup analyses at most the one slice its
 * figure stands in; the popup's list analyses the slices not yet known, one
 * at a time, yielding between them so that another tab's message is answered
 * within one slice's work. Any change to the figures, the page or the
 * analyzer (the reader's settings) starts over.
 */
import type { Figure, PageInfo } from '@/lib/figure';
import { analyzeSlice, positionOf, sliceCount, sliceOf, sliceRange, type Analyze } from '@/lib/analysis-slices';

/** Lets the worker's other messages run: a macrotask, so their handlers get a turn. */
export const yieldToOthers = () => new Promise<void>((ok) => setTimeout(ok, 0));

export class TabAnalysis {
  private figures: readonly Figure[] | null = null;
  private page: PageInfo | null = null;
  private analyze: Analyze | null = null;
  private readonly slices = new Map<number, Figure[]>();
  private whole: Promise<Figure[]> | null = null;

  /** Forgets every slice (the settings changed). */
  reset(): void {
    this.figures = null;
    this.slices.clear();
    this.whole = null;
  }

  /** The analysed form of `figure` (one of `figures`): its slice's work at most. */
  figure(page: PageInfo, figures: readonly Figure[], figure: Figure, analyze: Analyze): Figure {
    this.follow(page, figures, analyze);
    const position = positionOf(figures, figure);
    if (position < 0) return figure;
    return this.slice(page, figures, analyze, sliceOf(figures, position)).find((f) => f.id === figure.id) ?? figure;
  }

  /** Every figure analysed, in page order, a slice at a time. */
  all(page: PageInfo, figures: readonly Figure[], analyze: Analyze): Promise<Figure[]> {
    this.follow(page, figures, analyze);
    // Two readers of the same figures share one pass.
    this.whole ??= (async () => {
      const out: Figure[] = [];
      for (let k = 0; k < sliceCount(figures); k++) {
        if (k > 0 && !this.has(figures, k)) await yieldToOthers();
        out.push(...this.slice(page, figures, analyze, k));
      }
      return out;
    })();
    return this.whole;
  }

  private follow(page: PageInfo, figures: readonly Figure[], analyze: Analyze): void {
    if (this.figures === figures && this.page === page && this.analyze === analyze) return;
    this.reset();
    this.figures = figures;
    this.page = page;
    this.analyze = analyze;
  }

  private has(figures: readonly Figure[], k: number): boolean {
    return this.figures === figures && this.slices.has(k);
  }

  /** Slice k of these figures; kept while they are still the tab's (a pass that outlived a change finishes uncached). */
  private slice(page: PageInfo, figures: readonly Figure[], analyze: Analyze, k: number): Figure[] {
    const current = this.figures === figures && this.page === page && this.analyze === analyze;
    const known = current ? this.slices.get(k) : undefined;
    if (known) return known;
    let slice: Figure[];
    try {
      slice = analyzeSlice(page, figures, k, analyze);
    } catch (error) {
      // A bug in a rule must not hide the page's figures: show them as detected.
      console.warn('FigureLens: analysis failed, showing figures as detected:', error);
      const [from, to] = sliceRange(figures, k);
      slice = figures.slice(from, to);
    }
    if (current) this.slices.set(k, slice);
    return slice;
  }
}
