/**
 * The page's own changes, batched: records pile up until the page has been
 * changing for `delayMs` after the first one, then go out as one batch,
 * so a page that types a ticker every frame costs one small read every
 * `delayMs`, not one per frame.
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

export class PageChanges {
  private readonly observer: MutationObserver;
  private pending: MutationRecord[] = [];
  private timer: unknown = null;

  constructor(
    private readonly onBatch: (records: MutationRecord[]) => void,
    private readonly schedule: (run: () => void, ms: number) => unknown,
    private readonly delayMs = 100,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  /** The document, and each open shadow root as the text model meets it. */
  watch(root: Node): void {
    this.observer.observe(root, OBSERVE);
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
  }

  stop(): void {
    this.observer.disconnect();
    this.pending = [];
  }

  private collect(records: MutationRecord[]): void {
    if (records.length === 0) return;
    for (const record of records) this.pending.push(record);
    if (this.timer !== null) return;
    this.timer = this.schedule(() => {
      this.timer = null;
      const batch = this.pending;
      this.pending = [];
      if (batch.length > 0) this.onBatch(batch);
    }, this.delayMs);
  }
}
