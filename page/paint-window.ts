/**
 * Which figures are painted: all of them on an ordinary page, and on a long
 * one the ones within a screenful of the viewport.
 *
 * Chromium rebuilds the markers of every custom highlight on the page in the
 * frame after any change to any highlight: with 16,000 ranges registered,
 * adding one more (a batch of a long page, the hover card's focus) made a
 * frame of 94 ms on the test machine, with 4,000 ranges 28 ms. So on a long
 * page the registry holds only what the reader can see or is about to: each figure's
 * block is watched with an IntersectionObserver, and its figures are painted
 * as it comes within a screenful and taken out when it leaves. A figure the
 * reader scrolls to is painted before it is on screen; per-frame highlight
 * cost stays that of a few screenfuls, however long the page.
 *
 * Where a block is comes only from the observer (its first report on a block
 * arrives with the next frame): asking the block itself (getBoundingClientRect)
 * forced a layout of the whole fresh 2 MB page inside our task, 400 ms of it.
 *
 * Painting that changes the DOM (the wrapping fallback) is never taken back
 * on the way out: unwrapping and rewrapping would churn the page's nodes.
 */
import { blockOf } from './mutation-scopes';

export interface WindowItem {
  readonly range: Range;
}

/**
 * Up to this many painted figures, everything is painted at once (a frame
 * after a change measured 16 ms with 1,000 ranges), with no layout forced to
 * decide what is near: a news article has tens of figures. Past it, painting
 * follows the viewport.
 */
export const EAGER_BUDGET = 1000;

export interface PaintWindowOptions<T extends WindowItem> {
  /** Paints items given in document order (within a block). */
  paint: (items: T[]) => void;
  erase: (items: T[]) => void;
  isPainted: (item: T) => boolean;
  /** Keep what was painted when it leaves the window (the wrapping fallback). */
  keepPainted: boolean;
  win: Window & typeof globalThis;
}

/** The element an item's visibility is judged by: its block (a shadow root's host when the block is a shadow root). */
function blockElement(item: WindowItem): Element | null {
  const block = blockOf(item.range.startContainer);
  if (block.nodeType === 1) return block as Element;
  if (block.nodeType === 11) return (block as ShadowRoot).host ?? null;
  return null;
}

export class PaintWindow<T extends WindowItem> {
  private readonly blocks = new Map<Element, T[]>();
  private readonly blockOfItem = new Map<T, Element>();
  private readonly observer: IntersectionObserver | null;
  /** What the observer last said of each block: near or not (absent: no report yet). */
  private readonly nearness = new Map<Element, boolean>();
  private painted = 0;
  /** Past the budget: painting follows the viewport from now on. */
  private windowed = false;

  constructor(private readonly options: PaintWindowOptions<T>) {
    const { win } = options;
    this.observer =
      typeof win.IntersectionObserver === 'function'
        ? new win.IntersectionObserver((entries) => this.crossed(entries), { rootMargin: '100% 0px 100% 0px' })
        : null;
  }

  /**
   * Takes new items in: those in a block the observer reported near are
   * painted now, the rest when a report says they are near. Items it holds (or has painted) already are left as
   * they are, so a caller can hand over everything it has.
   */
  add(all: readonly T[]): void {
    const items = [...new Set(all)].filter((item) => !this.blockOfItem.has(item) && !this.options.isPainted(item));
    const now: T[] = [];
    const eager = !this.windowed && this.painted + items.length <= EAGER_BUDGET;
    if (!eager && !this.windowed) this.enterWindow();
    for (const item of items) {
      const block = blockElement(item);
      if (!block || !this.observer) {
        now.push(item);
        continue;
      }
      this.blockOfItem.set(item, block);
      const list = this.blocks.get(block);
      if (list) list.push(item);
      else {
        this.blocks.set(block, [item]);
        this.observer.observe(block);
      }
      // A block with no report yet is painted when the observer's first report says it is near.
      if (eager || this.nearness.get(block) === true) now.push(item);
    }
    this.paint(now);
  }

  /** Forgets items (their text left the page, or highlights went off); erases those painted. */
  remove(items: readonly T[]): void {
    const painted: T[] = [];
    for (const item of items) {
      if (this.options.isPainted(item)) painted.push(item);
      const block = this.blockOfItem.get(item);
      if (!block) continue;
      this.blockOfItem.delete(item);
      const rest = this.blocks.get(block)?.filter((i) => i !== item) ?? [];
      if (rest.length > 0) this.blocks.set(block, rest);
      else {
        this.blocks.delete(block);
        this.nearness.delete(block);
        this.observer?.unobserve(block);
      }
    }
    this.erase(painted);
  }

  /** Forgets everything without erasing (the caller erases all at once). */
  clear(): void {
    this.observer?.disconnect();
    this.blocks.clear();
    this.nearness.clear();
    this.blockOfItem.clear();
    this.painted = 0;
    this.windowed = false;
  }

  /** The page turned out long: what was painted eagerly far from the viewport is taken out. */
  private enterWindow(): void {
    this.windowed = true;
    if (this.options.keepPainted) return;
    const far: T[] = [];
    // A block not reported yet is taken out by its first report if it is far.
    for (const [block, items] of this.blocks) if (this.nearness.get(block) === false) far.push(...items.filter((item) => this.options.isPainted(item)));
    this.erase(far);
  }

  private paint(items: T[]): void {
    if (items.length === 0) return;
    this.options.paint(items);
    this.painted += items.length;
  }

  private erase(items: T[]): void {
    if (items.length === 0) return;
    this.options.erase(items);
    this.painted -= items.length;
  }

  private crossed(entries: IntersectionObserverEntry[]): void {
    const paint: T[] = [];
    const erase: T[] = [];
    // Below the budget nothing needs taking out: what is painted stays painted.
    const trim = !this.options.keepPainted && this.windowed;
    for (const entry of entries) {
      const items = this.blocks.get(entry.target);
      if (!items) continue;
      const near = entry.isIntersecting || noBox(entry);
      this.nearness.set(entry.target, near);
      for (const item of items) {
        const painted = this.options.isPainted(item);
        if (near && !painted) paint.push(item);
        else if (!near && painted && trim) erase.push(item);
      }
    }
    this.erase(erase);
    this.paint(paint);
  }
}

/** A block with no box of its own (display: contents) cannot be judged: it counts as near, so its figures are painted. */
function noBox(entry: IntersectionObserverEntry): boolean {
  const rect = entry.boundingClientRect;
  return !!rect && rect.width === 0 && rect.height === 0;
}
