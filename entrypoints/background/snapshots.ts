/**
 * Session storage for the tabs' figures, within its quota by design.
 *
 * Chromium gives an extension's session storage 10 MB for everything. Each
 * tab is stored as one compact string (lib/tab-snapshot) under a generation
 * key, `tab:<id>:<gen>`; the tab's pointer (`tabSnapshotKey`) names the
 * generation in force, and a directory (`tabs`) keeps every tab's bytes and
 * when it was last used. A write never leaves a partial snapshot: the new
 * generation is written under a new key, then the pointer and the directory
 * are switched in one call, then the old generation is deleted. If a write
 * fails, the old generation stays in force.
 *
 * Budgets: one tab at most PER_TAB bytes, all tabs TOTAL, and while a tab is
 * being rewritten (old and new generation side by side) TRANSIENT. To make
 * room the least recently used other tabs lose their figures first; what is
 * kept of them is the page and how many figures it held, so a restarted
 * worker knows it is short and asks the page to send them again. A page
 * too big for its budget is kept the same way.
 */
import { browser } from 'wxt/browser';
import type { Figure, PageInfo } from '@/lib/figure';
import { decodeSnapshot, encodeSnapshot, utf8Bytes } from '@/lib/tab-snapshot';
import { tabSnapshotKey, type TabPointer } from '@/utils/tab-snapshot-key';

export interface Budget {
  perTab: number;
  total: number;
  transient: number;
}

const MB = 1024 * 1024;
/** Leaves 0.5 MB of the 10 MB for the pointers, the directory and a rewrite in flight. */
export const SESSION_BUDGET: Budget = { perTab: 4 * MB, total: 7.5 * MB, transient: 9.5 * MB };

const DIRECTORY = 'tabs';
const dataKey = (tabId: number, gen: number) => `tab:${tabId}:${gen}`;

interface Entry {
  gen: number | null;
  /** The last generation number used (the one in force, or one before a thinning). */
  seq: number;
  bytes: number;
  usedAt: number;
}

type Directory = Record<string, Entry>;

export interface StoredTab {
  page: PageInfo | null;
  figures: Figure[];
  /** Figures the page held when written (at least `figures.length`). */
  held: number;
}

export interface SnapshotStore {
  read(tabId: number): Promise<StoredTab | null>;
  write(tabId: number, page: PageInfo | null, figures: readonly Figure[], held: number): Promise<void>;
  /** The tab was read: it is the last to lose its figures. */
  touch(tabId: number): void;
  forget(tabId: number): Promise<void>;
}

