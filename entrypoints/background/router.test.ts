import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectFigures } from '@/lib/index';
import type { Figure } from '@/lib/figure';
import { MAX_FIGURES_PER_MESSAGE, MAX_FIGURES_PER_TAB } from '@/lib/messages';
import { EngineReads } from '@/lib/page-engine/reads';
import { route, type RouterDeps } from './router';
import { dropMemoryForTests, forgetTab, leftPage } from './tab-store';
import { PageGuard } from './page-guard';
import { decodeSnapshot } from '@/lib/tab-snapshot';
import type { TabPointer } from '@/utils/tab-snapshot-key';

const EXT = 'figurelens-test-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const URL_A = 'https://www.lifeofguangzhou.com/content/202501/16/170602_54776028.htm';
const text =
  "Guangdong's GDP is projected to surpass a milestone of 14 trillion yuan (US$ 1.9 trillion) for 2024. " +
  'For 2025, the province\'s GDP growth target is set at around 5 percent.';
const figures = detectFigures(text);
const page = { url: URL_A, title: 'New productive forces fuel growth in Guangdong', lang: 'en' as const };

const tab = (id: number, url = URL_A) => ({ id: EXT, url, tab: { id }, frameId: 0 });
const popup = { id: EXT, url: `${ORIGIN}popup.html` };

let deps: RouterDeps;
let badges: Map<number, number>;

