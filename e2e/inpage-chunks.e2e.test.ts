/**
 * The content script in parts (utils/content-chunks.ts), in real Chromium with
 * the production build: the engine comes at document idle on a site that
 * runs, never on a site the reader turned off; the card's chunk only with the
 * first card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, SEED_URL, startServer, tabIdOf, type FixtureServer, type Session } from './harness';
import { figurePoint, patchSettings, untilCard, untilHighlighted } from './inpage-helpers';

/** Which chunks have left their exports in the tab's isolated world (where our content scripts run). */
async function loadedChunks(session: Session, tabId: number): Promise<{ engine: boolean; card: boolean }> {
  const [answer] = await session.worker!.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const scope = globalThis as unknown as Record<string, unknown>;
          return { engine: scope.__figurelens_engine__ !== undefined, card: scope.__figurelens_card__ !== undefined };
        },
      }),
    tabId,
  );
  return answer?.result as { engine: boolean; card: boolean };
}

describe.runIf(browserAvailable())('the content script’s chunks (real Chromium, production build)', () => {
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

  it('the card’s chunk is not loaded before the first hover, and is loaded by it', async () => {
    const page: Page = await session.context.newPage();
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    expect(await loadedChunks(session, tabId)).toEqual({ engine: true, card: false });
    const { x, y } = await figurePoint(page, '9.8 percent');
    await page.mouse.move(x, y);
    await untilCard(page, '9.8');
    expect(await loadedChunks(session, tabId)).toEqual({ engine: true, card: true });
    // The page itself sees none of it.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => k.includes('figurelens')))).toEqual([]);
    await page.close();
  });

  it('on a site the reader turned off the engine is never loaded', async () => {
    await patchSettings(session, { disabledSites: ['lifeofguangzhou.com'] });
    try {
      const page = await session.context.newPage();
      await page.goto(SEED_URL, { waitUntil: 'load' });
      const tabId = await tabIdOf(session, page);
      // Document idle has come and gone (load fired); give a wrongly started engine time to arrive.
      await page.waitForTimeout(1000);
      expect(await loadedChunks(session, tabId)).toEqual({ engine: false, card: false });
      expect(await page.evaluate(() => performance.getEntriesByName('figurelens:highlighted').length)).toBe(0);
      await page.close();
    } finally {
      await patchSettings(session, { disabledSites: [] });
    }
  });
});
