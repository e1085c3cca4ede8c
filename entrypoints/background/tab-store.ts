import { storage } from 'wxt/utils/storage';
import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_TAB, type TabSummary } from '@/lib/messages';

/**
 * Each tab's page and figures, kept in session storage so a restarted service
 * worker loses nothing, and mirrored in memory so a burst of batches does not
 * re-read storage. Updates to one tab run one after another: batches arrive
 * faster than storage writes finish.
 */
const key = (tabId: number) => `session:tab:${tabId}` as const;
const memory = new Map<number, TabSummary>();
const queues = new Map<number, Promise<unknown>>();

function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

async function load(tabId: number): Promise<TabSummary> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const stored = (await storage.getItem<TabSummary>(key(tabId))) ?? { page: null, figures: [] };
  memory.set(tabId, stored);
  return stored;
}

async function save(tabId: number, summary: TabSummary): Promise<void> {
  memory.set(tabId, summary);
  try {
    await storage.setItem(key(tabId), summary);
  } catch (error) {
    // Session storage is 10 MB for all tabs; a huge page may not fit. The
    // in-memory copy still serves this worker's lifetime.
    console.warn('FigureLens: could not persist tab', tabId, error);
  }
}

export function getTab(tabId: number): Promise<TabSummary> {
  return serial(tabId, () => load(tabId));
}

export function startPage(tabId: number, page: PageInfo): Promise<void> {
  return serial(tabId, () => save(tabId, { page, figures: [] }));
}

/**
 * Adds a batch for the page at `url`; a batch from a page the tab has left is
 * dropped. `update` turns the tab's whole figure list into its new form (the
 * worker re-normalizes the page with the new batch in it).
 */
export function addFigures(
  tabId: number,
  url: string,
  batch: Figure[],
  update: (page: PageInfo, figures: Figure[]) => Figure[],
): Promise<TabSummary | null> {
  return serial(tabId, async () => {
    const current = await load(tabId);
    if (!current.page || current.page.url !== url) return null;
    const room = MAX_FIGURES_PER_TAB - current.figures.length;
    if (room <= 0) return current;
    const figures = update(current.page, current.figures.concat(batch.slice(0, room)));
    const next = { page: current.page, figures };
    await save(tabId, next);
    return next;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    memory.delete(tabId);
    await storage.removeItem(key(tabId));
  }).finally(() => queues.delete(tabId));
}