beforeEach(async () => {
  fakeBrowser.reset();
  await forgetTab(1);
  await forgetTab(2);
  badges = new Map();
  deps = {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    analyze: (_page, all) => all.map((f) => ({ ...f, year: 2024 })),
    showCount: async (tabId, count) => void badges.set(tabId, count),
    guard: new PageGuard(async () => undefined),
    engine: new EngineReads(),
    writeHighlights: async () => undefined,
  };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('a tab reading a page', () => {
  it('keeps the figures of its page, analysed, and counts them on the badge', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    expect(await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps)).toEqual({ ok: true, count: figures.length });
    const summary = await route({ type: 'figures:get', tabId: 1 }, popup, deps);
    expect(summary).toEqual({ page, figures: figures.map((f) => ({ ...f, year: 2024 })) });
    expect(badges.get(1)).toBe(figures.length);
  });

  it('answers the hover card with one figure as analysed now', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    expect(await route({ type: 'figure:get', url: URL_A, id: figures[0]!.id }, tab(1), deps)).toEqual({ figure: { ...figures[0], year: 2024 } });
    expect(await route({ type: 'figure:get', url: URL_A, id: 'nope' }, tab(1), deps)).toEqual({ figure: null });
  });

  it('does not answer a card of the page before with this page’s figure of the same id', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    expect(await route({ type: 'figure:get', url: `${URL_A}?page=2`, id: figures[0]!.id }, tab(1), deps)).toEqual({ figure: null });
  });

  it('drops figures that left the page, and counts what is left', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    expect(await route({ type: 'figures:remove', url: URL_A, ids: [figures[0]!.id] }, tab(1), deps)).toEqual({ ok: true, count: figures.length - 1 });
    const summary = (await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] };
    expect(summary.figures.map((f) => f.id)).toEqual(figures.slice(1).map((f) => f.id));
    expect(badges.get(1)).toBe(figures.length - 1);
  });

  it('takes a new title or date for the same page and keeps its figures, analysed again', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    const dated = { ...page, title: 'LIVE: Guangdong (3 new)', publishedAt: '2025-01-16', publishedFrom: 'meta' as const };
    expect(await route({ type: 'page:update', page: dated }, tab(1), deps)).toEqual({ ok: true });
    const summary = (await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { page: unknown; figures: Figure[] };
    expect(summary.page).toEqual(dated);
    expect(summary.figures).toHaveLength(figures.length);
    // Another page's record does not replace this one.
    await route({ type: 'page:update', page: { ...dated, url: 'https://www.lifeofguangzhou.com/other.htm' } }, tab(1), deps);
    expect(((await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { page: unknown }).page).toEqual(dated);
  });

  it('forgets the page when FigureLens stops on it (its site turned off)', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    await route({ type: 'page:end', url: URL_A }, tab(1), deps);
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, deps)).toEqual({ page: null, figures: [] });
    expect(badges.get(1)).toBe(0);
  });

  it('merges a batch from the middle of the page into place', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    const one = figures[0]!;
    const at = (start: number) => ({ ...one, id: `f${start}`, start, end: start + one.text.length });
    await route({ type: 'figures:add', url: URL_A, figures: [at(0), at(100), at(200)] }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures: [at(150), at(50)] }, tab(1), deps);
    const summary = (await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] };
    expect(summary.figures.map((f) => f.start)).toEqual([0, 50, 100, 150, 200]);
  });

  it('forgets the page when the tab navigates away from it', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    await leftPage(1, `${URL_A}#comments`);
    expect(((await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] }).figures).toHaveLength(figures.length);
    await leftPage(1, 'https://example.test/elsewhere');
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, deps)).toEqual({ page: null, figures: [] });
  });

  it('starts over when the page changes, and ignores a late batch from the old page', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    const next = { ...page, url: `${URL_A}#/next` };
    await route({ type: 'page:start', page: next }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, deps)).toEqual({ page: next, figures: [] });
    expect(badges.get(1)).toBe(0);
  });

  it('keeps tabs apart', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    expect(await route({ type: 'figures:get', tabId: 2 }, popup, deps)).toEqual({ page: null, figures: [] });
  });

  it('survives a restarted worker: the figures are in session storage', async () => {
    vi.useFakeTimers();
    try {
      await route({ type: 'page:start', page }, tab(1), deps);
      await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
      await vi.runAllTimersAsync();
    } finally {
      vi.useRealTimers();
    }
    const pointer = (await fakeBrowser.storage.session.get('tab:1'))['tab:1'] as TabPointer;
    expect(pointer).toMatchObject({ page, count: figures.length, held: figures.length });
    const data = `tab:1:${pointer.gen}`;
    expect(decodeSnapshot((await fakeBrowser.storage.session.get(data))[data])).toEqual({ page, figures });
    dropMemoryForTests();
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, deps)).toEqual({ page, figures: figures.map((f) => ({ ...f, year: 2024 })) });
  });

  it('writes a page that keeps changing to session storage within two seconds', async () => {
    vi.useFakeTimers();
    try {
      await route({ type: 'page:start', page }, tab(1), deps);
      // A ticker: one figure in, one out, every 100 ms — a pure debounce would never write.
      for (let i = 0; i < 25; i++) {
        await route({ type: 'figures:add', url: URL_A, figures: [figures[i % figures.length]!] }, tab(1), deps);
        await vi.advanceTimersByTimeAsync(100);
      }
    } finally {
      vi.useRealTimers();
    }
    const stored = (await fakeBrowser.storage.session.get('tab:1'))['tab:1'] as TabPointer;
    expect(stored.count).toBeGreaterThan(0);
  });

  it('lists a batch that belongs earlier in the page where it stands', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    const [first, ...rest] = figures;
    await route({ type: 'figures:add', url: URL_A, figures: rest }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures: [first!] }, tab(1), deps);
    const summary = (await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] };
    expect(summary.figures.map((f) => f.id)).toEqual(figures.map((f) => f.id));
  });

  it('analyses a burst of batches once, when the tab is read', async () => {
    const analyze = vi.fn(deps.analyze);
    const counting = { ...deps, analyze };
    await route({ type: 'page:start', page }, tab(1), counting);
    for (const f of figures) await route({ type: 'figures:add', url: URL_A, figures: [f] }, tab(1), counting);
    expect(analyze).not.toHaveBeenCalled();
    await route({ type: 'figures:get', tabId: 1 }, popup, counting);
    await route({ type: 'figure:get', url: URL_A, id: figures[0]!.id }, tab(1), counting);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('forgets a closed tab', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), deps);
    await forgetTab(1);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('tab:'))).toEqual([]);
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, deps)).toEqual({ page: null, figures: [] });
  });

  it('takes batches that arrive together in order, and stops at the per-tab bound', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    const one = figures[0]!;
    const batch = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({ ...one, id: `f${from + i}`, start: from + i, end: from + i + one.text.length }));
    const batches = Array.from({ length: Math.ceil(MAX_FIGURES_PER_TAB / MAX_FIGURES_PER_MESSAGE) + 2 }, (_, b) =>
      route({ type: 'figures:add', url: URL_A, figures: batch(MAX_FIGURES_PER_MESSAGE, b * MAX_FIGURES_PER_MESSAGE) }, tab(1), deps),
    );
    await Promise.all(batches);
    const summary = (await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] };
    expect(summary.figures).toHaveLength(MAX_FIGURES_PER_TAB);
    expect(summary.figures.map((f) => f.start)).toEqual([...Array(MAX_FIGURES_PER_TAB).keys()]);
  });
});

