/**
 * A hostile page on a matched site (issue 15), in Chromium and Firefox with the
 * production builds: it cannot get into the card, cannot learn our id or stop
 * us with WXT's events, and its synthetic events cause no work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_URL, startServer, type FixtureServer } from './harness';
import { pointOf, readRegistry } from './inpage-helpers';
import { available, BROWSERS, launchBrowser, poll, storedFigures, untilCard, type TestBrowser, type TestPage } from './browsers';

const FIGURES = 9;
/** The seed article under a URL of each case's own: the layer finds a page's tab by its URL. */
const seed = (n: number) => `${SEED_URL}?hostile=${n}`;
const highlighted = () => performance.getEntriesByName('figurelens:highlighted').length > 0;

/** Every event name WXT's content-script runtime uses or has used, bare and under its per-extension prefix. */
function wxtEventNames(extensionId: string): string[] {
  const names = ['wxt:content-script-started', 'content-script-started', 'wxt:locationchange', 'locationchange'];
  return names.flatMap((n) => [n, `${extensionId}:content:${n}`, `${extensionId}:${n}`]);
}

/** Page script: sends every name by postMessage, as a CustomEvent on document and window, and as a plain Event. */
const DISPATCH = (names: string[]) => `(() => {
  for (const type of ${JSON.stringify(names)}) {
    const detail = { contentScriptName: 'content', messageId: 'page' };
    window.postMessage({ type, ...detail }, '*');
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new Event(type));
  }
})();`;

/** Runs a page script's source in the page's own world. */
const runInPage = (page: TestPage, source: string) => page.evaluate((s) => void (0, eval)(s), source);

/** Lets the page's and our tasks run (so a wrong reaction would have happened) before asserting that nothing did. */
const settle = (page: TestPage, ms: number) => page.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

/** Counts, in the background, what tabs tell it (a listener that answers nothing); returns a reader, from zero now. */
async function countMessages(browser: TestBrowser): Promise<() => Promise<Record<string, number>>> {
  await browser.inBackground(() => {
    const scope = globalThis as unknown as { __seen?: Record<string, number> };
    if (!scope.__seen) {
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        const type = String(m?.type);
        scope.__seen![type] = (scope.__seen![type] ?? 0) + 1;
      });
    }
    scope.__seen = {};
  }, undefined);
  return () => browser.inBackground(() => ({ ...(globalThis as unknown as { __seen: Record<string, number> }).__seen }), undefined);
}

async function hoverShowsCard(browser: TestBrowser, page: TestPage, figure: string): Promise<void> {
  const point = (await page.evaluate(pointOf, figure))!;
  await page.mouseMove(point.x, point.y);
  await untilCard(browser, page, `FigureLens: ${figure}`);
  await page.mouseMove(5, 5);
  await untilCard(browser, page, null);
}

