/**
 * Which figure the reader is looking at: under the pointer, reached with the
 * keyboard commands (next / previous figure), inside an element that took
 * focus, or revealed from the popup. Highlights are not elements, so the
 * pointer is hit-tested through the caret position under it and the
 * figure's own client rects. Nothing here ever moves focus.
 */
import { MAX_FIGURE_TEXT } from '@/lib/figure';
import type { Painter } from './painter';
import { textNodesWithin } from './mutation-scopes';
import type { Annotator } from './annotator';
import type { CardHost, CardTrigger } from './card-host';
import type { Placed } from './figure-index';
import { onScreen, type Rect } from './placement';

export interface HoverDeps {
  win: Window;
  annotator: Annotator;
  painter: Painter;
  card: CardHost;
  /** Open shadow roots read so far: the caret under the pointer may be in one. */
  shadowRoots: () => ShadowRoot[];
  /** Adds a listener for as long as the session lasts. */
  listen: <K extends keyof WindowEventMap>(target: EventTarget, type: K, handler: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;
  timers: { set: (run: () => void, ms: number) => number; clear: (id: number) => void };
}

/**
 * Focus shows a card only on an element this small (a link inside a figure,
 * the figure's own inline element): a focusable wrapper (`<main tabindex=-1>`,
 * a router's focus target) holds a whole article, not a figure.
 */
const FOCUS_TEXT_CHARS = MAX_FIGURE_TEXT;
const SHOW_AFTER_MS = 120;
const HIDE_AFTER_MS = 250;
const FLASH_MS = 1600;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export class Hover {
  private pending: number | null = null;
  private frame = false;
  private lastPointer: { x: number; y: number } | null = null;
  /** The figure a step or a reveal last went to, where the next step starts from. */
  private cursor: Placed | null = null;
  private flashing: Placed | null = null;
  private enabled = true;

  constructor(private readonly deps: HoverDeps) {}

  start(): void {
    const { win, listen } = this.deps;
    const doc = win.document;
    listen(doc, 'pointermove', (e) => this.pointerMoved(e), { passive: true });
    listen(doc.documentElement, 'pointerleave', () => this.later(() => this.hide(), HIDE_AFTER_MS), { passive: true });
    listen(win, 'keydown', (e) => {
      if (e.key === 'Escape' && this.deps.card.current) this.hide();
    }, { capture: true });
    listen(win, 'scroll', () => this.follow(), { capture: true, passive: true });
    listen(win, 'resize', () => this.follow(), { passive: true });
    listen(doc, 'focusin', (e) => this.focused(e));
    listen(doc, 'focusout', () => {
      if (this.deps.card.trigger === 'keyboard' && this.cursor === null) this.hide();
    });
  }

  /** Highlights off: no card, no focus; on again: back to normal. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    if (!on) this.hide();
  }

  /** The keyboard commands: the next or previous figure, scrolled to, marked, its card shown. */
  step(direction: 1 | -1): void {
    if (!this.enabled) return;
    const next = this.deps.annotator.index.step(this.cursor ?? this.deps.card.current, direction);
    if (!next) return;
    this.cursor = next;
    this.scrollTo(next);
    this.focusPaint(next);
    void this.deps.card.show(next, 'keyboard', () => anchorOf(next, null));
  }

  /** The popup's "show in page": scroll to the figure and flash it. */
  reveal(id: string): boolean {
    const placed = this.deps.annotator.index.get(id);
    if (!placed) return false;
    this.scrollTo(placed);
    // A figure across a shadow boundary has no Range to mark: scrolled to, not flashed.
    if (!placed.paintable) return true;
    this.cursor = placed;
    this.focusPaint(placed);
    this.flashing = placed;
    this.deps.timers.set(() => {
      if (this.flashing === placed && this.deps.card.current !== placed) this.deps.painter.focus(null);
      if (this.flashing === placed) this.flashing = null;
    }, FLASH_MS);
    return true;
  }

  hide(): void {
    this.cancel();
    if (this.deps.card.current) this.deps.card.hide();
    this.cursor = null;
    this.deps.painter.focus(null);
  }

  /** Figures that left the page: the card must not stay on one. */
  forget(gone: readonly Placed[]): void {
    const set = new Set(gone);
    if (this.deps.card.current && set.has(this.deps.card.current)) this.hide();
    if (this.cursor && set.has(this.cursor)) this.cursor = null;
    if (this.flashing && set.has(this.flashing)) this.flashing = null;
  }

  private pointerMoved(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (!this.enabled || this.frame) return;
    if (this.deps.card.contains(event)) {
      this.cancel();
      return;
    }
    this.frame = true;
    this.deps.win.requestAnimationFrame(() => {
      this.frame = false;
      if (!this.lastPointer || !this.enabled) return;
      let placed: Placed | undefined;
      try {
        placed = this.figureAt(this.lastPointer.x, this.lastPointer.y);
      } catch {
        // Hit-testing a page in the middle of changing can fail: no card this frame.
        return;
      }
      const current = this.deps.card.current;
      if (placed && placed === current) return this.cancel();
      if (placed) {
        const at = this.lastPointer;
        this.later(() => this.showFor(placed, 'pointer', () => anchorOf(placed, at)), SHOW_AFTER_MS);
      } else if (current && this.deps.card.trigger === 'pointer') {
        this.later(() => this.hide(), HIDE_AFTER_MS);
      } else this.cancel();
    });
  }

  /** The keyboard reached a small element that holds a figure: its card, as if stepped to. */
  private focused(event: FocusEvent): void {
    if (!this.enabled) return;
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || target.nodeType !== 1 || this.deps.card.contains(event)) return;
    // A click focuses too; only focus the reader can see (the keyboard's) asks for a card.
    if (!focusVisible(target as Element)) return;
    const nodes = textNodesWithin(target, FOCUS_TEXT_CHARS);
    const placed = nodes && this.deps.annotator.index.firstAmong(nodes);
    if (placed) this.showFor(placed, 'keyboard', () => anchorOf(placed, null));
  }

