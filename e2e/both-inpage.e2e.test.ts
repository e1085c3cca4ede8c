import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH, SEED_URL, startServer, type FixtureServer } from './harness';
import { measurePage, pointOf, readRegistry } from './inpage-helpers';
import { available, BROWSERS, launchBrowser, patchSettings, poll, readStoredTab, storedFigures, untilCard, type TestBrowser, type TestPage } from './browsers';

/** The seed article's figures, in page order: each is one highlighted range. */
const SEED_FIGURES = ['14 trillion yuan', 'US$ 1.9 trillion', '9 trillion yuan', '9.8 percent', '38.7 percent', '5 percent', '77,000 high-tech enterprises', '23 percent', '30 percent'];
/** The same article under a host name that is none of the default sites: the content script does not run there. */
const SEED_ELSEWHERE = `http://news.example.test${SEED_PATH}`;

const SPA = 'http://www.lifeofguangzhou.com/fixtures/inpage-spa.html';
const MUTATING_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-mutating.html';
const storyFigures = (n: number) => [`${(n % 9) + 1}.5 percent`, `${n + 2} trillion yuan`, `${(n % 7) + 2}.25 percent`, `US$ ${n + 1}.2 trillion`, `${(n % 5) + 3}.1 percent`, `${(n % 4) + 1}.8 percent`];

/** What the background stored for a tab: the page's URL and its figures' texts. */
async function storedTab(browser: TestBrowser, tabId: number): Promise<{ url: string | null; texts: string[] }> {
  const { page, figures } = await readStoredTab(browser, tabId);
  return { url: page?.url ?? null, texts: figures.map((f) => f.text) };
}

/** Whether the tab's content script is here, read in its isolated world ('alive', 'dead' or 'none'), through scripting.executeScript. */
// The probe repeats inpage-helpers' scriptPresence on purpose: the function is serialised into the browser, so it
// cannot close over an imported helper, and the two harnesses evaluate in the background differently.
async function scriptPresence(browser: TestBrowser, tabId: number): Promise<string> {
  const [answer] = await browser.inBackground(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const presence = (globalThis as unknown as Record<string, { alive?: () => boolean } | undefined>).__figurelens__;
          return presence ? (presence.alive?.() ? 'alive' : 'dead') : 'none';
        },
      }),
    tabId,
  );
  return answer?.result as string;
}

const highlighted = () => performance.getEntriesByName('figurelens:highlighted').length > 0;

