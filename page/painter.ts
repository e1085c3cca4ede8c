/**
 * Paints figures on the page, one way or the other: the CSS Custom Highlight
 * API where the browser has it (nothing in the DOM changes: one Highlight per
 * kind in CSS.highlights, one Range per figure), wrapping elsewhere.
 */
import type { FigureKind } from '@/lib/figure';
import { highlightName, KINDS } from './looks';
import { unwrap, wrapRange, type Wrapping } from './wrap-highlights';

/** What `paint` returns, to erase or focus that figure later. */
export type Paint = Range | Wrapping;

export interface Painting {
  kind: FigureKind;
  range: Range;
}

export interface Painter {
  /**
   * Whether painting changes the DOM. The wrapping fallback does, and moving
   * a text node into a wrapper resets every live Range inside it, so after
   * eraseAll() its figures' ranges are gone and the page must be read again.
   */
  readonly touchesDom: boolean;
  /** Paints figures given in document order; their paints come back in that order. */
  paint(figures: readonly Painting[]): Paint[];
  erase(paint: Paint): void;
  eraseAll(): void;
  /** Marks one painted figure as the one the reader is looking at (null: none). */
  focus(paint: Paint | null): void;
  /** Text nodes the painting made (the fallback's wrapped pieces): the figure lives in them now. */
  nodesOf(paint: Paint): Text[];
}

/** Where the browser has the Custom Highlight API (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function hasHighlightApi(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

class CustomHighlightPainter implements Painter {
  readonly touchesDom = false;
  private readonly highlights = new Map<string, Highlight>();

  constructor(private readonly win: Window & typeof globalThis) {}

  private highlight(name: string, priority = 0): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = priority;
      this.highlights.set(name, h);
      this.win.CSS.highlights.set(name, h);
    }
    return h;
  }

  paint(figures: readonly Painting[]): Paint[] {
    return figures.map(({ kind, range }) => {
      this.highlight(highlightName(kind)).add(range);
      return range;
    });
  }

  nodesOf(): Text[] {
    return [];
  }

  erase(paint: Paint): void {
    for (const kind of KINDS) this.highlights.get(highlightName(kind))?.delete(paint as Range);
    if (this.highlights.get(highlightName('focus'))?.has(paint as Range)) this.focus(null);
  }

  eraseAll(): void {
    for (const name of this.highlights.keys()) {
      // Only our own entry: the page may have put its own highlight under the same name since.
      if (this.win.CSS.highlights.get(name) === this.highlights.get(name)) this.win.CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }

  focus(paint: Paint | null): void {
    const name = highlightName('focus');
    if (paint) {
      const h = this.highlight(name, 1);
      h.clear();
      h.add(paint as Range);
      return;
    }
    // No focus, no entry: the registry holds nothing of ours that paints nothing.
    const h = this.highlights.get(name);
    if (!h) return;
    h.clear();
    if (this.win.CSS.highlights.get(name) === h) this.win.CSS.highlights.delete(name);
    this.highlights.delete(name);
  }
}

class WrappingPainter implements Painter {
  readonly touchesDom = true;
  /** In wrapping order: undone in reverse, which is what restores split text nodes exactly. */
  private readonly wrappings = new Set<Wrapping>();
  private focused: Wrapping | null = null;

  paint(figures: readonly Painting[]): Paint[] {
    const paints: Paint[] = new Array(figures.length);
    // Last first: wrapping a figure splits and moves only text at or after it,
    // so the ranges of the figures before it in the same node stay valid.
    for (let i = figures.length - 1; i >= 0; i--) {
      const { kind, range } = figures[i]!;
      const w = wrapRange(range, kind);
      this.wrappings.add(w);
      // The move reset the figure's own range: point it at the wrapped text, for hit tests.
      const first = w.marks[0]?.firstChild;
      const last = w.marks[w.marks.length - 1]?.lastChild;
      if (first && last) {
        range.setStart(first, 0);
        range.setEnd(last, (last as Text).length);
      }
      paints[i] = w;
    }
    return paints;
  }

  nodesOf(paint: Paint): Text[] {
    return (paint as Wrapping).marks.flatMap((m) => [...m.childNodes].filter((n): n is Text => n.nodeType === 3));
  }

  erase(paint: Paint): void {
    const w = paint as Wrapping;
    if (this.focused === w) this.focus(null);
    unwrap(w);
    this.wrappings.delete(w);
  }

  eraseAll(): void {
    this.focus(null);
    for (const w of [...this.wrappings].reverse()) unwrap(w);
    this.wrappings.clear();
  }

  focus(paint: Paint | null): void {
    for (const mark of this.focused?.marks ?? []) mark.removeAttribute('data-focus');
    this.focused = (paint as Wrapping | null) ?? null;
    for (const mark of this.focused?.marks ?? []) mark.setAttribute('data-focus', '');
  }
}

export function createPainter(win: Window & typeof globalThis): Painter {
  return hasHighlightApi(win) ? new CustomHighlightPainter(win) : new WrappingPainter();
}
