import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';
import { patchSettings, registry, scriptPresence, snapshot, storedSettings, tellTab, untilHighlighted, type PageSnapshot } from './inpage-helpers';
import { openPopup } from './popup-helpers';
import { storedTab } from './worker-store';

const MIXED_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-mixed.html';
const MUTATING_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-mutating.html';
const SHADOW_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-shadow.html';

/** Every figure of the mixed page that is article text, or money/percent in its menu and footer. */
const MIXED_FIGURES = [
  '25%', // the menu: a percent is still news
  '6.4 percent', // "up <b>6.4</b> percent"
  '10.52万亿元', // "<span>10.52万亿元</span>"
  '9.8%',
  '9 trillion yuan', // split by a link
  '14 trillion yuan', // the table
  '5.2 percent',
  '3.2 trillion yuan',
  '7.5 percent',
  '1.5 trillion yuan', // inside the web component's open shadow root
  '4.8 percent', // slotted into it
  '3.9 percent', // the paragraph filled in after load
  '2.1 trillion yuan',
  '77,000 high-tech enterprises',
  '12%', // the footer
];
/** Never article text: counts in the menu and footer, form controls, editable areas, code, script, hidden text. */
const NOT_ARTICLE = ['120 partner', '3,000 employees', '8 trillion', '3.3 percent', '4.4 percent', '2.2 percent', '1.1 percent', '5.5 percent', '6.6 percent', '7.7 percent', '8.8 percent', '9.9 percent'];

async function loaded(page: Page, url: string, filled: boolean): Promise<void> {
  await page.goto(url);
  if (filled) await page.waitForFunction(() => document.documentElement.dataset.filled === 'yes');
}

if (!browserAvailable()) console.warn('\n*** Chromium not found: in-page browser tests SKIPPED ***\n');

