import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, highlightedTexts, ROOT, SEED_URL, startServer, tabIdOf, waitForFigures, type FixtureServer, type Session } from './harness';
import { downloadFrom, launchIn, openPopup, popupScriptSize, seriousViolations, stopWorker, type UiLang } from './popup-helpers';
import { clickToolbarButton } from './inpage-helpers';
import type { TabSummary } from '../lib/messages';
import { parseCsv } from '../lib/export/csv-parse.test-helper';
import { storedTab } from './worker-store';

const ARTIFACTS = join(ROOT, 'e2e/artifacts');
const BENCH_URL = 'http://www.chinadaily.com.cn/fixtures/popup-500.html';

/** The worker's summary of a tab, as the popup receives it. */
function summaryOf(session: Session, tabId: number): Promise<TabSummary> {
  return storedTab(session, tabId);
}

const WORDS: Record<UiLang, { copy: string; csv: string; json: string; copied: string; filter: string; total: RegExp }> = {
  en: { copy: 'Copy Markdown', csv: 'Download CSV', json: 'Download JSON', copied: 'Markdown table copied', filter: 'Filter figures by text, kind or role', total: /^Figures: (\d+)/ },
  zh: { copy: '复制 Markdown', csv: '下载 CSV', json: '下载 JSON', copied: '已复制 Markdown 表格', filter: '按文字、类型或作用筛选数字', total: /^数字：(\d+)/ },
};

if (!browserAvailable()) {
  if (process.env.CI) throw new Error('Chromium is missing: browser tests cannot be skipped in CI');
  console.warn('\n*** Chromium not found: popup browser tests SKIPPED ***\n');
}

describe.runIf(browserAvailable())('the popup bundle', () => {
  it('loads at most 60 kB of gzipped JavaScript', () => {
    const size = popupScriptSize();
    console.info(`popup JavaScript: ${size.files.join(' + ')} = ${(size.minified / 1000).toFixed(1)} kB minified, ${(size.gzipped / 1000).toFixed(1)} kB gzipped`);
    expect(size.files.length).toBeGreaterThan(0);
    expect(size.gzipped).toBeLessThanOrEqual(60_000);
  });
});

