import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, ROOT, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';
import { cardHtml, figurePoint, registry, snapshot, tellTab, untilCard, untilHighlighted } from './inpage-helpers';
import { storedTab } from './worker-store';

const MIXED_URL = 'http://www.lifeofguangzhou.com/fixtures/inpage-mixed.html';

/** What holds focus, as the page sees it. */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id}`);

/** The texts in the focus highlight (the figure the keyboard is on, or a revealed one). */
const focusTexts = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('figurelens-focus') ?? [])].map((r) => (r as Range).toString()));

/** The computed display and colour of the card's value, read through DevTools (the shadow root is closed). */
async function valueStyle(page: Page): Promise<{ display: string; color: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    type Node = { nodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | null =>
      (n.attributes ?? []).join(' ').includes('card-value') ? n : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(find).find(Boolean) ?? null;
    const node = find(root)!;
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as { computedStyle: Array<{ name: string; value: string }> };
    const get = (name: string) => computedStyle.find((p) => p.name === name)!.value;
    return { display: get('display'), color: get('color') };
  } finally {
    await cdp.detach();
  }
}

describe.runIf(browserAvailable())('the hover card (real Chromium, production build)', () => {
  let server: FixtureServer;
  let session: Session;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await startServer();
    session = await launch(server);
    page = await session.context.newPage();
    await page.goto(SEED_URL);
    await untilHighlighted(page);
    tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId, 9);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('hovering a figure shows its card: normalized value, role, year and notes, as a tooltip that takes no focus', async () => {
    const before = await focused(page);
    const { x, y } = await figurePoint(page, '9.8 percent');
    await page.mouse.move(x, y);
    const html = (await untilCard(page, 'Role'))!;
    expect(html).toContain('role="tooltip"');
    expect(html).toContain('aria-label="FigureLens: 9.8 percent"');
    expect(html).toMatch(/<dt>Value<\/dt><dd class="card-value">9\.8%<\/dd>/);
    expect(html).toContain('<dt>Year</dt><dd>2024</dd>');
    expect(await focused(page)).toBe(before);
    // The card sits on screen, next to the figure.
    const card = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    const left = Number(/left: (\d+)px/.exec(html)![1]);
    const top = Number(/top: (\d+)px/.exec(html)![1]);
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left).toBeLessThan(card.w - 100);
    expect(Math.abs(top - y)).toBeLessThan(200);
  });

  it('a money figure shows the amount in the reader’s currency and the rate used (the README’s screenshot)', async () => {
    await page.mouse.move(5, 5);
    await untilCard(page, null);
    const { x, y } = await figurePoint(page, '14 trillion yuan');
    await page.mouse.move(x, y);
    const html = (await untilCard(page, '<dt>Rate</dt>'))!;
    expect(html).toMatch(/<dd class="card-value">≈ \$[\d.]+ trillion<\/dd>/);
    expect(html).toMatch(/<dt>Rate<\/dt><dd>1 CNY = [\d.]+ USD/);
    // The README's picture is written only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
    const shot = await page.screenshot({ clip: { x: Math.max(0, x - 300), y: Math.max(0, y - 90), width: 720, height: 330 } });
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      writeFileSync(join(ROOT, 'docs/hover-card.png'), shot);
    }
  });

  it('Escape closes it; moving off the figure closes it too', async () => {
    await page.keyboard.press('Escape');
    await untilCard(page, null);
    const { x, y } = await figurePoint(page, '14 trillion yuan');
    await page.mouse.move(x, y);
    await untilCard(page, '14 trillion yuan');
    await page.mouse.move(5, 5);
    await untilCard(page, null);
  });

  it('the card follows its figure while it scrolls, and closes once the figure is scrolled away', async () => {
    const { x, y } = await figurePoint(page, '14 trillion yuan');
    await page.mouse.move(x, y);
    const top = (html: string | null) => Number(/top: (\d+)px/.exec(html ?? '')?.[1]);
    const shown = top(await untilCard(page, '14 trillion yuan'));
    await page.evaluate(() => window.scrollBy(0, 100));
    await expect.poll(async () => top(await cardHtml(page))).toBe(shown - 100);
    await page.evaluate(() => window.scrollBy(0, 2000));
    await untilCard(page, null);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('the next/previous-figure commands step through the figures, marking each and showing its card, without moving focus', async () => {
    const before = await focused(page);
    await tellTab(session, tabId, { type: 'figure:step', direction: 1 });
    await untilCard(page, 'FigureLens: 14 trillion yuan');
    expect(await focusTexts(page)).toEqual(['14 trillion yuan']);
    await tellTab(session, tabId, { type: 'figure:step', direction: 1 });
    await untilCard(page, 'FigureLens: US$ 1.9 trillion');
    await tellTab(session, tabId, { type: 'figure:step', direction: -1 });
    await untilCard(page, 'FigureLens: 14 trillion yuan');
    // Backwards from the first figure wraps to the last; the page scrolls to it.
    await tellTab(session, tabId, { type: 'figure:step', direction: -1 });
    await untilCard(page, 'FigureLens: 30 percent');
    const { y } = await figurePoint(page, '30 percent');
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(900);
    expect(await focused(page)).toBe(before);
    await page.keyboard.press('Escape');
    await untilCard(page, null);
    expect(await focusTexts(page)).toEqual([]);
  });

  it('the card is announced: it sits in a polite live region and the page cannot style or read it', async () => {
    await tellTab(session, tabId, { type: 'figure:step', direction: 1 });
    await untilCard(page, 'FigureLens:');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string } }> };
    await cdp.detach();
    expect(nodes.some((n) => n.role?.value === 'tooltip' && /^FigureLens: /.test(n.name?.value ?? ''))).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('[data-figurelens-card]') as HTMLElement).shadowRoot)).toBeNull();
    // Hostile page CSS aimed at the host and at what a card is likely made of.
    await page.addStyleTag({ content: '[data-figurelens-card], :root > div { display: none !important; visibility: hidden !important; } [role=tooltip], dl, dd, dt { display: none !important; color: red !important; }' });
    await page.waitForTimeout(200);
    expect(await cardHtml(page)).not.toBeNull();
    expect(await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-figurelens-card]')!);
      return [style.display, style.visibility, style.position, style.width, style.height];
    })).toEqual(['block', 'visible', 'fixed', '0px', '0px']);
    expect(await valueStyle(page)).toEqual({ display: 'block', color: expect.not.stringMatching(/^rgb\(255, 0, 0\)$/) });
    await page.reload();
    await untilHighlighted(page);
  });

  it('focusing a link inside a figure with the keyboard shows that figure’s card', async () => {
    const mixed = await session.context.newPage();
    await mixed.goto(MIXED_URL);
    await untilHighlighted(mixed);
    await mixed.focus('#trade-link');
    await untilCard(mixed, 'FigureLens: 9 trillion yuan');
    expect(await focused(mixed)).toBe('A#trade-link');
    await mixed.close();
  });

  it('focus on a large focusable wrapper, or focus that came with a click, shows no card', async () => {
    const mixed = await session.context.newPage();
    await mixed.goto(MIXED_URL);
    await untilHighlighted(mixed);
    // A router's focus target around the whole article.
    await mixed.evaluate(() => {
      const main = document.querySelector('main')!;
      main.tabIndex = -1;
      main.focus();
    });
    expect(await focused(mixed)).toBe('MAIN#');
    await mixed.waitForTimeout(400);
    expect(await cardHtml(mixed)).toBeNull();
    // A click in a small focusable paragraph that holds a figure: focus, but not the keyboard's.
    await mixed.evaluate(() => (document.getElementById('bold')!.tabIndex = 0));
    const box = (await mixed.locator('#bold').boundingBox())!;
    await mixed.mouse.click(box.x + 3, box.y + box.height / 2);
    expect(await focused(mixed)).toBe('P#bold');
    await mixed.waitForTimeout(400);
    expect(await cardHtml(mixed)).toBeNull();
    await mixed.close();
  });

  it('figure:reveal (the popup’s "show in page") scrolls to the figure and flashes it', async () => {
    const id = (await storedTab(session, tabId)).figures.find((f) => f.text === '30 percent')!.id;
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 1280, height: 400 });
    try {
      expect(await tellTab(session, tabId, { type: 'figure:reveal', id })).toEqual({ found: true });
      expect(await focusTexts(page)).toEqual(['30 percent']);
      const { y } = await figurePoint(page, '30 percent');
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(400);
      await expect.poll(() => focusTexts(page), { timeout: 5000 }).toEqual([]);
      expect(await tellTab(session, tabId, { type: 'figure:reveal', id: 'f999999' })).toEqual({ found: false });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('after the card was shown, the page text is still the page’s own', async () => {
    const { x, y } = await figurePoint(page, '38.7 percent');
    await page.mouse.move(x, y);
    await untilCard(page, '38.7 percent');
    const plain = await launch(server, { extension: false });
    try {
      const bare = await plain.context.newPage();
      await bare.goto(SEED_URL);
      const [a, b] = [await snapshot(page), await snapshot(bare)];
      expect(a.textContent).toBe(b.textContent);
      expect(a.innerText).toBe(b.innerText);
      expect([a.scrollHeight, a.scrollWidth]).toEqual([b.scrollHeight, b.scrollWidth]);
    } finally {
      await plain.close();
    }
    expect((await registry(page)).texts.length).toBeGreaterThanOrEqual(9);
  });
});
