/**
 * Big pages survive a stopped worker (issue 15): the worker is stopped the
 * way Chrome stops an idle one (CDP `ServiceWorker.stopAllWorkers`; not a
 * reload), with 15,000 figures on one tab and with 40,000 over five tabs,
 * and then a hover card and the popup's list are complete. Also reports what
 * session storage is charged per figure on the generated 2 MB article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { browserAvailable, launch, startServer, tabIdOf, type FixtureServer, type Session } from './harness';
import { cardHtml, tellTab, untilCard } from './inpage-helpers';
import { openPopup } from './popup-helpers';
import { storedTab } from './worker-store';
import type { TabStatus } from '../lib/messages';

const GENERATED = 'http://www.lifeofguangzhou.com/fixtures/inpage-generated.html';
/** The generated article has five figures a paragraph. */
const PER_PARAGRAPH = 5;

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value).slice(0, 200)}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

let articles = 0;

/** A generated article of `figures` figures (a URL of its own, so tabIdOf finds its tab), read and stored in full. */
async function openArticle(session: Session, figures: number): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${GENERATED}?paragraphs=${figures / PER_PARAGRAPH}&article=${++articles}`);
  const tabId = await tabIdOf(session, page);
  await poll(`the page's reading of ${figures} figures`, () => tellTab(session, tabId, { type: 'tab:status' }) as Promise<TabStatus>, (s) => s?.settled && s.figureCount === figures);
  await poll(`the worker's stored copy of ${figures} figures`, () => storedTab(session, tabId).then((s) => s.count), (n) => n === figures);
  return { page, tabId };
}

/** Stops every service worker, the extension's with them, as the browser stops an idle one; returns once it is gone. */
async function stopAllWorkers(session: Session, page: Page): Promise<void> {
  await session.worker!.evaluate(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const browserCdp = await session.context.browser()!.newBrowserCDPSession();
  await poll(
    'the extension worker to stop',
    async () => ((await browserCdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] }).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(session.extensionId!)).length,
    (n) => n === 0,
    30_000,
  );
  await browserCdp.detach();
}

/** The worker that woke up for the next message (not the stopped one: it has none of its memory). */
async function wokenWorker(session: Session): Promise<Worker> {
  const worker = await poll(
    'a new worker',
    async () => session.context.serviceWorkers().find((w) => w.url().includes(session.extensionId!)) ?? null,
    (w) => w !== null,
    10_000,
  );
  expect(await worker!.evaluate(() => (globalThis as { beforeStop?: boolean }).beforeStop ?? false)).toBe(false);
  return worker!;
}

/** Hovers a money figure near the end of the article and returns its card once it has details. */
async function cardOfLateFigure(page: Page): Promise<string> {
  const point = await page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('figurelens-money') ?? [])] as Range[];
    const range = ranges[Math.floor(ranges.length * 0.95)]!;
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString() };
  });
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y);
  const html = (await untilCard(page, '<dt>Rate</dt>', 20_000))!;
  expect(html).toContain(`FigureLens: ${point.text}`);
  return html;
}

/** Opens the popup for the tab and waits for its whole list; returns its count line and how many figures it lists. */
async function popupListed(session: Session, tabId: number): Promise<{ total: number; listed: number }> {
  const popup = await openPopup(session, tabId);
  await popup.waitForFunction(() => performance.getEntriesByName('figurelens:list-complete').length > 0, undefined, { timeout: 120_000 });
  const total = Number(/Figures: ([\d,]+)/.exec((await popup.locator('.counts').textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  const listed = await popup.evaluate(() => document.querySelectorAll('li[data-figure-id]').length);
  await popup.close();
  return { total, listed };
}

describe.runIf(browserAvailable())('a stopped worker', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('with 15,000 figures on one tab: the card and the popup are complete, and storage is charged little per figure', async () => {
    session = await launch(server);
    try {
      const { page, tabId } = await openArticle(session, 15_000);
      const stored = await storedTab(session, tabId);
      console.info(`session storage for 15,000 figures of the generated article: ${stored.bytes} bytes, ${(stored.bytes / 15_000).toFixed(1)} bytes per figure`);
      expect(stored.bytes / 15_000).toBeLessThan(300);
      await stopAllWorkers(session, page);

      expect(await cardOfLateFigure(page)).not.toContain('No details');
      session.worker = await wokenWorker(session);
      expect(await popupListed(session, tabId)).toEqual({ total: 15_000, listed: 15_000 });
    } finally {
      await session.close();
    }
  }, 240_000);

  it('with 40,000 figures over five tabs: every tab is complete after the restart', async () => {
    session = await launch(server);
    try {
      const tabs = [];
      for (let i = 0; i < 5; i++) tabs.push(await openArticle(session, 8_000));
      const total = await session.worker!.evaluate(() => chrome.storage.session.getBytesInUse(null));
      // Five tabs, each stored in full: nothing had to give way to the budget.
      expect(new Set(tabs.map((t) => t.tabId)).size).toBe(5);
      for (const { tabId } of tabs) expect((await storedTab(session, tabId)).figures).toHaveLength(8_000);
      console.info(`session storage for 40,000 figures over five tabs: ${total} bytes in all (${(total / 40_000).toFixed(1)} per figure)`);
      await stopAllWorkers(session, tabs[0]!.page);

      await tabs[2]!.page.bringToFront();
      expect(await cardOfLateFigure(tabs[2]!.page)).not.toContain('No details');
      session.worker = await wokenWorker(session);
      for (const { tabId } of tabs) expect(await popupListed(session, tabId)).toEqual({ total: 8_000, listed: 8_000 });
      expect(await cardHtml(tabs[2]!.page)).not.toContain('No details');
    } finally {
      await session.close();
    }
  }, 400_000);
});
