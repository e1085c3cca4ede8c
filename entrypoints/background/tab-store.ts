import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_TAB, type TabSummary } from '@/lib/messages';
import { mergeInPageOrder } from '@/lib/page-order';
import type { Analyze } from '@/lib/analysis-slices';
import { snapshotStore, type SnapshotStore } from './snapshots';
import { TabAnalysis } from './tab-analysis';

export type { Analyze };

/**
 * Each tab's page and the figures its content script found.
 *
 * The detected figures are the truth: they are kept in memory and in session
 * storage (./snapshots, within its quota; a restarted service worker reads
 * them back). Their analysis (normalization and notes, which depend on the
 * page and on the reader's settings) is computed only when someone reads the
 * tab, a slice at a time (./tab-analysis): a batch never triggers analysis,
 * and a hover lookup costs one slice, never the page.
 *
 * Changes to one tab run one after another (its queue); reads wait for them
 * but not for storage writes, which go on a timer and a queue of their own.
 */
interface TabState {
  page: PageInfo | null;
  figures: Figure[];
  byId: Map<string, Figure>;
  /** What the page last said it holds for the worker (`held` of figures:add/remove), or what a stored snapshot recorded. */
  held?: number;
  /** Figures the validator refused on this page: the page counts them, the worker never will. */
  refused: number;
  /** Bumped by every page:start: the worker asks a page to resend at most once per load. */
  pageLoad: number;
  analysis: TabAnalysis;
}

/** Writes wait this long for more batches, so a burst is persisted once… */
const PERSIST_DELAY_MS = 200;
/** …but no longer than this: a page that changes every 100 ms is still written. */
const PERSIST_MAX_WAIT_MS = 2000;

let snapshots: SnapshotStore = snapshotStore();
const memory = new Map<number, TabState>();
const queues = new Map<number, Promise<unknown>>();
const pendingWrites = new Map<number, ReturnType<typeof setTimeout>>();
/** When the oldest change not yet written was made, per tab. */
const dirtySince = new Map<number, number>();
let pageLoads = 0;

function serial<T>(tabId: number, work: () => Promise<T> | T): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

function fresh(page: PageInfo | null, figures: Figure[] = []): TabState {
  return { page, figures, byId: new Map(figures.map((f) => [f.id, f])), refused: 0, pageLoad: ++pageLoads, analysis: new TabAnalysis() };
}

async function load(tabId: number): Promise<TabState> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = await snapshots.read(tabId);
  const state = fresh(stored?.page ?? null, stored?.figures ?? []);
  if (stored && stored.held > stored.figures.length) state.held = stored.held;
  memory.set(tabId, state);
  return state;
}

function persist(tabId: number): Promise<void> {
  const state = memory.get(tabId);
  if (!state) return Promise.resolve();
  return snapshots.write(tabId, state.page, state.figures, state.held ?? state.figures.length);
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
        void persist(tabId);
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

function setFigures(tabId: number, state: TabState, figures: Figure[]): void {
  state.figures = figures;
  schedulePersist(tabId);
}

/** The tab's page and its analysed figures (the popup's list). */
export async function getTab(tabId: number, analyze: Analyze): Promise<TabSummary> {
  const { page, figures, analysis } = await serial(tabId, () => load(tabId));
  snapshots.touch(tabId);
  if (!page) return { page: null, figures: [] };
  return { page, figures: await analysis.all(page, figures, analyze) };
}

/** One figure of the page at `url`, analysed (the hover card): at most one slice of analysis. */
export function getFigure(tabId: number, url: string, id: string, analyze: Analyze): Promise<Figure | null> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    snapshots.touch(tabId);
    const figure = state.page?.url === url ? state.byId.get(id) : undefined;
    return figure ? state.analysis.figure(state.page!, state.figures, figure, analyze) : null;
  });
}

