/**
 * What the worker keeps in session storage for a tab, read the way a
 * restarted worker reads it (entrypoints/background/snapshots.ts): the
 * tab's pointer names the generation in force, decoded here with the same
 * lib/tab-snapshot the worker uses.
 */
import type { Session } from './harness';
import type { Figure, PageInfo } from '../lib/figure';
import { decodeSnapshot } from '../lib/tab-snapshot';
import { tabSnapshotKey, type TabPointer } from '../utils/tab-snapshot-key';

export interface StoredTab {
  page: PageInfo | null;
  figures: Figure[];
  /** What the pointer says: figures stored, and figures the page held. */
  count: number;
  held: number;
  /** Bytes the pointer and the generation in force take in session storage, as Chromium counts them. */
  bytes: number;
}

/** The tab's stored page and figures (none when nothing is stored). */
export async function storedTab(session: Session, tabId: number): Promise<StoredTab> {
  const key = tabSnapshotKey(tabId);
  const raw = await session.worker!.evaluate(
    async ({ key }) => {
      const pointer = (await chrome.storage.session.get(key))[key] as { gen: number | null } | undefined;
      if (!pointer) return null;
      const keys = pointer.gen === null ? [key] : [key, `${key}:${pointer.gen}`];
      const data = pointer.gen === null ? null : (await chrome.storage.session.get(`${key}:${pointer.gen}`))[`${key}:${pointer.gen}`];
      const bytes = await chrome.storage.session.getBytesInUse(keys);
      return { pointer, data, bytes };
    },
    { key },
  );
  if (!raw) return { page: null, figures: [], count: 0, held: 0, bytes: 0 };
  const pointer = raw.pointer as TabPointer;
  return { page: pointer.page, figures: decodeSnapshot(raw.data)?.figures ?? [], count: pointer.count, held: pointer.held, bytes: raw.bytes };
}
