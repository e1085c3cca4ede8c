/**
 * Where each read of the page goes in the page-wide text space, and the ids
 * its new figures get.
 *
 * A full read occupies [0, length) exactly as the text model (and the scan
 * CLI) sees the page. Every block and open shadow root it meets keeps its
 * stretch of that text (its region): when the node is read again and its
 * text still fits there, the new read goes back in the same place, so a
 * paragraph whose numbers change keeps its figures where the paragraph is in
 * the page, and one read again unchanged gives exactly the figures it gave
 * before. Anything else (a block added later, one that grew) gets a fresh
 * stretch after everything handed out, so two reads never overlap.
 *
 * Ids come from a counter of their own that only grows while the page lasts,
 * a stretch of it per read: the first read's ids are `f<start>`, as the scan
 * CLI's are, and an id is never handed out twice, however the offsets move.
 */

export type RegionList = Array<[node: Element | ShadowRoot, start: number, end: number]>;

export interface Placement {
  /** Where the read's text starts in the page space. */
  base: number;
  /** Where its ids start: a new figure at `start` in the read is `f<idBase + start>`. */
  idBase: number;
}

interface Region {
  start: number;
  end: number;
}

export class PageSpace {
  private regions = new WeakMap<Node, Region>();
  /** Where the next fresh stretch starts. */
  private end = 0;
  private ids = 0;

  /** A new page: offsets and ids from zero. */
  reset(): void {
    this.regions = new WeakMap();
    this.end = 0;
    this.ids = 0;
  }

  /**
   * A read of the whole page, `regions` relative to its start: the space
   * starts over (ids do not; they stay unique for as long as the page lasts).
   */
  whole(root: Node, length: number, regions: RegionList): Placement {
    this.regions = new WeakMap();
    this.end = 0;
    const base = this.allocate(length);
    this.regions.set(root, { start: base, end: base + length });
    this.record(root, base, regions);
    return { base, idBase: this.reserveIds(length) };
  }

  /** A subtree read again: in its own region when its text fits there, else after everything. */
  part(root: Node, length: number, regions: RegionList): Placement {
    const own = this.regions.get(root);
    let base: number;
    if (own && length <= own.end - own.start) {
      // The region keeps its room: the text may grow back into it.
      base = own.start;
    } else {
      base = this.allocate(length);
      this.regions.set(root, { start: base, end: base + length });
    }
    this.record(root, base, regions);
    return { base, idBase: this.reserveIds(length) };
  }

  /**
   * A subtree left the page: its nodes lose their regions, so one that comes
   * back elsewhere (a paragraph moved) is not read into its old place.
   */
  forgetUnder(subtree: Node): void {
    const stack: Node[] = [subtree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType !== 1 && node.nodeType !== 11) continue;
      this.regions.delete(node);
      const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
      if (shadow) stack.push(shadow);
      for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
    }
  }

  private record(root: Node, base: number, regions: RegionList): void {
    for (const [node, start, end] of regions) {
      if (node !== root) this.regions.set(node, { start: base + start, end: base + Math.max(start, end) });
    }
  }

  private allocate(length: number): number {
    const base = this.end;
    // One more: a stretch ends as a block does, with a line break before the next.
    this.end += length + 1;
    return base;
  }

  private reserveIds(length: number): number {
    const base = this.ids;
    this.ids += length + 1;
    return base;
  }
}
