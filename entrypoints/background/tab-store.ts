import { storage } from 'wxt/utils/storage';
import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_TAB, type TabSummary } from '@/lib/messages';

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

/** Writes wait this long for more batches, so a burst is persisted once. */
const PERSIST_DELAY_MS = 200;

const key = (tabId: number) => `session:tab:${tabId}` as const;
const memory = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();
const pendingWrites = new Map<number, ReturnType<typeof setTimeout>>();

function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

async function load(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await storage.getItem<TabSummary>(key(tabId));
  const state: TabState = stored ?? { page: null, figures: [] };
  memory.set(tabId, state);
  return state;
}

async function persist(tabId: number): Promise<void> {
  const state = memory.get(tabId);
  if (!state) return;
  try {
    await storage.setItem<TabSummary>(key(tabId), { page: state.page, figures: state.figures });
  } catch (error) {
    // Session storage holds 10 MB for all tabs; a huge page may not fit. The
    // in-memory copy still serves, and the popup can ask the page to resend.
    console.warn('FigureLens: could not persist tab', tabId, error);
  }
}

function schedulePersist(tabId: number): void {
  clearTimeout(pendingWrites.get(tabId));
  pendingWrites.set(
    tabId,
    setTimeout(() => {
      pendingWrites.delete(tabId);
      void serial(tabId, () => persist(tabId));
    }, PERSIST_DELAY_MS),
  );
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
    clearTimeout(pendingWrites.get(tabId));
    pendingWrites.delete(tabId);
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
      state.figures = state.figures.concat(room < batch.length ? batch.slice(0, room) : batch);
      delete state.analyzed;
      schedulePersist(tabId);
    }
    return state.figures.length;
  });
}

/** The reader's settings changed: every tab's analysis is stale. */
export function invalidateAnalyses(): void {
  for (const state of memory.values()) delete state.analyzed;
}

export function forgetTab(tabId: number): Promise<void> {
  clearTimeout(pendingWrites.get(tabId));
  pendingWrites.delete(tabId);
  return serial(tabId, async () => {
    memory.delete(tabId);
    await storage.removeItem(key(tabId));
  }).finally(() => queues.delete(tabId));
}

/** Test hook: forget the in-memory copies, as a restarted worker would. */
export function dropMemoryForTests(): void {
  memory.clear();
}
