/**
 * What keeps one page from costing the worker more than a page should, and
 * what makes the worker whole again when it holds less than the page.
 *
 * Rates: every tab has a token bucket for the messages that change what the
 * worker holds (page:start, page:update, figures:add, figures:remove) and
 * the settings write (settings:highlights). A 2 MB
 * article sends about 20 of them in a burst, a resend as many again; 30 fake
 * `pageshow` events once sent 881. What exceeds the bucket is dropped, with
 * one logged line per burst, and once the page has been calm for CALM_MS the
 * worker asks it to send everything again (a bounded number of times).
 *
 * Resends: when the worker holds fewer figures than the page says it holds
 * (`held` in figures:add/remove, or recorded in a snapshot that was thinned
 * to fit the storage budget), it sends the tab `figures:resend` — at most
 * once per page load (a restarted worker starts a new count).
 */
import type { TabMessage } from '@/lib/messages';

export interface GuardOptions {
  /** Messages a tab may send at once… */
  capacity: number;
  /** …and per second after that. */
  perSecond: number;
  /** Quiet time after the last dropped message before the page is asked to resend (at least until the bucket is full again). */
  calmMs: number;
  /** Resends asked after drops, per tab, for the worker's lifetime. */
  maxCalmResends: number;
  now: () => number;
}

export const GUARD_DEFAULTS: GuardOptions = { capacity: 120, perSecond: 20, calmMs: 2000, maxCalmResends: 3, now: () => Date.now() };

/** The messages that count against a tab's bucket. */
const METERED = new Set(['page:start', 'page:update', 'figures:add', 'figures:remove', 'settings:highlights']);

interface Bucket {
  tokens: number;
  at: number;
  dropped: number;
  calm?: ReturnType<typeof setTimeout>;
  calmResends: number;
}

export type Tell = (tabId: number, message: TabMessage) => Promise<unknown>;

export class PageGuard {
  private readonly buckets = new Map<number, Bucket>();
  /** The page load each tab was last asked to resend. */
  private readonly asked = new Map<number, number>();
  private readonly options: GuardOptions;

  constructor(
    private readonly tell: Tell,
    options: Partial<GuardOptions> = {},
  ) {
    this.options = { ...GUARD_DEFAULTS, ...options };
  }

  /** Whether a message of `type` from the tab is taken; false: drop it (logged once per burst). */
  admit(tabId: number, type: string): boolean {
    if (!METERED.has(type)) return true;
    const { capacity, perSecond, now } = this.options;
    const bucket = this.bucket(tabId);
    const t = now();
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return true;
    }
    if (bucket.dropped++ === 0) console.warn(`FigureLens: tab ${tabId} sends faster than ${perSecond} messages a second: dropping (${type} first)`);
    this.afterCalm(tabId, bucket);
    return false;
  }

  /** Asks the tab to send its figures again if the worker is short of them, once per page load. */
  askIfShort(tabId: number, short: { pageLoad: number; holds: number; held: number } | null): void {
    if (!short || this.asked.get(tabId) === short.pageLoad) return;
    this.asked.set(tabId, short.pageLoad);
    this.resend(tabId, `holds ${short.holds} of the page's ${short.held} figures`);
  }

  forget(tabId: number): void {
    clearTimeout(this.buckets.get(tabId)?.calm);
    this.buckets.delete(tabId);
    this.asked.delete(tabId);
  }

  private bucket(tabId: number): Bucket {
    let bucket = this.buckets.get(tabId);
    if (!bucket) {
      bucket = { tokens: this.options.capacity, at: this.options.now(), dropped: 0, calmResends: 0 };
      this.buckets.set(tabId, bucket);
    }
    return bucket;
  }

  private afterCalm(tabId: number, bucket: Bucket): void {
    clearTimeout(bucket.calm);
    bucket.calm = setTimeout(() => {
      bucket.calm = undefined;
      const dropped = bucket.dropped;
      bucket.dropped = 0;
      if (bucket.calmResends >= this.options.maxCalmResends) return;
      bucket.calmResends++;
      this.resend(tabId, `${dropped} message(s) were dropped`);
    }, Math.max(this.options.calmMs, ((this.options.capacity - bucket.tokens) / this.options.perSecond) * 1000));
  }

  private resend(tabId: number, why: string): void {
    console.warn(`FigureLens: asking tab ${tabId} to send its figures again: the worker ${why}`);
    this.tell(tabId, { type: 'figures:resend' }).catch(() => undefined);
  }
}
