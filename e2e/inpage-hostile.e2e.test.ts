/**
 * A hostile page on a matched site (issue 15), in real Chromium with the
 * production build: it cannot get into the card, cannot learn our id or stop
 * us with WXT's events, and its synthetic events cause no work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, highlightedTexts, launch, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';
import { cardHtml, figurePoint, tellTab, untilCard, untilHighlighted } from './inpage-helpers';

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

/** What the worker is told by the tab, counted in the worker (a listener that answers nothing). */
async function countMessages(session: Session): Promise<() => Promise<Record<string, number>>> {
  await session.worker!.evaluate(() => {
    const scope = globalThis as unknown as { __seen?: Record<string, number> };
    if (scope.__seen) return;
    scope.__seen = {};
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      const type = String(m?.type);
      scope.__seen![type] = (scope.__seen![type] ?? 0) + 1;
    });
  });
  await session.worker!.evaluate(() => {
    (globalThis as unknown as { __seen: Record<string, number> }).__seen = {};
  });
  return () => session.worker!.evaluate(() => ({ ...(globalThis as unknown as { __seen: Record<string, number> }).__seen }));
}

describe.runIf(browserAvailable())('a hostile page (real Chromium, production build)', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('a page that defines the card’s old tag first, with attachInternals(), gets nothing: no constructor of its runs, the card shows', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(`
      window.__constructed = 0;
      customElements.define('figurelens-card', class extends HTMLElement {
        constructor() { super(); window.__constructed++; window.__i = this.attachInternals(); }
      });
    `);
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    const { x, y } = await figurePoint(page, '9.8 percent');
    await page.mouse.move(x, y);
    await untilCard(page, '9.8');
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { __constructed: number; __i?: ElementInternals };
        const host = document.querySelector('[data-figurelens-card]') as HTMLElement;
        return { constructed: w.__constructed, internals: w.__i?.shadowRoot ?? null, tagged: document.querySelectorAll('figurelens-card').length, open: host.shadowRoot, tag: host.localName };
      }),
    ).toEqual({ constructed: 0, internals: null, tagged: 0, open: null, tag: 'div' });
    await page.close();
  });

  it('the page never hears our id, and WXT’s events, before and after the script starts, stop nothing', async () => {
    const names = wxtEventNames(session.extensionId!);
    const page = await session.context.newPage();
    // In the page's world from its first script: everything posted to the window, and the events sent before we start.
    await page.addInitScript(`
      window.__posted = [];
      window.addEventListener('message', (e) => window.__posted.push(JSON.stringify(e.data)));
      ${DISPATCH(names)}
      document.addEventListener('DOMContentLoaded', () => { ${DISPATCH(names)} });
    `);
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId, 9);
    const before = await highlightedTexts(page);
    await page.evaluate(DISPATCH(names));
    // Once more after a moment: a listener that stops the script may act on the next task.
    await page.waitForTimeout(300);
    await page.evaluate(DISPATCH(names));
    await page.waitForTimeout(500);
    expect(await highlightedTexts(page)).toEqual(before);
    expect(Object.values(before).flat()).toHaveLength(9);
    expect(await tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ figureCount: 9 });
    expect(await waitForFigures(session, tabId, 9)).toBe(9);
    const posted = (await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted)).filter((m) => !m.includes('"messageId":"page"'));
    expect(posted.filter((m) => m.includes(session.extensionId!) || m.includes('wxt'))).toEqual([]);
    // The card still comes on hover.
    const { x, y } = await figurePoint(page, '9.8 percent');
    await page.mouse.move(x, y);
    await untilCard(page, '9.8');
    await page.close();
  });

  describe('synthetic events cause no work', () => {
    let page: Page;
    let seen: () => Promise<Record<string, number>>;

    beforeAll(async () => {
      page = await session.context.newPage();
      await page.goto(SEED_URL);
      await untilHighlighted(page);
      await waitForFigures(session, await tabIdOf(session, page), 9);
      seen = await countMessages(session);
    });

    it('thirty pageshow events (persisted) from the page send nothing to the worker', async () => {
      await page.evaluate(() => {
        for (let i = 0; i < 30; i++) window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      });
      await page.waitForTimeout(500);
      expect(await seen()).toEqual({});
    });

    it('a synthetic pointermove, mouseover or focus on a figure shows no card and asks the worker nothing', async () => {
      const { x, y } = await figurePoint(page, '9.8 percent');
      await page.evaluate(([px, py]) => {
        const target = document.elementFromPoint(px!, py!)!;
        for (const type of ['pointermove', 'pointerover', 'mousemove', 'mouseover']) {
          target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: px, clientY: py }));
        }
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      }, [x, y]);
      await page.waitForTimeout(500);
      expect(await cardHtml(page)).toBeNull();
      expect(await seen()).toEqual({});
      // The reader's own pointer does.
      await page.mouse.move(x, y);
      await untilCard(page, '9.8');
      expect((await seen())['figure:get']).toBeGreaterThan(0);
      await page.mouse.move(1, 1);
    });

    // A real URL change (replaceState included) fires a trusted currententrychange, so the page cannot change the
    // URL without telling us; the unit tests (page-session.test.ts) check an untrusted one after a change is ignored.
    it('a synthetic navigate or currententrychange reads nothing and throws nothing (WXT’s watcher threw on a bare navigate)', async () => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await seen();
      await session.worker!.evaluate(() => {
        (globalThis as unknown as { __seen: Record<string, number> }).__seen = {};
      });
      const before = await highlightedTexts(page);
      await page.evaluate(() => {
        const nav = (window as unknown as { navigation: EventTarget }).navigation;
        for (let i = 0; i < 10; i++) {
          nav.dispatchEvent(new Event('navigate'));
          nav.dispatchEvent(new Event('currententrychange'));
        }
      });
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      expect(await seen()).toEqual({});
      expect(await highlightedTexts(page)).toEqual(before);
    });
  });
});
