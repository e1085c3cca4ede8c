import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH, SEED_URL, startServer, type FixtureServer } from './harness';
import { measurePage, pointOf, readRegistry } from './inpage-helpers';
import { available, BROWSERS, launchBrowser, storedFigures, untilCard, type TestBrowser, type TestPage } from './browsers';

/** The seed article's figures, in page order: each is one highlighted range. */
const SEED_FIGURES = ['14 trillion yuan', 'US$ 1.9 trillion', '9 trillion yuan', '9.8 percent', '38.7 percent', '5 percent', '77,000 high-tech enterprises', '23 percent', '30 percent'];
/** The same article under a host name that is none of the default sites: the content script does not run there. */
const SEED_ELSEWHERE = `http://news.example.test${SEED_PATH}`;

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
  });
}
