import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, startServer, tabIdOf, type FixtureServer, type Session } from './harness';
import { registry, tellTab, untilHighlighted } from './inpage-helpers';
import { storedTab } from './worker-store';

const SPA = 'http://www.lifeofguangzhou.com/fixtures/inpage-spa.html';

interface Stored {
  page: { url: string; title: string } | null;
  figures: Array<{ id: string; text: string }>;
}

describe.runIf(browserAvailable())('a single-page app (real Chromium, production build)', () => {
  let server: FixtureServer;
  let session: Session;
  let page: Page;
  let tabId: number;

  const stored = (): Promise<Stored> => storedTab(session, tabId);
  const storyFigures = (n: number) => [`${(n % 9) + 1}.5 percent`, `${n + 2} trillion yuan`, `${(n % 7) + 2}.25 percent`, `US$ ${n + 1}.2 trillion`, `${(n % 5) + 3}.1 percent`, `${(n % 4) + 1}.8 percent`];

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server);
    page = await session.context.newPage();
    await page.goto(`${SPA}?story=0`);
    await untilHighlighted(page);
    tabId = await tabIdOf(session, page);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the first story is read and sent', async () => {
    await expect.poll(async () => (await stored()).figures.map((f) => f.text).sort()).toEqual(storyFigures(0).sort());
    expect((await registry(page)).texts.sort()).toEqual(storyFigures(0).sort());
  });

  it('a link that pushes history resets the tab and reads the new story; the old highlights go', async () => {
    const before = (await stored()).figures.map((f) => f.id);
    await page.click('a[data-story="1"]');
    await expect.poll(async () => (await stored()).page?.url).toBe(`${SPA}?story=1`);
    await expect.poll(async () => (await stored()).figures.map((f) => f.text).sort()).toEqual(storyFigures(1).sort());
    await expect.poll(async () => (await registry(page)).texts.sort()).toEqual(storyFigures(1).sort());
    // Offsets start again with the new page: ids are those a fresh read of the story gives.
    const after = (await stored()).figures.map((f) => f.id);
    expect(after.length).toBe(before.length);
    expect(await tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ figureCount: 6 });
  });

  it('Back (popstate) goes round again, and many navigations leave exactly one story’s figures', async () => {
    await page.goBack();
    await expect.poll(async () => (await stored()).page?.url).toBe(`${SPA}?story=0`);
    await expect.poll(async () => (await registry(page)).texts.sort()).toEqual(storyFigures(0).sort());
    for (let n = 2; n < 12; n++) await page.evaluate((i) => (window as unknown as { go: (n: number) => void }).go(i), n);
    await expect.poll(async () => (await stored()).page?.url).toBe(`${SPA}?story=11`);
    await expect.poll(async () => (await stored()).figures.map((f) => f.text).sort()).toEqual(storyFigures(11).sort());
    expect((await registry(page)).texts.sort()).toEqual(storyFigures(11).sort());
    expect(await tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ figureCount: 6 });
  });

  it('a navigation the page cancels, and a bare event a page script dispatches under WXT’s name, change nothing', async () => {
    const url = page.url();
    await expect.poll(async () => (await stored()).figures.length).toBe(6);
    const before = await stored();
    const sentBefore = await page.evaluate(() => performance.getEntriesByName('figurelens:highlighted').length);
    await page.evaluate(() => {
      // The Navigation API's navigate event fires, WXT passes it on, and the page cancels it: the URL stays.
      (window as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (e) => e.preventDefault(), { once: true });
      const a = Object.assign(document.createElement('a'), { href: '/fixtures/inpage-spa.html?story=99' });
      document.body.append(a);
      a.click();
      a.remove();
    });
    await page.evaluate((name) => window.dispatchEvent(new Event(name)), `${session.extensionId}:content:wxt:locationchange`);
    await page.waitForTimeout(600);
    expect(page.url()).toBe(url);
    expect(await stored()).toEqual(before);
    expect(await page.evaluate(() => performance.getEntriesByName('figurelens:highlighted').length)).toBe(sentBefore);
  });

  it('a jump to an anchor in the same story is not a navigation, and the router re-rendering the same story changes nothing', async () => {
    const ids = (await stored()).figures.map((f) => f.id);
    await page.evaluate(() => {
      location.hash = 'second';
    });
    await page.waitForTimeout(600);
    expect((await stored()).figures.map((f) => f.id)).toEqual(ids);
    expect(await tellTab(session, tabId, { type: 'tab:status' })).toMatchObject({ figureCount: 6 });
    expect((await stored()).page?.url).toBe(`${SPA}?story=11`);
  });

  it('a real navigation to the URL a cancelled one named earlier is read (WXT passes on only URLs it has not seen)', async () => {
    const url = `${SPA}?story=42`;
    await page.evaluate((href) => {
      (window as unknown as { navigation: EventTarget }).navigation.addEventListener('navigate', (e) => e.preventDefault(), { once: true });
      const a = Object.assign(document.createElement('a'), { href });
      document.body.append(a);
      a.click();
      a.remove();
    }, url);
    await page.waitForTimeout(300);
    expect((await stored()).page?.url).toBe(`${SPA}?story=11`);
    await page.evaluate(() => (window as unknown as { go: (n: number) => void }).go(42));
    await expect.poll(async () => (await stored()).page?.url).toBe(url);
    await expect.poll(async () => (await stored()).figures.map((f) => f.text).sort()).toEqual(storyFigures(42).sort());
    expect((await registry(page)).texts.sort()).toEqual(storyFigures(42).sort());
  });
});