describe.runIf(browserAvailable()).each(['en', 'zh'] as const)('the popup for the seed article, UI in %s', (lang) => {
  const words = WORDS[lang];
  let server: FixtureServer;
  let session: Session;
  let article: Page;
  let tabId: number;
  let summary: TabSummary;

  beforeAll(async () => {
    server = await startServer();
    session = await launchIn(server, lang);
    // The test reads back what the popup copied. (Chromium grants nothing to a chrome-extension:// origin by name.)
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    article = await session.context.newPage();
    await article.goto(SEED_URL);
    tabId = await tabIdOf(session, article);
    await waitForFigures(session, tabId);
    summary = await summaryOf(session, tabId);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the title, the figure count and every figure in page order', async () => {
    const popup = await openPopup(session, tabId);
    await popup.locator('li[data-figure-id]').first().waitFor();
    expect(await popup.locator('h1').textContent()).toBe('New productive forces fuel growth in Guangdong');
    const total = words.total.exec((await popup.locator('.counts').textContent()) ?? '');
    expect(Number(total?.[1])).toBe(summary.figures.length);
    expect(await popup.locator('li[data-figure-id] .figure-text').allTextContents()).toEqual(summary.figures.map((f) => f.text));
    expect(await popup.locator('html').getAttribute('lang')).toBe(lang === 'en' ? 'en' : 'zh-CN');
    await popup.close();
  });

  it('copies a Markdown table of every figure', async () => {
    const popup = await openPopup(session, tabId);
    await popup.getByRole('button', { name: words.copy }).click();
    await popup.getByText(words.copied).waitFor();
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\| source_url \| title \| published \| figure \| kind \| value \|/);
    expect(lines).toHaveLength(2 + summary.figures.length);
    expect(markdown).toContain(`| <${SEED_URL}> | New productive forces fuel growth in Guangdong |`);
    expect(markdown).toContain('| 9.8 percent | percent | 9.8 |  | % |');
    await popup.close();
  });

  it('downloads a CSV that a spreadsheet opens cleanly', async () => {
    const popup = await openPopup(session, tabId);
    const { file, bytes } = await downloadFrom(popup, words.csv);
    expect(file).toMatch(/^figurelens-lifeofguangzhou\.com-[\d-]+|undated\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    expect(rows[0]!.slice(0, 6)).toEqual(['source_url', 'title', 'published', 'figure', 'kind', 'value']);
    expect(rows).toHaveLength(1 + summary.figures.length);
    const growth = rows.find((r) => r[3] === '9.8 percent')!;
    expect(growth.slice(0, 2)).toEqual([SEED_URL, 'New productive forces fuel growth in Guangdong']);
    expect(growth[rows[0]!.indexOf('sentence')]).toContain('reflecting a 9.8 percent year-on-year growth rate');
    await popup.close();
  });

  it('downloads JSON rows with the page on every row', async () => {
    const popup = await openPopup(session, tabId);
    const { file, bytes } = await downloadFrom(popup, words.json);
    expect(file.endsWith('.json')).toBe(true);
    const rows = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>[];
    expect(rows.map((r) => r.figure)).toEqual(summary.figures.map((f) => f.text));
    for (const row of rows) expect(row).toMatchObject({ source_url: SEED_URL, title: 'New productive forces fuel growth in Guangdong', published: summary.page?.publishedAt ?? null });
    await popup.close();
  });

  it('asks the page to show a figure when it is chosen from the keyboard', async () => {
    const popup = await openPopup(session, tabId);
    // Record what the popup sends to the tab: the content script's answer is the in-page engineer's to test.
    await popup.evaluate(() => {
      const sent: unknown[] = [];
      (window as unknown as { sent: unknown[] }).sent = sent;
      const original = chrome.tabs.sendMessage.bind(chrome.tabs);
      chrome.tabs.sendMessage = ((tab: number, message: unknown, ...rest: unknown[]) => {
        sent.push({ tab, message });
        return (original as (...args: unknown[]) => Promise<unknown>)(tab, message, ...rest);
      }) as typeof chrome.tabs.sendMessage;
    });
    const target = summary.figures.find((f) => f.text === '9.8 percent')!;
    await popup.locator(`li[data-figure-id="${target.id}"] button.figure-text`).focus();
    await popup.keyboard.press('Enter');
    const sent = await popup.evaluate(() => (window as unknown as { sent: unknown[] }).sent);
    expect(sent).toContainEqual({ tab: tabId, message: { type: 'figure:reveal', id: target.id } });
    await popup.close();
  });

  it('is usable by keyboard: Tab goes through the controls in reading order, each with a visible focus ring', async () => {
    const popup = await openPopup(session, tabId);
    await popup.locator('li[data-figure-id]').first().waitFor();
    const stops: { label: string; ring: boolean }[] = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      const stop = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const label = el.getAttribute('aria-label') ?? (el.closest('label')?.textContent || el.textContent || '').trim();
        return { label: `${el.tagName.toLowerCase()}:${label.slice(0, 30)}`, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      stops.push(stop);
      if (stop.label.startsWith('button:' + (lang === 'en' ? 'Show “' : '在页面中显示'))) break;
    }
    const labels = stops.map((s) => s.label);
    const copy = labels.indexOf(`button:${words.copy}`);
    const csv = labels.indexOf(`button:${words.csv}`);
    const json = labels.indexOf(`button:${words.json}`);
    const filter = labels.indexOf(`input:${words.filter.slice(0, 30)}`);
    // Key points come first, then export, then the list's tools, then the figures.
    expect(labels[0]!.startsWith('button:')).toBe(true);
    expect(copy).toBeGreaterThan(0);
    expect([csv, json]).toEqual([copy + 1, copy + 2]);
    expect(filter).toBeGreaterThan(json);
    expect(labels.at(-1)).toMatch(lang === 'en' ? /^button:Show “14 trillion yuan/ : /^button:在页面中显示“14 trillion yuan/);
    expect(stops.filter((s) => !s.ring)).toEqual([]);
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations (${scheme})`, async () => {
      const popup = await openPopup(session, tabId, scheme);
      await popup.locator('li[data-figure-id]').first().waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });
  }
});

describe.runIf(browserAvailable())('the popup working with the page', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launchIn(server, 'en');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const setStoredSettings = (settings: Record<string, unknown>) =>
    session.worker!.evaluate(async (value) => {
      await chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
    }, settings);

  it('switches the page’s highlights off, and the site is remembered', async () => {
    const article = await session.context.newPage();
    await article.goto(SEED_URL);
    const tabId = await tabIdOf(session, article);
    await waitForFigures(session, tabId);
    const popup = await openPopup(session, tabId);
    const toggle = popup.getByRole('checkbox', { name: 'Highlights on this site' });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(() => highlightedTexts(article).then((t) => Object.values(t).flat().length)).toBe(0);
    await expect
      .poll(() => session.worker!.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { highlightsOffSites?: string[] } | undefined)?.highlightsOffSites))
      .toEqual(['lifeofguangzhou.com']);
    await toggle.check();
    await expect.poll(() => highlightedTexts(article).then((t) => t.percent?.length ?? 0)).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('on a default site the reader turned off: says so, and annotates the page on request', async () => {
    const { DEFAULT_SETTINGS } = await import('../lib/settings');
    await setStoredSettings({ ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] });
    try {
      const article = await session.context.newPage();
      await article.goto(SEED_URL);
      const tabId = await tabIdOf(session, article);
      const popup = await openPopup(session, tabId);
      await popup.getByText('FigureLens is turned off for lifeofguangzhou.com').waitFor();
      await popup.getByRole('button', { name: 'Annotate this page' }).click();
      await popup.locator('li[data-figure-id]').first().waitFor();
      expect(await popup.locator('li[data-figure-id]').count()).toBe(await waitForFigures(session, tabId));
      await popup.close();
      await article.close();
    } finally {
      await setStoredSettings(DEFAULT_SETTINGS as unknown as Record<string, unknown>);
    }
  });

  it('on a browser page: says FigureLens cannot run there', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version/');
    // The browser shows no extension this tab's URL, so the newest tab is the one just opened.
    const tabs = await session.worker!.evaluate(() => chrome.tabs.query({}));
    const tabId = Math.max(...tabs.map((t) => t.id!));
    expect(tabs.find((t) => t.id === tabId)!.url).toBeUndefined();
    const popup = await openPopup(session, tabId);
    await popup.getByText(/^FigureLens cannot run on this page/).waitFor();
    expect(await popup.getByRole('button', { name: 'Annotate this page' }).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe.runIf(browserAvailable())('the popup for a tab that left the article', () => {
  /** A site that is not a default one: no host access, so the worker does not see the tab arrive there. */
  const PLAIN = 'http://news.example.test/fixtures/inpage-plain.html';
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    // Extensions.triggerAction (the toolbar click that grants activeTab) needs extension debugging.
    session = await launchIn(server, 'en', ['--enable-unsafe-extension-debugging']);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the page the tab is on, not the article the worker still holds, and annotates it on request', async () => {
    const tab = await session.context.newPage();
    await tab.goto(SEED_URL);
    const tabId = await tabIdOf(session, tab);
    await waitForFigures(session, tabId);
    await tab.goto(PLAIN);
    // What made the bug: the worker never saw the tab's new URL, so it still has the article.
    expect((await summaryOf(session, tabId)).page?.url).toBe(SEED_URL);

    // The toolbar click: activeTab lets the popup see the tab's URL.
    await clickToolbarButton(session, tab);
    const popup = await openPopup(session, tabId);
    await popup.getByText('FigureLens has not read this page yet: click Annotate this page.').waitFor();
    expect(await popup.locator('h1').textContent()).toBe('FigureLens');
    expect(await popup.locator('li[data-figure-id]').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Copy Markdown' }).count()).toBe(0);

    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    await popup.locator('li[data-figure-id]').first().waitFor();
    expect(await popup.locator('h1').textContent()).toBe('A blog FigureLens does not know');
    expect(await popup.locator('li[data-figure-id] .figure-text').allTextContents()).toEqual(['12 percent', '3.5 trillion yuan', '2.5 percent']);
    await popup.close();
    await tab.close();
  });
});

describe.runIf(browserAvailable())('the popup after the worker lost some of a page’s figures', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launchIn(server, 'en');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('asks the page to send them again, and lists every figure', async () => {
    const tab = await session.context.newPage();
    await tab.goto(SEED_URL);
    const tabId = await tabIdOf(session, tab);
    const count = await waitForFigures(session, tabId, 9);
    const texts = (await summaryOf(session, tabId)).figures.map((f) => f.text);
    // What the storage budget leaves of a tab that had to give way: its page and how many figures it
    // held. The worker keeps its own copy in memory until it stops, so it is stopped, as the browser
    // stops an idle worker; the restarted worker asks the page itself, and the popup only reads.
    await expect.poll(() => summaryOf(session, tabId).then((s) => s.figures.length)).toBe(count);
    await session.worker!.evaluate(async (id) => {
      const key = `tab:${id}`;
      const pointer = (await chrome.storage.session.get(key))[key] as { page: unknown };
      await chrome.storage.session.set({ [key]: { gen: null, page: pointer.page, count: 0, held: 9 } });
    }, tabId);
    await stopWorker(session);

    const popup = await openPopup(session, tabId);
    await expect.poll(() => popup.locator('li[data-figure-id]').count()).toBe(count);
    expect(await popup.locator('li[data-figure-id] .figure-text').allTextContents()).toEqual(texts);
    await popup.close();
    await tab.close();
  });
});

describe.runIf(browserAvailable())('the popup on a page with 500 figures', () => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launchIn(server, 'en');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('renders them all, and reports how long that took', async () => {
    const article = await session.context.newPage();
    await article.goto(BENCH_URL);
    const tabId = await tabIdOf(session, article);
    const count = await waitForFigures(session, tabId, 500);
    const runs: { firstRender: number; allItems: number }[] = [];
    for (let run = 0; run < 5; run++) {
      const popup = await openPopup(session, tabId);
      await popup.waitForFunction(() => performance.getEntriesByName('figurelens:list-complete').length > 0);
      expect(await popup.locator('li[data-figure-id]').count()).toBe(count);
      runs.push(
        await popup.evaluate(() => ({
          firstRender: performance.measure('first', 'figurelens:data', 'figurelens:rendered').duration,
          allItems: performance.measure('all', 'figurelens:data', 'figurelens:list-complete').duration,
        })),
      );
      await popup.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const report = {
      figures: count,
      runs,
      medianFirstRenderMs: Math.round(median(runs.map((r) => r.firstRender))),
      medianAllItemsMs: Math.round(median(runs.map((r) => r.allItems))),
      popupScript: popupScriptSize(),
    };
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'popup-render.json'), JSON.stringify(report, null, 2));
    console.info(`popup with ${count} figures: first render ${report.medianFirstRenderMs} ms, all items ${report.medianAllItemsMs} ms (median of ${runs.length}, from data to mark)`);
  });
});