describe.runIf(browserAvailable())('the page stays the page (real Chromium, production build)', () => {
  let server: FixtureServer;
  let session: Session;
  let plain: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server);
    plain = await launch(server, { extension: false });
  });
  afterAll(async () => {
    await session?.close();
    await plain?.close();
    await server?.close();
  });

  async function withAndWithout(url: string, filled: boolean, ready: (page: Page) => Promise<void>): Promise<[PageSnapshot, PageSnapshot, Page]> {
    const page = await session.context.newPage();
    await loaded(page, url, filled);
    await ready(page);
    const bare = await plain.context.newPage();
    await loaded(bare, url, filled);
    const result: [PageSnapshot, PageSnapshot, Page] = [await snapshot(page), await snapshot(bare), page];
    await bare.close();
    return result;
  }

  it('the seed article: text, innerText and every element box are the same with the extension as without', async () => {
    const [withIt, without, page] = await withAndWithout(SEED_URL, false, untilHighlighted);
    expect((await registry(page)).texts.length).toBeGreaterThanOrEqual(9);
    expect(withIt).toEqual(without);
    await page.close();
  });

  it('the mixed page: identical text and layout, with figures across elements, a table, a form, an editable area, a script and a late paragraph', async () => {
    const [withIt, without, page] = await withAndWithout(MIXED_URL, true, async (p) => {
      await untilHighlighted(p);
      await p.waitForFunction(() => [...(CSS.highlights.get('figurelens-money') ?? [])].some((r) => (r as Range).toString() === '2.1 trillion yuan'));
    });
    expect(withIt.textContent).toBe(without.textContent);
    expect(withIt.innerText).toBe(without.innerText);
    expect(withIt.boxes).toEqual(without.boxes);
    expect([withIt.scrollHeight, withIt.scrollWidth]).toEqual([without.scrollHeight, without.scrollWidth]);
    // Nothing added to the page: no element, no stylesheet (the default looks come with the manifest).
    expect(await page.evaluate(() => [document.querySelectorAll('[data-figurelens-card], figurelens-mark').length, document.adoptedStyleSheets.length, document.styleSheets.length])).toEqual([0, 0, 1]);
    await page.close();
  });

  it('finds and highlights each figure as one range, in scope and only in scope', async () => {
    const page = await session.context.newPage();
    await loaded(page, MIXED_URL, true);
    await untilHighlighted(page);
    await page.waitForFunction(() => [...(CSS.highlights.get('figurelens-percent') ?? [])].some((r) => (r as Range).toString() === '3.9 percent'));
    const { names, texts } = await registry(page);
    expect(names).toEqual(['figurelens-count', 'figurelens-money', 'figurelens-percent']);
    expect([...texts].sort()).toEqual([...MIXED_FIGURES].sort());
    for (const outside of NOT_ARTICLE) expect(texts.some((t) => t.includes(outside)), outside).toBe(false);
    // The worker got the same figures, each id once, offsets in one page-wide space.
    const tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId, MIXED_FIGURES.length);
    const stored = await storedTab(session, tabId);
    expect(stored.figures.map((f) => f.text).sort()).toEqual([...MIXED_FIGURES].sort());
    expect(new Set(stored.figures.map((f) => f.id)).size).toBe(stored.figures.length);
    await page.close();
  });

  it('a paragraph filled in after load takes its place in page order once the page is calm', async () => {
    const page = await session.context.newPage();
    await loaded(page, MIXED_URL, true);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    const texts = async () => (await storedTab(session, tabId)).figures.map((f) => f.text);
    await expect.poll(texts, { timeout: 15_000, interval: 250 }).toEqual(MIXED_FIGURES);
    await page.close();
  });

  it('a figure across a shadow boundary is listed for the popup but not painted (no Range can cover it)', async () => {
    const page = await session.context.newPage();
    await page.goto(SHADOW_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId, 2);
    const stored = await storedTab(session, tabId);
    expect(stored.figures.map((f) => f.text)).toEqual(['3.5 percent', '2.5 percent']);
    expect((await registry(page)).texts).toEqual(['2.5 percent']);
    await page.close();
  });

  it('highlights in the web component’s shadow root are painted with our colours', async () => {
    const page = await session.context.newPage();
    await loaded(page, MIXED_URL, true);
    await untilHighlighted(page);
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('figurelens-money')!].find((r) => (r as Range).toString() === '1.5 trillion yuan') as Range;
      const r = range.getClientRects()[0]!;
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const png = await page.screenshot({ clip: { x: box.x + 2, y: box.y + 2, width: Math.max(4, box.width - 4), height: Math.max(4, box.height - 4) } });
    // The money look is amber at 40 %: over white that is (255, 235, 153); pure white would mean no paint.
    expect(await averageBlue(page, png)).toBeLessThan(215);
    await page.close();
  });

  it('highlights off removes every trace and is remembered for the site; on brings them back', async () => {
    const page = await session.context.newPage();
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    const before = await snapshot(page);
    const html = await page.evaluate(() => document.documentElement.outerHTML);

    // The popup's switch is a settings write: the page follows it.
    await patchSettings(session, { highlightsOffSites: ['lifeofguangzhou.com'] });
    await expect.poll(() => tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ annotated: true, highlightsOn: false });
    expect(await registry(page)).toEqual({ names: [], texts: [] });
    expect(await page.evaluate(() => [document.documentElement.outerHTML, document.adoptedStyleSheets.length])).toEqual([html, 0]);
    expect(await snapshot(page)).toEqual(before);
    await expect.poll(async () => (await storedSettings(session)).highlightsOffSites).toEqual(['lifeofguangzhou.com']);

    // A new page on the same site starts with highlights off, and still tells the worker its figures.
    await page.reload();
    await untilHighlighted(page);
    expect((await registry(page)).names).toEqual([]);
    expect(await tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ highlightsOn: false, figureCount: 9 });

    // The keyboard command's message flips it back on.
    expect(await tellTab(session, tabId, { type: 'highlights:toggle' })).toMatchObject({ highlightsOn: true });
    await expect.poll(async () => (await registry(page)).texts.length).toBe(9);
    await expect.poll(async () => (await storedSettings(session)).highlightsOffSites).toEqual([]);
    await page.close();
  });

  it('the reader’s own colours come in an adopted stylesheet that adds no node', async () => {
    await patchSettings(session, { looks: { money: { color: '#ff0000', style: 'underline' }, percent: { color: '#40aaff', style: 'background' }, count: { color: '#3cc878', style: 'background' } } });
    const page = await session.context.newPage();
    const bare = await plain.context.newPage();
    try {
      await page.goto(SEED_URL);
      await untilHighlighted(page);
      await bare.goto(SEED_URL);
      const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).filter((t) => t.includes('figurelens-money')));
      expect(rules.join('\n')).toContain('underline');
      expect(await snapshot(page)).toEqual(await snapshot(bare));
    } finally {
      await patchSettings(session, { looks: undefined });
      await page.close();
      await bare.close();
    }
  });

  it('turning the site off takes the session’s listeners with it, and "Annotate this page" brings back exactly one set', async () => {
    const page = await session.context.newPage();
    const listeners = async () => {
      const cdp = await page.context().newCDPSession(page);
      try {
        // The counter counts listener objects alive: a removed one goes with the next collection.
        await cdp.send('HeapProfiler.collectGarbage');
        return ((await cdp.send('Memory.getDOMCounters')) as { jsEventListeners: number }).jsEventListeners;
      } finally {
        await cdp.detach();
      }
    };
    try {
      // The page with the script started and let go at once (the site is off): WXT's own listeners only.
      await patchSettings(session, { disabledSites: ['lifeofguangzhou.com'] });
      await page.goto(SEED_URL);
      await expect.poll(async () => scriptPresence(session, await tabIdOf(session, page))).toBe('none');
      // Playwright's own page listeners come with its first waitForFunction: in every count, not only the later ones.
      await page.waitForFunction(() => document.readyState === 'complete');
      await page.waitForTimeout(300);
      const stopped = await listeners();
      await patchSettings(session, { disabledSites: [] });
      await page.reload();
      await untilHighlighted(page);
      const running = await listeners();
      expect(running).toBeGreaterThan(stopped + 5);
      // Off: the session stops; all that may stay is WXT's navigation watcher, one per script.
      await patchSettings(session, { disabledSites: ['lifeofguangzhou.com'] });
      await expect.poll(async () => (await registry(page)).names).toEqual([]);
      await expect.poll(listeners).toBeLessThanOrEqual(stopped + 1);
      // The worker no longer lists the page's figures.
      const tabId = await tabIdOf(session, page);
      await expect.poll(() => storedFigures(session, tabId)).toBe(0);
      // "Annotate this page" in the popup (utils/annotate's probe, stylesheet and script): one new session,
      // the old script's leftovers gone with it.
      const popup = await openPopup(session, tabId);
      await popup.getByRole('button', { name: 'Annotate this page' }).click();
      await expect.poll(async () => (await registry(page)).texts.length).toBeGreaterThanOrEqual(9);
      await expect.poll(() => storedFigures(session, tabId)).toBeGreaterThanOrEqual(9);
      await expect.poll(listeners).toBe(running);
      // Opened again, the popup lists the figures and offers no second "Annotate".
      await popup.reload();
      await popup.locator('li[data-figure-id]').first().waitFor();
      expect(await popup.getByRole('button', { name: 'Annotate this page' }).count()).toBe(0);
      await popup.close();
    } finally {
      await patchSettings(session, { disabledSites: [] });
      await page.close();
    }
  });

  it('a site the reader turned off gets nothing at all', async () => {
    await patchSettings(session, { disabledSites: ['lifeofguangzhou.com'] });
    const page = await session.context.newPage();
    try {
      await page.goto(SEED_URL);
      const tabId = await tabIdOf(session, page);
      // Let go as soon as the settings were read: the page is never read, not even at document idle.
      await expect.poll(() => scriptPresence(session, tabId)).toBe('none');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => performance.getEntriesByName('figurelens:idle').length)).toBe(0);
      expect((await registry(page)).names).toEqual([]);
      await expect(tellTab(session, tabId, { type: 'tab:status' })).rejects.toThrow();
    } finally {
      await patchSettings(session, { disabledSites: [] });
      await page.close();
    }
  });

  it('a page that changes all the time: a steady number of figures (here and in the worker), listeners and heap; no full resend', async () => {
    const page = await session.context.newPage();
    await page.goto(MUTATING_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    const counting = await countMessages(session);
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const dom = (await cdp.send('Memory.getDOMCounters')) as { jsEventListeners: number };
      const status = (await tellTab(session, tabId, { type: 'tab:status' })) as { figureCount: number };
      return { heap: heap.usedSize, listeners: dom.jsEventListeners, figures: status.figureCount, stored: await storedCount(extensionPage, tabId), painted: (await registry(page)).texts.length };
    };
    await page.waitForTimeout(1000);
    const first = await measure();
    const samples = [first];
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(750);
      samples.push(await measure());
    }
    // The feed holds 20 items (one figure each) plus the ticker and GDP: never more than that, here or in the worker.
    for (const s of samples) {
      expect(s.figures).toBeLessThanOrEqual(22);
      expect(s.painted).toBeLessThanOrEqual(22);
      expect(s.stored).toBeLessThanOrEqual(22);
      expect(s.stored).toBeGreaterThanOrEqual(10);
      expect(s.listeners).toBe(first.listeners);
    }
    const last = samples[samples.length - 1]!;
    // Six seconds of a change every 20 ms: the heap after GC stays where it was (measured: about 0.15 MB apart).
    expect(Math.abs(last.heap - first.heap)).toBeLessThan(1e6);
    // Figures that left went out one by one; the tab was never sent again in full.
    const counts = await counting();
    expect(counts['figures:remove'] ?? 0).toBeGreaterThan(10);
    expect(counts['page:start'] ?? 0).toBe(0);
    await cdp.detach();
    await extensionPage.close();
    await page.close();
  });
});