  private showFor(placed: Placed, trigger: CardTrigger, anchor: () => Rect): void {
    this.cancel();
    if (trigger === 'keyboard') this.focusPaint(placed);
    else if (this.cursor) {
      this.cursor = null;
      this.deps.painter.focus(null);
    }
    void this.deps.card.show(placed, trigger, anchor);
  }

  /** On scroll or resize: the card follows its figure, and closes once the figure is off screen. */
  private follow(): void {
    const placed = this.deps.card.current;
    if (!placed) return;
    const anchor = anchorOf(placed, null);
    if (!onScreen(anchor, { width: this.deps.win.innerWidth, height: this.deps.win.innerHeight })) this.hide();
    else this.deps.card.move(anchor);
  }

  private figureAt(x: number, y: number): Placed | undefined {
    const doc = this.deps.win.document as CaretDocument;
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const p = doc.caretPositionFromPoint(x, y, { shadowRoots: this.deps.shadowRoots() });
      if (p) ({ offsetNode: node, offset } = p);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    if (!node) return undefined;
    const placed = this.deps.annotator.index.at(node, offset);
    // The caret snaps to the nearest text: make sure the pointer is over the figure itself.
    if (!placed || !rectsOf(placed).some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1)) return undefined;
    return placed;
  }

  private focusPaint(placed: Placed): void {
    const { painter } = this.deps;
    const paint = placed.paint ?? (painter.touchesDom ? null : placed.range);
    painter.focus(paint);
  }

  private scrollTo(placed: Placed): void {
    const viewport = { width: this.deps.win.innerWidth, height: this.deps.win.innerHeight };
    let rect = placed.range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= viewport.height) return;
    // The element first (it may sit in a scrolled box of its own), then the figure to a third of the window.
    placed.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    rect = placed.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > viewport.height) this.deps.win.scrollBy({ top: rect.top - viewport.height / 3, behavior: 'instant' as ScrollBehavior });
  }

  private later(run: () => void, ms: number): void {
    this.cancel();
    this.pending = this.deps.timers.set(() => {
      this.pending = null;
      run();
    }, ms);
  }

  private cancel(): void {
    if (this.pending !== null) this.deps.timers.clear(this.pending);
    this.pending = null;
  }
}

function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    // A browser without the selector: no way to tell keyboard focus from a click, so no card.
    return false;
  }
}

function rectsOf(placed: Placed): DOMRect[] {
  return [...placed.range.getClientRects()];
}

/** The line of the figure the card should sit by: the one under the pointer, else the first. */
function anchorOf(placed: Placed, pointer: { x: number; y: number } | null): Rect {
  const rects = rectsOf(placed);
  const hit = pointer ? rects.find((r) => pointer.y >= r.top && pointer.y <= r.bottom) : undefined;
  return hit ?? rects[0] ?? placed.range.getBoundingClientRect();
}
