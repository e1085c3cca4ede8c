/**
 * The figures placed on this page: each with its Range, the text nodes it
 * covers and its paint, found by id (messages), by text node (hover, page
 * changes) and in document order (stepping with the keyboard).
 */
import type { Figure } from '@/lib/figure';
import { compareStarts } from './order';
import type { Paint } from './painter';

export interface Placed {
  /** What the worker was told (a read of the whole page again may move its offsets). */
  figure: Figure;
  /** The figure's text; for one across a shadow boundary, its part in the tree where it starts. */
  readonly range: Range;
  /** The text nodes the figure covers; a change to any of them unplaces it. */
  readonly nodes: Text[];
  /** False for a figure across a shadow boundary: listed, but no Range can paint it. */
  readonly paintable: boolean;
  paint: Paint | null;
  gone?: boolean;
}

export class FigureIndex {
  private readonly byId = new Map<string, Placed>();
  private readonly byNode = new Map<Text, Placed[]>();
  private ordered: Placed[] = [];

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Placed | undefined {
    return this.byId.get(id);
  }

  /** Every figure, in document order. */
  all(): readonly Placed[] {
    return this.ordered;
  }

  /**
   * Adds figures that follow one another in the page with no other figure
   * between them (one block's worth, or a whole page read in order). Says
   * whether their offsets fit between their neighbours' (document order and
   * offset order agree).
   */
  addRun(run: readonly Placed[]): boolean {
    if (run.length === 0) return true;
    for (const placed of run) {
      this.byId.set(placed.figure.id, placed);
      this.link(placed, placed.nodes);
    }
    const at = this.insertionPoint(run[0]!.range);
    const before = this.ordered[at - 1];
    const after = this.ordered[at];
    if (at === this.ordered.length) for (const placed of run) this.ordered.push(placed);
    else this.ordered.splice(at, 0, ...run);
    return (!before || before.figure.start < run[0]!.figure.start) && (!after || run[run.length - 1]!.figure.start < after.figure.start);
  }

  /** Files `placed` under more text nodes (the ones a wrapping painter made). */
  link(placed: Placed, nodes: readonly Text[]): void {
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) this.byNode.set(node, [placed]);
      else if (!list.includes(placed)) list.push(placed);
      if (!placed.nodes.includes(node)) placed.nodes.push(node);
    }
  }

  /** Takes out every figure that covers one of `nodes`, and returns them. */
  removeCovering(nodes: Iterable<Text>): Placed[] {
    const gone: Placed[] = [];
    for (const node of nodes) {
      for (const placed of this.byNode.get(node) ?? []) {
        if (placed.gone) continue;
        placed.gone = true;
        gone.push(placed);
      }
    }
    this.forget(gone);
    return gone;
  }

  /**
   * Takes out figures whose text left the page without a record saying so
   * (a page can move nodes between observations): keeps memory flat on pages
   * that change all the time.
   */
  sweep(): Placed[] {
    const gone = this.ordered.filter((p) => !p.range.startContainer.isConnected);
    for (const placed of gone) placed.gone = true;
    this.forget(gone);
    return gone;
  }

  /** The highlighted figure under a caret position (from caretPositionFromPoint). */
  at(node: Node, offset: number): Placed | undefined {
    if (node.nodeType !== 3) return undefined;
    return this.byNode.get(node as Text)?.find((p) => p.paintable && p.range.isPointInRange(node, offset));
  }

  /** The first highlighted figure among `nodes` (an element that took keyboard focus, say). */
  firstAmong(nodes: Iterable<Text>): Placed | undefined {
    for (const node of nodes) {
      const hit = this.byNode.get(node)?.find((p) => p.paintable);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The highlighted figure after (1) or before (-1) `from` in document order, wrapping around. */
  step(from: Placed | null, direction: 1 | -1): Placed | undefined {
    const list = this.ordered;
    const n = list.length;
    const at = from ? list.indexOf(from) : -1;
    let i = at < 0 ? (direction === 1 ? -1 : n) : at;
    for (let tries = 0; tries < n; tries++) {
      i = (i + direction + n) % n;
      if (list[i]!.paintable) return list[i];
    }
    return undefined;
  }

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
    this.ordered = [];
  }

  private forget(gone: readonly Placed[]): void {
    if (gone.length === 0) return;
    for (const placed of gone) {
      this.byId.delete(placed.figure.id);
      for (const node of placed.nodes) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const rest = list.filter((p) => p !== placed);
        if (rest.length === 0) this.byNode.delete(node);
        else this.byNode.set(node, rest);
      }
    }
    this.ordered = this.ordered.filter((p) => !p.gone);
  }

  /** Where a run starting at `range` goes: usually the end (a page read top to bottom). */
  private insertionPoint(range: Range): number {
    const list = this.ordered;
    if (list.length === 0 || compareStarts(list[list.length - 1]!.range, range) <= 0) return list.length;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareStarts(list[mid]!.range, range) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
