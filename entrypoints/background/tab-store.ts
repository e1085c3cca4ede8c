import { storage } from 'wxt/utils/storage';
import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_TAB, type TabSummary } from '@/lib/messages';
import { mergeInPageOrder } from '@/lib/page-order';

/**
 * Each tab's page and the figures its content script found.
 *
 * The detected figures are the truth: they are kept in session storage (a
 * restarted service worker loses nothing) and in memory. Their analysis
 * (normalization and notes, which depend on the whole page and on the
 * reader's settings) is computed when someone reads the tab and cached until
 * a batch arrives or the settings change — a 2 MB page sends 16 batches in a
 * burst, and re-analysing the page for each would be quadratic.
 */
export type Analyze = (page: PageInfo, figures: Figure[]) => Figure[];

interface TabState {
  page: PageInfo | null;
  figures: Figure[];
  analyzed?: Figure[];
}

/**
 * What session storage holds per tab. Each sentence is kept once: a page's
 * figures share sentences ("9 trillion yuan … 9.8 percent … 38.7 percent"),
 * and session storage is 10 MB for all tabs together.
 */
interface StoredTab {
  page: PageInfo | null;
  sentences: string[];
  figures: Array<Omit<Figure, 'sentence'> & { sentence: number }>;
}

function pack(page: PageInfo | null, figures: Figure[]): StoredTab {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const packed = figures.map((f) => {
    let at = index.get(f.sentence);
    if (at === undefined) {
      at = sentences.push(f.sentence) - 1;
      index.set(f.sentence, at);
    }
    return { ...f, sentence: at };
  });
  return { page, sentences, figures: packed };
}

function unpack(stored: StoredTab): TabState {
  return { page: stored.page, figures: stored.figures.map((f) => ({ ...f, sentence: stored.sentences[f.sentence] ?? '' })) };
}

/** Writes wait this long for more batches, so a burst is persisted once… */
const PERSIST_DELAY_MS = 200;
/** …but no longer than this: a page that changes every 100 ms is still written. */
const PERSIST_MAX_WAIT_MS = 2000;

const key = (tabId: number) => `session:tab:${tabId}` as const;
const memory = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();
const pendingWrites = new Map<number, ReturnType<typeof setTimeout>>();
/** When the oldest change not yet written was made, per tab. */
const dirtySince = new Map<number, number>();

function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

async function load(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await storage.getItem<StoredTab>(key(tabId));
  const state: TabState = stored?.sentences ? unpack(stored) : { page: null, figures: [] };
  memory.set(tabId, state);
  return state;
}

async function persist(tabId: number): Promise<void> {
  const state = memory.get(tabId);
  if (!state) return;
  try {
    await storage.setItem<StoredTab>(key(tabId), pack(state.page, state.figures));
  } catch (error) {
    // Session storage holds 10 MB for all tabs; a huge page may not fit. The
    // in-memory copy still serves, and after a restart the popup sees fewer
    // figures than the page holds and asks the page to send them again.
    console.warn('FigureLens: could not persist tab', tabId, error);
  }
}

function schedulePersist(tabId: number): void {
  const now = Date.now();
  const since = dirtySince.get(tabId) ?? now;
  dirtySince.set(tabId, since);
  clearTimeout(pendingWrites.get(tabId));
  pendingWrites.set(
    tabId,
    setTimeout(
      () => {
        pendingWrites.delete(tabId);
        dirtySince.delete(tabId);
        void serial(tabId, () => persist(tabId));
      },
      Math.max(0, Math.min(PERSIST_DELAY_MS, since + PERSIST_MAX_WAIT_MS - now)),
    ),
  );
}

function cancelPersist(tabId: number): void {
  clearTimeout(pendingWrites.get(tabId));
  pendingWrites.delete(tabId);
  dirtySince.delete(tabId);
}

/** The tab's page and its analysed figures. */
export function getTab(tabId: number, analyze: Analyze): Promise<TabSummary> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page) return { page: null, figures: [] };
    if (!state.analyzed) {
      try {
        state.analyzed = analyze(state.page, state.figures);
      } catch (error) {
        // A bug in a rule must not hide the page's figures: show them as detected.
        console.warn('FigureLens: analysis failed, showing figures as detected:', error);
        state.analyzed = state.figures;
      }
    }
    return { page: state.page, figures: state.analyzed };
  });
}

export function startPage(tabId: number, page: PageInfo): Promise<void> {
  return serial(tabId, async () => {
    memory.set(tabId, { page, figures: [] });
    cancelPersist(tabId);
    await persist(tabId);
  });
}

/**
 * Adds a batch for the page at `url` and returns how many figures the tab
 * now holds; a batch from a page the tab has left is dropped (null).
 */
export function addFigures(tabId: number, url: string, batch: Figure[]): Promise<number | null> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return null;
    const room = MAX_FIGURES_PER_TAB - state.figures.length;
    if (room > 0 && batch.length > 0) {
      state.figures = mergeInPageOrder(state.figures, room < batch.length ? batch.slice(0, room) : batch);
      delete state.analyzed;
      schedulePersist(tabId);
    }
    return state.figures.length;
  });
}

/** The page's title, language or date changed: same figures, analysed again. */
export function updatePage(tabId: number, page: PageInfo): Promise<boolean> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== page.url) return false;
    state.page = page;
    delete state.analyzed;
    schedulePersist(tabId);
    return true;
  });
}

/** Drops figures that left the page at `url`; returns how many the tab still holds, or null for another page. */
export function removeFigures(tabId: number, url: string, ids: string[]): Promise<number | null> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return null;
    const gone = new Set(ids);
    const kept = state.figures.filter((f) => !gone.has(f.id));
    if (kept.length !== state.figures.length) {
      state.figures = kept;
      delete state.analyzed;
      schedulePersist(tabId);
    }
    return state.figures.length;
  });
}

/** FigureLens stopped on the page at `url` (its site was turned off): the tab holds nothing now. */
export function endPage(tabId: number, url: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return;
    memory.set(tabId, { page: null, figures: [] });
    cancelPersist(tabId);
    await persist(tabId);
  });
}

/** The tab left the page at its stored URL (a navigation the content script could not announce). */
export function leftPage(tabId: number, url: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (state.page && withoutHash(state.page.url) !== withoutHash(url)) {
      memory.set(tabId, { page: null, figures: [] });
      await persist(tabId);
    }
  });
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The reader's settings changed: every tab's analysis is stale. */
export function invalidateAnalyses(): void {
  for (const state of memory.values()) delete state.analyzed;
}

export function forgetTab(tabId: number): Promise<void> {
  cancelPersist(tabId);
  const chain = serial(tabId, async () => {
    memory.delete(tabId);
    await storage.removeItem(key(tabId));
  });
  const tail = queues.get(tabId);
  // Only this chain's own entry: a newer one may have been queued meanwhile.
  return chain.finally(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
}

/** Test hook: forget the in-memory copies, as a restarted worker would. */
export function dropMemoryForTests(): void {
  memory.clear();
}
