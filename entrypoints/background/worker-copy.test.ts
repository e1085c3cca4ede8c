/**
 * The worker owns its copy of each page: it notices when it holds fewer
 * figures than the page and asks for them itself, bounds what a page may
 * send, and answers a hover card with one slice of work. Work is counted
 * (calls to the analyzer, messages), never timed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_MESSAGE, type TabMessage } from '@/lib/messages';
import { SLICE_FIGURES } from '@/lib/analysis-slices';
import { EngineReads } from '@/lib/page-engine/reads';
import { route, type RouterDeps } from './router';
import { dropMemoryForTests, forgetTab } from './tab-store';
import { PageGuard } from './page-guard';
import { snapshotStore } from './snapshots';

const EXT = 'figurelens-test-id';
const ORIGIN = `chrome-extension://${EXT}/`;
const urlOf = (tabId: number) => `https://www.lifeofguangzhou.com/content/${tabId}.htm`;
const pageOf = (tabId: number): PageInfo => ({ url: urlOf(tabId), title: 'Provincial economies', lang: 'en' });
const tab = (id: number) => ({ id: EXT, url: urlOf(id), tab: { id }, frameId: 0 });
const popup = { id: EXT, url: `${ORIGIN}popup.html` };

const SENTENCE = 'Output reached 5.5 trillion yuan, up 4.2 percent.';
/** `n` figures, two to a sentence, 60 characters apart. */
function manyFigures(n: number, from = 0): Figure[] {
  return Array.from({ length: n }, (_, j) => {
    const i = from + j;
    const sentenceAt = Math.floor(i / 2) * 120;
    const [text, offset] = i % 2 === 0 ? ['5.5 trillion yuan', 15] : ['4.2 percent', 37];
    const f: Figure = { id: `f${sentenceAt + offset}`, text, start: sentenceAt + offset, end: sentenceAt + offset + text.length, kind: i % 2 === 0 ? 'money' : 'percent', value: i % 2 === 0 ? 5.5e12 : 4.2, sentence: SENTENCE, sentenceOffset: offset, lang: 'en' };
    if (i % 2 === 0) Object.assign(f, { currency: 'CNY', scale: 1e12 });
    else f.unit = '%';
    return f;
  });
}

let told: Array<[number, TabMessage]>;
let analyze: ReturnType<typeof vi.fn<RouterDeps['analyze']>>;
let deps: RouterDeps;

async function readPage(tabId: number, figures: Figure[], held?: number): Promise<void> {
  await route({ type: 'page:start', page: pageOf(tabId) }, tab(tabId), deps);
  for (let at = 0; at < figures.length; at += MAX_FIGURES_PER_MESSAGE) {
    const batch = figures.slice(at, at + MAX_FIGURES_PER_MESSAGE);
    await route({ type: 'figures:add', url: urlOf(tabId), figures: batch, held: held ?? at + batch.length }, tab(tabId), deps);
  }
}

const resends = (tabId: number) => told.filter(([id, m]) => id === tabId && m.type === 'figures:resend').length;

beforeEach(async () => {
  fakeBrowser.reset();
  dropMemoryForTests();
  for (const id of [1, 2, 3]) await forgetTab(id);
  told = [];
  analyze = vi.fn<RouterDeps['analyze']>((_page, all) => all.map((f) => ({ ...f, year: 2024 })));
  deps = {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    analyze,
    showCount: async () => undefined,
    guard: new PageGuard(async (tabId, message) => void told.push([tabId, message])),
    engine: new EngineReads(),
    writeHighlights: async () => undefined,
  };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker asks for what it lacks, itself', () => {
  it('asks the page to resend when it holds fewer figures than the page says, once per page load', async () => {
    const figures = manyFigures(10);
    await route({ type: 'page:start', page: pageOf(1) }, tab(1), deps);
    await route({ type: 'figures:add', url: urlOf(1), figures: figures.slice(0, 4), held: 4 }, tab(1), deps);
    expect(resends(1)).toBe(0);
    // A batch went missing: the page holds 10 for the worker, the worker 7.
    await route({ type: 'figures:add', url: urlOf(1), figures: figures.slice(7), held: 10 }, tab(1), deps);
    expect(resends(1)).toBe(1);
    await route({ type: 'figures:remove', url: urlOf(1), ids: [figures[9]!.id], held: 9 }, tab(1), deps);
    expect(resends(1)).toBe(1);
    // The resend: a new page load, and the worker holds everything.
    await readPage(1, figures);
    expect(resends(1)).toBe(1);
    expect(((await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] }).figures).toHaveLength(10);
  });

  it('is not short of figures the validator refused, nor of figures past the per-tab cap', async () => {
    const figures = manyFigures(4);
    await route({ type: 'page:start', page: pageOf(1) }, tab(1), deps);
    const forged = { ...figures[3]!, value: 'NaN' };
    await route({ type: 'figures:add', url: urlOf(1), figures: [...figures.slice(0, 3), forged], held: 4 }, tab(1), deps);
    expect(resends(1)).toBe(0);
  });

  it('after a restart whose snapshot was thinned to fit the budget, asks when the popup reads the tab', async () => {
    vi.useFakeTimers();
    await readPage(1, manyFigures(40));
    await vi.runAllTimersAsync();
    // The restarted worker's storage could keep only the page (a budget of almost nothing per tab).
    dropMemoryForTests(snapshotStore({ perTab: 10, total: 10, transient: 10 }));
    await readPage(2, manyFigures(40));
    await vi.runAllTimersAsync();
    dropMemoryForTests();
    expect(await route({ type: 'figures:get', tabId: 2 }, popup, deps)).toEqual({ page: pageOf(2), figures: [] });
    expect(resends(2)).toBe(1);
    expect(((await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] }).figures).toHaveLength(40);
    expect(resends(1)).toBe(0);
    await route({ type: 'figures:get', tabId: 2 }, popup, deps);
    expect(resends(2)).toBe(1);
  });

  it('asks when a page wants a card and the worker knows no page for its tab at all', async () => {
    expect(await route({ type: 'figure:get', url: urlOf(3), id: 'f15' }, tab(3), deps)).toEqual({ figure: null });
    await route({ type: 'figure:get', url: urlOf(3), id: 'f37' }, tab(3), deps);
    expect(resends(3)).toBe(1);
  });
});

