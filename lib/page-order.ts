/**
 * A tab's figures in page order, by start offset: the one rule the worker
 * keeps them by, shared with the content script's tests of what the worker
 * holds.
 *
 * The content script places a block read again in the block's own stretch of
 * offsets, so a paragraph filled in mid-article sorts where it stands. A
 * batch usually lands at the end or in one place, so it is merged, not the
 * whole list sorted again (a ticker mid-page sends one every 100 ms).
 */
import type { Figure } from './figure';

/** `figures` (in page order) with `batch` merged in; a figure at the same start as one held goes after it. */
export function mergeInPageOrder(figures: readonly Figure[], batch: readonly Figure[]): Figure[] {
  if (batch.length === 0) return [...figures];
  const incoming = batch.every((f, i) => i === 0 || batch[i - 1]!.start <= f.start) ? batch : [...batch].sort(byStart);
  const last = figures.at(-1);
  if (!last || incoming[0]!.start >= last.start) return figures.concat(incoming);
  const merged: Figure[] = [];
  let i = 0;
  for (const f of incoming) {
    while (i < figures.length && figures[i]!.start <= f.start) merged.push(figures[i++]!);
    merged.push(f);
  }
  while (i < figures.length) merged.push(figures[i++]!);
  return merged;
}

const byStart = (a: Figure, b: Figure) => a.start - b.start;
