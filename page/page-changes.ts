/**
 * The page's own changes, batched: records pile up until the page has been
 * changing for `delayMs` after the first one, then go out as one batch,
 * so a page that types a ticker every frame costs one small read every
 * `delayMs`, not one per frame. A page that piles up more records than
 * are worth sorting out in that time gets a null batch: read it all again.
 *
 * Attributes are watched only where they change what is visible text
 * (hidden, aria-hidden, open on <details>, contenteditable): class and style
 * flip constantly on many pages (hover effects, scroll-linked headers) and
 * would make us re-read whole containers for nothing.
 */
const OBSERVE: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'open', 'contenteditable'],
};

/** Records kept for one batch; past this the batch is "everything" (null). */
export const MAX_PENDING_RECORDS = 5000;

export class PageChanges {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private overflow = false;
  private timer: unknown = null;
  /** The document (or whatever was watched first) and the open shadow roots watched, pruned as their hosts leave. */
  private top: Node | null = null;
  private readonly roots = new Set<ShadowRoot>();

  constructor(
    private readonly onBatch: (records: MutationRecord[] | null) => void,
    private readonly schedule: (run: () => void, ms: number) => unknown,
    private readonly delayMs = 100,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  /** The document, and each open shadow root as the text model meets it. */
  watch(root: Node): void {
    if (root.nodeType === 11) {
      if (this.roots.has(root as ShadowRoot)) return;
      this.roots.add(root as ShadowRoot);
    } else this.top ??= root;
    this.observer.observe(root, OBSERVE);
  }

  /** The open shadow roots watched whose hosts are in the page. */
  shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((root) => root.host.isConnected);
  }

  /**
   * Runs a DOM change of ours (the wrapping fallback) so it does not come back
   * as a change of the page: what the page did before is kept, what we did is
   * dropped. Synchronous, so no page script can run in between.
   */
  quietly<T>(change: () => T): T {
    this.collect(this.observer.takeRecords());
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** Forgets what piled up (a full read is about to start anyway). */
  discard(): void {
    this.observer.takeRecords();
    this.pending = [];
    this.overflow = false;
  }

  stop(): void {
    this.observer.disconnect();
    this.pending = [];
    this.overflow = false;
    this.roots.clear();
    this.top = null;
  }

  private collect(records: MutationRecord[]): void {
    if (records.length === 0) return;
    if (!this.overflow) {
      if (this.pending.length + records.length > MAX_PENDING_RECORDS) {
        // Let go of what the records hold (removed subtrees among them): the page is read whole instead.
        this.overflow = true;
        this.pending = [];
      } else for (const record of records) this.pending.push(record);
    }
    if (this.timer !== null) return;
    this.timer = this.schedule(() => {
      this.prune();
      this.timer = null;
      const batch = this.overflow ? null : this.pending;
      this.pending = [];
      this.overflow = false;
      if (batch === null || batch.length > 0) this.onBatch(batch);
    }, this.delayMs);
  }

  /**
   * Stops watching shadow roots whose hosts left the page. An observer cannot
   * drop one node, so it starts over with the ones still there, keeping what
   * piled up; a host that comes back is read again and watched again.
   */
  private prune(): void {
    let left = false;
    for (const root of this.roots) {
      if (root.host.isConnected) continue;
      this.roots.delete(root);
      left = true;
    }
    if (!left) return;
    this.collect(this.observer.takeRecords());
    this.observer.disconnect();
    if (this.top) this.observer.observe(this.top, OBSERVE);
    for (const root of this.roots) this.observer.observe(root, OBSERVE);
  }
}
