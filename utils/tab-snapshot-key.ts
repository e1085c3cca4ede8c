/**
 * The session-storage key the worker rewrites each time a tab's stored
 * figures change (its pointer to the newest snapshot): the popup watches it
 * to refresh, the worker writes it, browser tests read its `count`. One
 * definition, so the three never drift apart.
 */
import type { PageInfo } from '@/lib/figure';

export const tabSnapshotKey = (tabId: number) => `tab:${tabId}`;

/** What the key holds: a small record, never the figures themselves. */
export interface TabPointer {
  /** The generation whose data key holds the figures; null when only the page is kept (over budget, evicted). */
  gen: number | null;
  page: PageInfo | null;
  /** Figures in the stored generation. */
  count: number;
  /** Figures the page held when this was written: more than `count` means a restarted worker must ask for them again. */
  held: number;
}
