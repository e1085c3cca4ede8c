/**
 * A page's analysis in slices of bounded size, so that no request costs the
 * whole page: a hover card on a 25,000-figure page analyses one slice, and
 * the popup's full list is the slices one after another (the worker yields
 * between them, so another tab's message is answered in between).
 *
 * Slice k holds the figures from position k × SLICE_FIGURES to the next, each
 * end moved forward to a sentence boundary (a sentence's figures are read
 * together: "respectively", restatements in brackets, a percent's subject).
 * It is analysed with CONTEXT_CHARS of the page on either side — normalization
 * carries a year 1,500 characters forward and notes look at neighbouring
 * sentences — and only its own figures are kept. A page of up to
 * SLICE_FIGURES figures is one slice: the whole page, exactly as analyzePage.
 * The card and the list compute a figure from the same slice, so they agree.
 */
import type { Figure, PageInfo } from './figure';
import { sentenceStart } from './normalize';

export const SLICE_FIGURES = 500;
/** Beyond normalization's 1,500-character reach for a year, with room to spare. */
export const CONTEXT_CHARS = 2500;

export type Analyze = (page: PageInfo, figures: Figure[]) => Figure[];

/** The first sentence boundary at or after position `i` (a position where a new sentence begins, or the end). */
function boundaryFrom(figures: readonly Figure[], i: number): number {
  let at = Math.min(Math.max(i, 0), figures.length);
  while (at > 0 && at < figures.length && sentenceStart(figures[at]!) === sentenceStart(figures[at - 1]!)) at++;
  return at;
}

/** The last sentence boundary at or before position `i`. */
function boundaryBefore(figures: readonly Figure[], i: number): number {
  let at = Math.min(Math.max(i, 0), figures.length);
  while (at > 0 && at < figures.length && sentenceStart(figures[at]!) === sentenceStart(figures[at - 1]!)) at--;
  return at;
}

/** The first position whose figure starts at or after `offset` (figures in page order). */
function firstAtOrAfter(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sliceCount(figures: readonly Figure[]): number {
  return Math.ceil(figures.length / SLICE_FIGURES);
}

/** Positions [from, to) of slice k's own figures (empty when one sentence holds more than a slice). */
export function sliceRange(figures: readonly Figure[], k: number): [number, number] {
  return [boundaryFrom(figures, k * SLICE_FIGURES), boundaryFrom(figures, (k + 1) * SLICE_FIGURES)];
}

/** The slice a position's figure belongs to. */
export function sliceOf(figures: readonly Figure[], position: number): number {
  let k = Math.floor(position / SLICE_FIGURES);
  while (k > 0 && position < sliceRange(figures, k)[0]) k--;
  return k;
}

/** Where the figure `figure` (held in `figures`) stands, found by its start: O(log n). */
export function positionOf(figures: readonly Figure[], figure: Figure): number {
  for (let at = firstAtOrAfter(figures, figure.start); at < figures.length && figures[at]!.start === figure.start; at++) {
    if (figures[at] === figure) return at;
  }
  return figures.indexOf(figure);
}

/** Slice k's figures, analysed with their context; the figures in `[from, to)` of `sliceRange`. */
export function analyzeSlice(page: PageInfo, figures: readonly Figure[], k: number, analyze: Analyze): Figure[] {
  const [from, to] = sliceRange(figures, k);
  if (from >= to) return [];
  const before = boundaryBefore(figures, firstAtOrAfter(figures, figures[from]!.start - CONTEXT_CHARS));
  const after = boundaryFrom(figures, firstAtOrAfter(figures, figures[to - 1]!.end + CONTEXT_CHARS));
  const analysed = analyze(page, figures.slice(before, after));
  const byId = new Map(analysed.map((f) => [f.id, f]));
  return figures.slice(from, to).map((f) => byId.get(f.id) ?? f);
}