/** How many figures the worker has put in session storage for a tab. */
function storedFigures(session: Session, tabId: number): Promise<number> {
  return storedTab(session, tabId).then((stored) => stored.figures.length);
}

/**
 * How many figures the worker holds for a tab, asked as the popup asks
 * (session storage lags behind on a page that never stops changing).
 */
async function storedCount(extensionPage: Page, tabId: number): Promise<number> {
  return extensionPage.evaluate(async (id) => ((await chrome.runtime.sendMessage({ type: 'figures:get', tabId: id })) as { figures: unknown[] }).figures.length, tabId);
}

/** Counts the messages the worker gets from now on, by type; the returned function reads the counts. */
async function countMessages(session: Session): Promise<() => Promise<Record<string, number>>> {
  const key = `counts${Math.random().toString(36).slice(2)}`;
  await session.worker!.evaluate((k) => {
    const scope = globalThis as unknown as Record<string, Record<string, number>>;
    scope[k] = {};
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      scope[k]![String(m?.type)] = (scope[k]![String(m?.type)] ?? 0) + 1;
      return undefined;
    });
  }, key);
  return () => session.worker!.evaluate((k) => (globalThis as unknown as Record<string, Record<string, number>>)[k]!, key);
}

/** The mean blue channel of a PNG screenshot, decoded in the browser. */
async function averageBlue(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(bitmap, 0, 0);
    const { data } = g.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    for (let i = 2; i < data.length; i += 4) sum += data[i]!;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}