/**
 * Whether the tab holds fewer figures than its page (a restarted worker whose
 * snapshot was thinned, a batch lost): the page load to ask a resend for, or
 * null. A page with more than MAX_FIGURES_PER_TAB is not short of the cap.
 * `pageExpected`: the page's content script is asking, so a tab with no page is short too.
 */
export function shortfall(tabId: number, { pageExpected = false } = {}): { pageLoad: number; holds: number; held: number } | null {
  const state = memory.get(tabId);
  if (pageExpected && state && !state.page) return { pageLoad: state.pageLoad, holds: 0, held: 1 };
  if (!state?.page || state.held === undefined) return null;
  const holds = state.figures.length + state.refused;
  return holds < Math.min(state.held, MAX_FIGURES_PER_TAB) ? { pageLoad: state.pageLoad, holds, held: state.held } : null;
}

export function startPage(tabId: number, page: PageInfo): Promise<void> {
  return serial(tabId, async () => {
    memory.set(tabId, fresh(page));
    cancelPersist(tabId);
    await persist(tabId);
  });
}

export interface BatchFacts {
  /** Figures the page holds for the worker after this message. */
  held?: number;
  /** Figures of this message the validator refused. */
  refused?: number;
}

/**
 * Adds a batch for the page at `url` and returns how many figures the tab
 * now holds; a batch from a page the tab has left is dropped (null).
 */
export function addFigures(tabId: number, url: string, batch: Figure[], facts: BatchFacts = {}): Promise<number | null> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return null;
    state.refused += facts.refused ?? 0;
    if (facts.held !== undefined) state.held = facts.held;
    const room = MAX_FIGURES_PER_TAB - state.figures.length;
    // A figure already held (the same id) is not held twice: a resend overlaps what arrived.
    const incoming = batch.filter((f) => !state.byId.has(f.id)).slice(0, Math.max(0, room));
    if (incoming.length > 0) {
      for (const f of incoming) state.byId.set(f.id, f);
      setFigures(tabId, state, mergeInPageOrder(state.figures, incoming));
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
    schedulePersist(tabId);
    return true;
  });
}

/** Drops figures that left the page at `url`; returns how many the tab still holds, or null for another page. */
export function removeFigures(tabId: number, url: string, ids: string[], facts: BatchFacts = {}): Promise<number | null> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return null;
    if (facts.held !== undefined) state.held = facts.held;
    const gone = new Set(ids.filter((id) => state.byId.delete(id)));
    if (gone.size > 0) setFigures(tabId, state, state.figures.filter((f) => !gone.has(f.id)));
    return state.figures.length;
  });
}

/** FigureLens stopped on the page at `url` (its site was turned off): the tab holds nothing now. */
export function endPage(tabId: number, url: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (!state.page || state.page.url !== url) return;
    memory.set(tabId, fresh(null));
    cancelPersist(tabId);
    await persist(tabId);
  });
}

/** The tab left the page at its stored URL (a navigation the content script could not announce). */
export function leftPage(tabId: number, url: string): Promise<void> {
  return serial(tabId, async () => {
    const state = await load(tabId);
    if (state.page && withoutHash(state.page.url) !== withoutHash(url)) {
      memory.set(tabId, fresh(null));
      cancelPersist(tabId);
      await persist(tabId);
    }
  });
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The reader's settings changed: every tab's analysis is stale. */
export function invalidateAnalyses(): void {
  for (const state of memory.values()) state.analysis.reset();
}

export function forgetTab(tabId: number): Promise<void> {
  cancelPersist(tabId);
  const chain = serial(tabId, async () => {
    memory.delete(tabId);
    await snapshots.forget(tabId);
  });
  const tail = queues.get(tabId);
  // Only this chain's own entry: a newer one may have been queued meanwhile.
  return chain.finally(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
}

/** Test hook: forget the in-memory copies, as a restarted worker would (with a fresh store, optionally of another budget). */
export function dropMemoryForTests(store: SnapshotStore = snapshotStore()): void {
  memory.clear();
  snapshots = store;
}
