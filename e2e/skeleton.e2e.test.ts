import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, highlightedTexts, launch, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';

const pageText = (page: Page) =>
  page.evaluate(() => ({ textContent: document.documentElement.textContent, innerText: document.body.innerText }));

describe.runIf(browserAvailable())('the seed article in real Chromium', () => {
  let server: FixtureServer;
  let session: Session;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server);
    page = await session.context.newPage();
    await page.goto(SEED_URL);
    tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights every figure in the article body, and nothing in the menu, byline or footer', async () => {
    expect(await highlightedTexts(page)).toEqual({
      money: ['14 trillion yuan', 'US$ 1.9 trillion', '9 trillion yuan'],
      percent: ['9.8 percent', '38.7 percent', '5 percent', '23 percent', '30 percent'],
      count: ['77,000 high-tech enterprises'],
      quantity: [],
    });
  });

  it('leaves the page text exactly as it is without the extension', async () => {
    const plain = await launch(server, { extension: false });
    try {
      const bare = await plain.context.newPage();
      await bare.goto(SEED_URL);
      expect(await pageText(page)).toEqual(await pageText(bare));
    } finally {
      await plain.close();
    }
  });

  it('shows the count on the toolbar badge', async () => {
    const stored = await waitForFigures(session, tabId);
    const badge = await session.worker!.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe(String(stored));
  });

  it('lists the figures with their sentences in the popup', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    const item = popup.locator('[data-figure-id]', { hasText: '9.8 percent' }).first();
    await item.waitFor();
    expect(await item.locator('.figure-sentence').textContent()).toContain(
      'reflecting a 9.8 percent year-on-year growth rate and contributing 38.7 percent to the national trade increment',
    );
    expect(await popup.locator('[data-figure-id]').count()).toBe(await waitForFigures(session, tabId));
    await popup.close();
  });
});

describe.runIf(browserAvailable())('a Chinese article in real Chromium', () => {
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

  it('highlights yuan in 万/亿, percentages, points, counts and output quantities, and not dates, phone or licence numbers', async () => {
    const page = await session.context.newPage();
    await page.goto('http://www.chinadaily.com.cn/fixtures/zh-article.html');
    await waitForFigures(session, await tabIdOf(session, page));
    const texts = await highlightedTexts(page);
    expect(texts.money).toEqual(expect.arrayContaining(['141633.81亿元', '9.11万亿元', '4.8万亿元']));
    expect(texts.percent).toEqual(expect.arrayContaining(['3.5%', '9.8%', '21.9%', '0.1个百分点', '5%']));
    expect(texts.count).toEqual(expect.arrayContaining(['7.5万家', '12780万人']));
    // Vehicles made are output: a quantity (unit vehicle), not a count of things.
    expect(texts.quantity).toEqual(expect.arrayContaining(['253.18万辆']));
    const all = Object.values(texts).flat().join(' ');
    for (const notFigure of ['2024', '2025', '20日', '10:30', '39年', '09184221', '87373998']) expect(all).not.toContain(notFigure);
  });
});