for (const name of BROWSERS) {
  describe.runIf(available(name))(`the seed article in ${name}, production build`, () => {
    let server: FixtureServer;
    let browser: TestBrowser;
    let page: TestPage;
    let tabId: number;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser(name, server);
      page = await browser.newPage();
      await page.goto(SEED_URL);
      await page.waitFor(highlighted, undefined);
      tabId = await browser.tabIdOf(page);
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights every figure as one range, with the CSS Custom Highlight API', async () => {
      const { names, texts } = await page.evaluate(readRegistry, undefined);
      expect(names).toEqual(['figurelens-count', 'figurelens-money', 'figurelens-percent']);
      expect([...texts].sort()).toEqual([...SEED_FIGURES].sort());
    });

    it('the background holds the same figures in storage.session, in page order', async () => {
      const figures = await storedFigures(browser, tabId, SEED_FIGURES.length);
      expect(figures.map((f) => f.text)).toEqual(SEED_FIGURES);
      expect(await browser.inBackground(() => typeof chrome.storage.session?.get, undefined)).toBe('function');
    });

    it('text, innerText and every element box are the same as on a page the extension does not run on', async () => {
      const bare = await browser.newPage();
      await bare.goto(SEED_ELSEWHERE);
      expect((await bare.evaluate(readRegistry, undefined)).texts).toEqual([]);
      const without = await bare.evaluate(measurePage, undefined);
      await bare.close();
      const withIt = await page.evaluate(measurePage, undefined);
      expect(withIt.textContent).toBe(without.textContent);
      expect(withIt.innerText).toBe(without.innerText);
      expect(withIt.boxes).toEqual(without.boxes);
      expect([withIt.scrollHeight, withIt.scrollWidth]).toEqual([without.scrollHeight, without.scrollWidth]);
    });

    it('hovering a figure with the mouse shows its card (caretPositionFromPoint finds it), and moving off closes it', async () => {
      const point = (await page.evaluate(pointOf, '9.8 percent'))!;
      await page.mouseMove(point.x, point.y);
      const html = (await untilCard(browser, page, 'Role'))!;
      expect(html).toContain('aria-label="FigureLens: 9.8 percent"');
      expect(html).toMatch(/<dt>Value<\/dt><dd class="card-value">9\.8%<\/dd>/);
      expect(html).toContain('<dt>Year</dt><dd>2024</dd>');
      await page.mouseMove(5, 5);
      await untilCard(browser, page, null);
    });

    it('the next-figure command’s message shows the first figure’s card, with its amount converted', async () => {
      await browser.inBackground(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, { type: 'figure:step', direction: 1 }] as const);
      const html = (await untilCard(browser, page, 'FigureLens: 14 trillion yuan'))!;
      expect(html).toMatch(/<dt>Rate<\/dt><dd>1 CNY = [\d.]+ USD/);
      await browser.inBackground(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, { type: 'figure:step', direction: 1 }] as const);
      await untilCard(browser, page, 'FigureLens: US$ 1.9 trillion');
    });

    it(`after the background stops (${name === 'firefox' ? 'the event page unloads' : 'the service worker stops'}), the next hover wakes it and it still holds every figure`, async () => {
      await browser.stopBackground();
      const point = (await page.evaluate(pointOf, '38.7 percent'))!;
      await page.mouseMove(point.x, point.y);
      await untilCard(browser, page, 'FigureLens: 38.7 percent', 20_000);
      const figures = await storedFigures(browser, tabId, SEED_FIGURES.length);
      expect(figures.map((f) => f.text)).toEqual(SEED_FIGURES);
    });
    it('a site the reader turned off gets nothing at all: no script left, no highlight', async () => {
      expect(await scriptPresence(browser, tabId)).toBe('alive');
      await patchSettings(browser, { disabledSites: ['lifeofguangzhou.com'] });
      const off = await browser.newPage();
      try {
        await off.goto(SEED_URL);
        const offTab = await browser.tabIdOf(off);
        await poll(async () => (await scriptPresence(browser, offTab)) === 'none', 'the content script stayed on a site turned off');
        expect(await off.evaluate(() => performance.getEntriesByName('figurelens:idle').length, undefined)).toBe(0);
        expect((await off.evaluate(readRegistry, undefined)).names).toEqual([]);
      } finally {
        await patchSettings(browser, { disabledSites: [] });
        await off.close();
      }
    });

    it('a single-page app: a link that pushes history resets the tab and reads the new story', async () => {
      const spa = await browser.newPage();
      await spa.goto(`${SPA}?story=0`);
      const spaTab = await browser.tabIdOf(spa);
      const sorted = (texts: string[]) => [...texts].sort().join('|');
      await poll(async () => sorted((await storedTab(browser, spaTab)).texts) === sorted(storyFigures(0)), 'story 0 never stored');
      await spa.evaluate(() => (document.querySelector('a[data-story="1"]') as HTMLElement).click(), undefined);
      await poll(async () => {
        const now = await storedTab(browser, spaTab);
        return now.url === `${SPA}?story=1` && sorted(now.texts) === sorted(storyFigures(1));
      }, 'story 1 never replaced story 0');
      await poll(async () => sorted((await spa.evaluate(readRegistry, undefined)).texts) === sorted(storyFigures(1)), 'the highlights never showed story 1');
      await spa.close();
    });

    it('a page that changes every 20 ms: a steady number of figures, painted and stored', async () => {
      const busy = await browser.newPage();
      await busy.goto(MUTATING_URL);
      await busy.waitFor(highlighted, undefined);
      const busyTab = await browser.tabIdOf(busy);
      await poll(async () => (await storedTab(browser, busyTab)).texts.length >= 10, 'the feed was never stored');
      // The feed holds 20 items (one figure each) plus the ticker and GDP: never more than that, here or in the background.
      for (let sample = 0; sample < 6; sample++) {
        const [painted, stored] = [(await busy.evaluate(readRegistry, undefined)).texts.length, (await storedTab(browser, busyTab)).texts.length];
        expect(painted).toBeLessThanOrEqual(22);
        expect(stored).toBeLessThanOrEqual(22);
        expect(stored).toBeGreaterThanOrEqual(10);
        await busy.waitFor((n) => ((window as unknown as { ticks: number }).ticks ?? 0) > n, (await busy.evaluate(() => (window as unknown as { ticks: number }).ticks, undefined)) + 20);
      }
      await busy.close();
    });
  });
}