describe('what one page may cost', () => {
  it('drops messages past the tab’s bucket with one logged line, and asks for everything once the page is calm', async () => {
    vi.useFakeTimers();
    await route({ type: 'page:start', page: pageOf(1) }, tab(1), deps);
    const one = manyFigures(1);
    const replies = [];
    for (let i = 0; i < 300; i++) replies.push(await route({ type: 'page:update', page: pageOf(1) }, tab(1), deps));
    const dropped = replies.filter((r) => 'error' in r).length;
    expect(dropped).toBeGreaterThan(150);
    expect(vi.mocked(console.warn).mock.calls.filter(([line]) => String(line).includes('dropping'))).toHaveLength(1);
    // Another tab is not held back by this one's bucket.
    expect(await route({ type: 'page:start', page: pageOf(2) }, tab(2), deps)).toEqual({ ok: true });
    expect(resends(1)).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(resends(1)).toBe(1);
    expect(await route({ type: 'figures:add', url: urlOf(1), figures: one }, tab(1), deps)).toEqual({ ok: true, count: 1 });
    // Hover lookups are not metered: they cost one slice at most.
    for (let i = 0; i < 300; i++) await route({ type: 'figure:get', url: urlOf(1), id: one[0]!.id }, tab(1), deps);
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

describe('a hover lookup on a 25,000-figure tab', () => {
  it('analyses the one slice its figure stands in, never the tab, and the next lookup there nothing', async () => {
    const figures = manyFigures(25_000);
    await readPage(1, figures);
    expect(analyze).not.toHaveBeenCalled();
    const reply = (await route({ type: 'figure:get', url: urlOf(1), id: figures[12_345]!.id }, tab(1), deps)) as { figure: Figure };
    expect(reply.figure).toMatchObject({ id: figures[12_345]!.id, year: 2024 });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]![1].length).toBeLessThan(SLICE_FIGURES + 100);
    await route({ type: 'figure:get', url: urlOf(1), id: figures[12_346]!.id }, tab(1), deps);
    expect(analyze).toHaveBeenCalledTimes(1);
    // A batch arrives: the next lookup is one slice again.
    await route({ type: 'figures:add', url: urlOf(1), figures: manyFigures(1, 30_000), held: 25_001 }, tab(1), deps);
    await route({ type: 'figure:get', url: urlOf(1), id: figures[20_000]!.id }, tab(1), deps);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('after the popup has read the tab, costs nothing', async () => {
    const figures = manyFigures(25_000);
    await readPage(1, figures);
    expect(((await route({ type: 'figures:get', tabId: 1 }, popup, deps)) as { figures: Figure[] }).figures).toHaveLength(25_000);
    const calls = analyze.mock.calls.length;
    expect(calls).toBe(Math.ceil(25_000 / SLICE_FIGURES));
    for (const i of [0, 7_777, 24_999]) await route({ type: 'figure:get', url: urlOf(1), id: figures[i]!.id }, tab(1), deps);
    expect(analyze).toHaveBeenCalledTimes(calls);
  });

  it('is answered while another tab’s list is being analysed, after at most one of its slices', async () => {
    await readPage(1, manyFigures(25_000));
    await readPage(2, manyFigures(10));
    const slicesOfTab1 = () => analyze.mock.calls.filter(([page]) => page.url === urlOf(1)).length;
    const list = route({ type: 'figures:get', tabId: 1 }, popup, deps);
    const card = await route({ type: 'figure:get', url: urlOf(2), id: 'f15' }, tab(2), deps);
    expect(card).toMatchObject({ figure: { id: 'f15', year: 2024 } });
    expect(slicesOfTab1()).toBeLessThanOrEqual(1);
    await list;
    expect(slicesOfTab1()).toBe(Math.ceil(25_000 / SLICE_FIGURES));
  });
});