for (const name of BROWSERS) {
  describe.runIf(available(name))(`a hostile page in ${name}, production build`, () => {
    let server: FixtureServer;
    let browser: TestBrowser;
    let extensionId: string;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser(name, server);
      extensionId = await browser.inBackground(() => chrome.runtime.id, undefined);
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('a page that defines the card’s old tag first, with attachInternals(), gets nothing: no constructor of its runs, the card shows in a closed root on a div', async () => {
      const page = await browser.newPage();
      await page.addInitScript(`
        window.__constructed = 0;
        customElements.define('figurelens-card', class extends HTMLElement {
          constructor() { super(); window.__constructed++; window.__i = this.attachInternals(); }
        });
      `);
      await page.goto(seed(1));
      await page.waitFor(highlighted, undefined);
      expect(await page.evaluate(() => customElements.get('figurelens-card') !== undefined, undefined)).toBe(true);
      const point = (await page.evaluate(pointOf, '9.8 percent'))!;
      await page.mouseMove(point.x, point.y);
      await untilCard(browser, page, 'FigureLens: 9.8 percent');
      expect(
        await page.evaluate(() => {
          const w = window as unknown as { __constructed: number; __i?: ElementInternals };
          const host = document.querySelector('[data-figurelens-card]') as HTMLElement;
          return { constructed: w.__constructed, internals: w.__i?.shadowRoot ?? null, tagged: document.querySelectorAll('figurelens-card').length, open: host.shadowRoot, tag: host.localName };
        }, undefined),
      ).toEqual({ constructed: 0, internals: null, tagged: 0, open: null, tag: 'div' });
      // The pointer leaves the figure before the tab closes: Firefox's one pointer stays where it was, over the next tab.
      await page.mouseMove(5, 5);
      await untilCard(browser, page, null);
      await page.close();
    });

    it('the page never hears our id, and WXT’s events (bare and prefixed; postMessage, CustomEvent, Event), before and after the script starts, stop nothing', async () => {
      const names = wxtEventNames(extensionId);
      const page = await browser.newPage();
      // In the page's world from its first script: everything posted to the window, and the events sent before we start.
      await page.addInitScript(`
        window.__posted = [];
        window.addEventListener('message', (e) => window.__posted.push(JSON.stringify(e.data)));
        ${DISPATCH(names)}
        document.addEventListener('DOMContentLoaded', () => { ${DISPATCH(names)} });
      `);
      await page.goto(seed(2));
      await page.waitFor(highlighted, undefined);
      const tabId = await browser.tabIdOf(page);
      await storedFigures(browser, tabId, FIGURES);
      expect(await page.evaluate(() => (window as unknown as { __posted?: string[] }).__posted !== undefined, undefined)).toBe(true);
      const before = (await page.evaluate(readRegistry, undefined)).texts;
      expect(before).toHaveLength(FIGURES);
      await runInPage(page, DISPATCH(names));
      // Once more a moment later: a listener that stops the script may act on the next task.
      await settle(page, 300);
      await runInPage(page, DISPATCH(names));
      await settle(page, 500);
      expect((await page.evaluate(readRegistry, undefined)).texts).toEqual(before);
      expect(await browser.inBackground(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, { type: 'tab:status' }] as const)).toMatchObject({ figureCount: FIGURES });
      expect((await storedFigures(browser, tabId, FIGURES)).length).toBe(FIGURES);
      const posted = (await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted, undefined)).filter((m) => !m.includes('"messageId":"page"'));
      expect(posted.filter((m) => m.includes(extensionId) || m.includes('wxt'))).toEqual([]);
      await hoverShowsCard(browser, page, '9.8 percent');
      await page.close();
    });

    describe('synthetic events cause no work', () => {
      let page: TestPage;
      let seen: () => Promise<Record<string, number>>;

      beforeAll(async () => {
        page = await browser.newPage();
        await page.goto(seed(3));
        await page.waitFor(highlighted, undefined);
        await storedFigures(browser, await browser.tabIdOf(page), FIGURES);
        seen = await countMessages(browser);
      });

      it('thirty pageshow events (persisted) from the page send nothing to the background', async () => {
        await page.evaluate(() => {
          for (let i = 0; i < 30; i++) window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        }, undefined);
        await settle(page, 500);
        expect(await seen()).toEqual({});
      });

      it('a synthetic pointermove, mouseover or focus on a figure shows no card and asks the background nothing; the reader’s pointer does', async () => {
        const point = (await page.evaluate(pointOf, '9.8 percent'))!;
        await page.evaluate(({ x, y }) => {
          const target = document.elementFromPoint(x, y)!;
          for (const type of ['pointermove', 'pointerover', 'mousemove', 'mouseover']) {
            target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
          }
          target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        }, point);
        await settle(page, 500);
        expect(await browser.cardHtml(page)).toBeNull();
        expect(await seen()).toEqual({});
        await page.mouseMove(point.x, point.y);
        await untilCard(browser, page, 'FigureLens: 9.8 percent');
        expect((await seen())['figure:get']).toBeGreaterThan(0);
        await page.mouseMove(5, 5);
        await untilCard(browser, page, null);
      });

      // A real URL change (replaceState included) fires a trusted currententrychange, so the page cannot change the
      // URL without telling us; the unit tests (page-session.test.ts) check an untrusted one after a change is ignored.
      it('a synthetic navigate or currententrychange reads nothing and throws nothing (WXT’s watcher threw on a bare navigate)', async () => {
        expect(await page.evaluate(() => 'navigation' in window, undefined)).toBe(true);
        const errorsBefore = page.errors().length;
        await seen();
        seen = await countMessages(browser);
        const before = (await page.evaluate(readRegistry, undefined)).texts;
        await page.evaluate(() => {
          const nav = (window as unknown as { navigation: EventTarget }).navigation;
          for (let i = 0; i < 10; i++) {
            nav.dispatchEvent(new Event('navigate'));
            nav.dispatchEvent(new Event('currententrychange'));
          }
        }, undefined);
        await settle(page, 500);
        expect(page.errors().slice(errorsBefore)).toEqual([]);
        expect(await seen()).toEqual({});
        expect((await page.evaluate(readRegistry, undefined)).texts).toEqual(before);
      });
    });
  });
}