export function snapshotStore(budget: Budget = SESSION_BUDGET, now: () => number = Date.now): SnapshotStore {
  const area = () => browser.storage.session;
  let directory: Promise<Directory> | null = null;
  // One write at a time over all tabs: each decides on the directory the last one left.
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };

  const dir = () =>
    (directory ??= area()
      .get(DIRECTORY)
      .then((got) => (got[DIRECTORY] as Directory | undefined) ?? {})
      .then(async (found) => {
        await sweep(found);
        return found;
      }));

  /** Generations no pointer names (a worker stopped between writing one and switching to it). */
  const sweep = async (found: Directory) => {
    const getKeys = (area() as { getKeys?: () => Promise<string[]> }).getKeys;
    if (typeof getKeys !== 'function') return;
    // Chrome 130+. Elsewhere (and in the fake browser, where it throws) an orphan is the generation after the
    // last one used: the tab's next write overwrites it, and forget() removes it.
    const keys = await Promise.resolve()
      .then(() => getKeys.call(area()))
      .catch(() => [] as string[]);
    const orphans = keys.filter((k) => {
      const m = /^tab:(\d+):(\d+)$/.exec(k);
      return m && found[m[1]!]?.gen !== Number(m[2]);
    });
    if (orphans.length > 0) await area().remove(orphans).catch(() => undefined);
  };

  const othersBytes = (d: Directory, tabId: number) => Object.entries(d).reduce((n, [id, e]) => (Number(id) === tabId ? n : n + e.bytes), 0);

  /** Switches a tab to `pointer` (and its generation), then deletes the generation it replaces. */
  const commit = async (d: Directory, tabId: number, pointer: TabPointer, bytes: number) => {
    const old = d[tabId];
    const next: Directory = { ...d, [tabId]: { gen: pointer.gen, seq: Math.max(old?.seq ?? 0, pointer.gen ?? 0), bytes, usedAt: now() } };
    await area().set({ [tabSnapshotKey(tabId)]: pointer, [DIRECTORY]: next });
    Object.assign(d, next);
    if (old?.gen != null && old.gen !== pointer.gen) await area().remove(dataKey(tabId, old.gen)).catch(() => undefined);
  };

  /** The least recently used other tab keeps only its page and count. */
  const thinOut = async (d: Directory, tabId: number): Promise<boolean> => {
    const victim = Object.entries(d)
      .filter(([id, e]) => Number(id) !== tabId && e.bytes > 0)
      .sort((a, b) => a[1].usedAt - b[1].usedAt)[0];
    if (!victim) return false;
    const id = Number(victim[0]);
    const pointer = (await area().get(tabSnapshotKey(id)))[tabSnapshotKey(id)] as TabPointer | undefined;
    const thin: TabPointer = { gen: null, page: pointer?.page ?? null, count: 0, held: Math.max(pointer?.held ?? 0, pointer?.count ?? 0) };
    await commit(d, id, thin, 0);
    d[id] = { ...d[id]!, usedAt: victim[1].usedAt };
    console.warn(`FigureLens: session storage budget: tab ${id} keeps its page only (${pointer?.count ?? 0} figures to be asked again after a restart)`);
    return true;
  };

  const write = async (tabId: number, page: PageInfo | null, figures: readonly Figure[], held: number) => {
    const d = await dir();
    const old = d[tabId];
    const gen = (old?.seq ?? 0) + 1;
    let text: string | null = page && figures.length > 0 ? encodeSnapshot(page, figures) : null;
    let bytes = text === null ? 0 : utf8Bytes(text) + dataKey(tabId, gen).length;
    if (bytes > budget.perTab) {
      console.warn(`FigureLens: tab ${tabId}'s ${figures.length} figures (${bytes} bytes) are over the per-tab budget: only its page is kept`);
      text = null;
      bytes = 0;
    }
    while (text !== null && (othersBytes(d, tabId) + bytes > budget.total || othersBytes(d, tabId) + (old?.bytes ?? 0) + bytes > budget.transient)) {
      if (!(await thinOut(d, tabId))) {
        text = null;
        bytes = 0;
      }
    }
    const pointer: TabPointer = { gen: text === null ? null : gen, page, count: text === null ? 0 : figures.length, held: Math.max(held, figures.length) };
    try {
      if (text !== null) await area().set({ [dataKey(tabId, gen)]: text });
      await commit(d, tabId, pointer, bytes);
    } catch (error) {
      // The quota is shared with nothing else of ours, so this is unexpected: the old generation stays in force.
      if (text !== null) await area().remove(dataKey(tabId, gen)).catch(() => undefined);
      console.warn('FigureLens: could not persist tab', tabId, error);
    }
  };

  return {
    read: (tabId) =>
      serial(async () => {
        await dir();
        const pointer = (await area().get(tabSnapshotKey(tabId)))[tabSnapshotKey(tabId)] as TabPointer | undefined;
        if (!pointer || !('held' in pointer)) return null;
        const stored = pointer.gen === null ? null : decodeSnapshot((await area().get(dataKey(tabId, pointer.gen)))[dataKey(tabId, pointer.gen)]);
        const figures = stored?.figures ?? [];
        return { page: pointer.page, figures, held: Math.max(pointer.held, pointer.count) };
      }),
    write: (tabId, page, figures, held) => serial(() => write(tabId, page, figures, held)),
    touch: (tabId) => {
      void dir().then((d) => {
        if (d[tabId]) d[tabId].usedAt = now();
      });
    },
    forget: (tabId) =>
      serial(async () => {
        const d = await dir();
        const seq = d[tabId]?.seq ?? 0;
        delete d[tabId];
        await area().remove([tabSnapshotKey(tabId), dataKey(tabId, seq), dataKey(tabId, seq + 1)]);
        await area().set({ [DIRECTORY]: d });
      }),
  };
}
