/**
 * When one page is read whole again, and when its record is looked at again.
 *
 * Offsets and page order part only where a read had to go after everything
 * although more of the page follows it; once the page has stopped doing that
 * for RESYNC_MS, it is read again. Full reads are spaced by what they cost
 * (FULL_READ_SPACING times the last one), so a page that keeps doing it costs
 * a bounded share of the main thread. One timer at most: the earliest asked for.
 */

/**
 * How long a page must go without breaking page order before it is read
 * again to restore it, and how often the page record (title, language, date)
 * is looked at again while the page changes.
 */
export const RESYNC_MS = 5000;
/** A full read again waits at least this many times as long as the last one took. */
const FULL_READ_SPACING = 20;

/**
 * Why the whole page is to be read again: page order, the page's language
 * changed, too many changes to sort out, or a job that failed midway (what it
 * placed and sent is unknown).
 */
export type FullRead = 'order' | 'lang' | 'overflow' | 'failed';

export interface RereadDeps {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  /** The timer fired: a full read if due(), else a look at the page record. */
  upkeep: () => void;
}

export class RereadPolicy {
  private fullRead: FullRead | null = null;
  private orderBrokenAt = Number.NEGATIVE_INFINITY;
  private lastFullRead = { at: Number.NEGATIVE_INFINITY, took: 0 };
  /** The pending timer (a token: a timer replaced by an earlier one does nothing when it fires) and when it fires. */
  private upkeep: { token: object; at: number } | null = null;

  constructor(private readonly deps: RereadDeps) {}

  /** A full read is wanted, due or not. */
  get wanted(): boolean {
    return this.fullRead !== null;
  }

  /** A full read is wanted and its time has come. */
  get due(): boolean {
    return this.fullRead !== null && this.fullReadDue() <= this.deps.now();
  }

  want(reason: FullRead): void {
    // A changed language or lost changes need the read however the page behaves; order only once it is calm.
    if (reason !== 'order' || this.fullRead === null) this.fullRead = reason;
    this.scheduleForRead();
  }

  /** A read placed a figure out of page order just now. */
  orderBroken(): void {
    this.orderBrokenAt = this.deps.now();
    this.want('order');
  }

  /** A full read begins: counted from its start too, so a read that keeps failing is tried again no more often than one that works. */
  readBegins(at: number): void {
    this.fullRead = null;
    this.lastFullRead = { ...this.lastFullRead, at };
  }

  readDone(began: number): void {
    const { now } = this.deps;
    this.lastFullRead = { at: now(), took: now() - began };
  }

  /** The timer again for the full read still wanted. */
  scheduleForRead(): void {
    this.schedule(Math.max(0, this.fullReadDue() - this.deps.now()));
  }

  schedule(delay = RESYNC_MS): void {
    const at = this.deps.now() + delay;
    if (this.upkeep && this.upkeep.at <= at) return;
    const token = {};
    this.upkeep = { token, at };
    this.deps.setTimeout(() => {
      if (this.upkeep?.token !== token) return;
      this.upkeep = null;
      this.deps.upkeep();
    }, delay);
  }

  /** The page was left: a pending timer does nothing. */
  stop(): void {
    this.upkeep = null;
  }

  private fullReadDue(): number {
    const spaced = this.lastFullRead.at + Math.max(RESYNC_MS, FULL_READ_SPACING * this.lastFullRead.took);
    return this.fullRead === 'order' ? Math.max(spaced, this.orderBrokenAt + RESYNC_MS) : spaced;
  }
}
