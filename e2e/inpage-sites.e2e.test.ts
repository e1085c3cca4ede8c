import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, SEED_URL, startServer, tabIdOf, type FixtureServer, type Session } from './harness';
import { clickToolbarButton, registry, snapshot, tellTab, untilHighlighted } from './inpage-helpers';

const PLAIN = 'http://news.example.test/fixtures/inpage-plain.html';
const FIGURES = ['12 percent', '3.5 trillion yuan', '2.5 percent'];

describe.runIf(browserAvailable())('a page FigureLens does not run on by itself: activeTab only (real Chromium)', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    // Extensions.triggerAction (the toolbar click that grants activeTab) needs extension debugging.
    session = await launch(server, { args: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('nothing runs there until the reader asks', async () => {
    const page = await session.context.newPage();
    await page.goto(PLAIN);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => performance.getEntriesByName('figurelens:idle').length)).toBe(0);
    expect((await registry(page)).names).toEqual([]);
    await page.close();
  });

  it('toolbar button, then "Annotate this page": the page is read with activeTab + scripting, no host permission', async () => {
    const page = await session.context.newPage();
    await page.goto(PLAIN);
    const tabId = await tabIdOf(session, page).catch(() => null);
    // Without host access the worker cannot even see the tab's URL.
    expect(tabId).toBeNull();
    const before = await snapshot(page);

    await clickToolbarButton(session, page);
    const id = await tabIdOf(session, page);
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${id}`);
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await untilHighlighted(page);
    expect((await registry(page)).texts.sort()).toEqual([...FIGURES].sort());
    // Settled once what was read has reached the worker.
    await expect.poll(() => tellTab(session, id, { type: 'tab:status' })).toEqual({ annotated: true, highlightsOn: true, figureCount: 3, settled: true });
    expect(await snapshot(page)).toEqual(before);

    // Still no host permission: the grant was for this tab, this once.
    expect(await session.worker!.evaluate(() => chrome.permissions.contains({ origins: ['*://news.example.test/*'] }))).toBe(false);
    // A second "Annotate" finds the script alive and does not start another.
    const probe = await session.worker!.evaluate(
      async (t) => (await chrome.scripting.executeScript({ target: { tabId: t }, func: () => (globalThis as unknown as Record<string, { alive?: () => boolean }>).__figurelens__?.alive?.() ?? false }))[0]?.result,
      id,
    );
    expect(probe).toBe(true);
    await popup.close();
    await page.close();
  });

  it('the default sites still run by themselves in the same browser', async () => {
    const page = await session.context.newPage();
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    expect((await registry(page)).texts.length).toBeGreaterThanOrEqual(9);
    await page.close();
  });
});