describe('messages the worker refuses', () => {
  it('a content-script message sent from an extension page, and the reverse', async () => {
    expect(await route({ type: 'figures:get', tabId: 1 }, tab(1), deps)).toHaveProperty('error');
    expect(await route({ type: 'page:start', page }, popup, deps)).toHaveProperty('error');
  });

  it('anything from another extension, or from a page outside any tab', async () => {
    expect(await route({ type: 'figures:get', tabId: 1 }, { ...popup, id: 'evil' }, deps)).toHaveProperty('error');
    expect(await route({ type: 'page:start', page }, { ...tab(1), id: 'evil' }, deps)).toHaveProperty('error');
    expect(await route({ type: 'page:start', page }, { id: EXT, url: URL_A }, deps)).toHaveProperty('error');
  });

  it('a malformed figure, alone: the rest of its batch is kept', async () => {
    await route({ type: 'page:start', page }, tab(1), deps);
    const batch = [{ ...figures[0], value: 'NaN' }, ...figures.slice(1)];
    expect(await route({ type: 'figures:add', url: URL_A, figures: batch }, tab(1), deps)).toEqual({ ok: true, count: figures.length - 1 });
    expect(console.warn).toHaveBeenCalledWith('FigureLens: dropped 1 figure(s), first:', 'figures[0].value is not a finite number');
  });

  it('a failing analysis: the figures are still shown as detected', async () => {
    const broken = { ...deps, analyze: () => { throw new Error('boom'); } };
    await route({ type: 'page:start', page }, tab(1), broken);
    await route({ type: 'figures:add', url: URL_A, figures }, tab(1), broken);
    expect(await route({ type: 'figures:get', tabId: 1 }, popup, broken)).toEqual({ page, figures });
  });
});

describe('the engine and the settings write, for a tab', () => {
  it('a content script’s read is answered with its figures; a web page’s or another extension’s is refused', async () => {
    const message = { type: 'engine:read', read: 'r1.1', from: 0, size: 8000, begin: { text, lang: 'en', tables: [] } };
    const reply = await route(message, tab(1), deps);
    expect(reply).toMatchObject({ next: text.length, figures: figures.map((f) => ({ id: f.id, text: f.text })) });
    expect(await route(message, { id: 'another-extension', url: URL_A, tab: { id: 1 } }, deps)).toHaveProperty('error');
    expect(await route({ ...message, begin: { text, lang: 'en', tables: 'x' } }, tab(1), deps)).toEqual({ error: 'begin.tables is not a list' });
  });

  it('a highlight switch is written by the worker, and only a well-formed one', async () => {
    const writes: [string, boolean][] = [];
    deps.writeHighlights = async (site, on) => void writes.push([site, on]);
    expect(await route({ type: 'settings:highlights', site: 'scmp.com', on: false }, tab(1), deps)).toEqual({ ok: true });
    expect(await route({ type: 'settings:highlights', site: 'scmp.com', on: 'no' }, tab(1), deps)).toHaveProperty('error');
    expect(writes).toEqual([['scmp.com', false]]);
  });
});
