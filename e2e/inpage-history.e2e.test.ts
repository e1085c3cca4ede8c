import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';
import { untilHighlighted } from './inpage-helpers';
import { storedTab } from './worker-store';

/** Another article on a default site: the content script runs there too, and the worker holds its page instead. */
const OTHER_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-plain.html';

interface Stored {
  page: { url: string } | null;
  figures: unknown[];
}

describe.runIf(browserAvailable())('Back and Forward (real Chromium with its back/forward cache, production build)', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server, { backForwardCache: true });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('a page restored by Back sends itself again: the worker holds its figures, not none', async () => {
    const page = await session.context.newPage();
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    const tabId = await tabIdOf(session, page);
    const seedFigures = await waitForFigures(session, tabId, 9);
    await page.evaluate(() => ((window as unknown as { beforeLeaving: boolean }).beforeLeaving = true));
    const stored = (): Promise<Stored> => storedTab(session, tabId);

    await page.goto(OTHER_URL);
    await untilHighlighted(page);
    await expect.poll(async () => (await stored()).page?.url).toBe(OTHER_URL);

    // A restore from the cache fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    // The very page object, not a reload: the content script's session is the one that read it before.
    await expect.poll(() => page.evaluate(() => (window as unknown as { beforeLeaving?: boolean }).beforeLeaving === true)).toBe(true);
    await expect.poll(async () => (await stored()).page?.url, { timeout: 10_000 }).toBe(SEED_URL);
    await expect.poll(async () => (await stored()).figures.length, { timeout: 10_000 }).toBe(seedFigures);
    await page.close();
  });
});
