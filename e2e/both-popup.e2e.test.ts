import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_URL, startServer, type FixtureServer } from './harness';
import { firefoxHasChinese } from './browsers/firefox';
import { available, BROWSERS, launchBrowser, poll, storedFigures, type BrowserName, type StoredFigure, type TestBrowser, type UiLang } from './browsers';
import { parseCsv } from '../lib/export/csv-parse.test-helper';

const TITLE = 'New productive forces fuel growth in Guangdong';
const WORDS: Record<UiLang, { copy: string; csv: string; json: string; lang: string }> = {
  en: { copy: 'Copy Markdown', csv: 'Download CSV', json: 'Download JSON', lang: 'en' },
  zh: { copy: '复制 Markdown', csv: '下载 CSV', json: '下载 JSON', lang: 'zh-CN' },
};
/** Firefox: the test cannot read the clipboard back. */
const NO_CLIPBOARD_READ = 'Firefox: skipped — reading the clipboard back needs clipboardRead or a paste prompt, and the extension asks for neither';

/** The popup's list as text. textContent, not innerText: Firefox's innerText leaves out content-visibility:auto rows off screen. */
function listed(): Array<{ text: string; sentence: string }> {
  return [...document.querySelectorAll('li[data-figure-id]')].map((li) => ({
    text: li.querySelector('.figure-text')?.textContent ?? '',
    sentence: li.querySelector('.figure-sentence')?.textContent ?? '',
  }));
}

/** Why a browser cannot show a language, or null when it can. */
function cannotShow(name: BrowserName, lang: UiLang): string | null {
  if (name === 'firefox' && lang === 'zh' && !firefoxHasChinese()) return 'Firefox has no zh-CN language pack here (apt-get install firefox-esr-l10n-zh-cn)';
  return null;
}

for (const name of BROWSERS) {
  for (const lang of ['en', 'zh'] as const) {
    const reason = cannotShow(name, lang);
    const title = `the popup for the seed article in ${name}, UI in ${lang}${reason ? ` — skipped: ${reason}` : ''}`;
    describe.runIf(available(name) && !reason)(title, () => {
      const words = WORDS[lang];
      let server: FixtureServer;
      let browser: TestBrowser;
      let tabId: number;
      let figures: StoredFigure[];

      beforeAll(async () => {
        server = await startServer();
        browser = await launchBrowser(name, server, { lang });
        const page = await browser.newPage();
        await page.goto(SEED_URL);
        tabId = await browser.tabIdOf(page);
        figures = await storedFigures(browser, tabId, 9);
      }, 90_000);
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });

      it('lists every figure with its sentence, in page order, in the UI language', async () => {
        const popup = await browser.openPopup(tabId);
        const rows = await poll(async () => {
          const now = await popup.evaluate(listed, undefined);
          return now.length === figures.length && now;
        }, 'the popup never listed every figure');
        expect(rows.map((r) => r.text)).toEqual(figures.map((f) => f.text));
        for (const [i, row] of rows.entries()) expect(figures[i]!.sentence).toContain(row.sentence.trim().replace(/…$/, ''));
        expect(await popup.evaluate(() => [document.documentElement.lang, document.querySelector('h1')?.textContent], undefined)).toEqual([words.lang, TITLE]);
        await popup.close();
      });

      it('downloads a CSV and JSON of every figure', async () => {
        const popup = await browser.openPopup(tabId);
        await poll(() => popup.evaluate(() => document.querySelectorAll('li[data-figure-id]').length > 0, undefined), 'no figures listed');
        const csv = await popup.download(words.csv);
        expect(csv.file).toMatch(/^figurelens-lifeofguangzhou\.com-.*\.csv$/);
        const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
        expect(rows[0]!.slice(0, 6)).toEqual(['source_url', 'title', 'published', 'figure', 'kind', 'value']);
        expect(rows.slice(1).map((r) => r[3])).toEqual(figures.map((f) => f.text));
        const json = await popup.download(words.json);
        expect(json.file.endsWith('.json')).toBe(true);
        const records = JSON.parse(json.bytes.toString('utf8')) as Array<Record<string, unknown>>;
        expect(records.map((r) => r.figure)).toEqual(figures.map((f) => f.text));
        for (const record of records) expect(record).toMatchObject({ source_url: SEED_URL, title: TITLE });
        await popup.close();
      });

      it.skipIf(name === 'firefox')(`copies a Markdown table of every figure${name === 'firefox' ? ` (${NO_CLIPBOARD_READ})` : ''}`, async () => {
        const popup = await browser.openPopup(tabId);
        await poll(() => popup.evaluate(() => document.querySelectorAll('li[data-figure-id]').length > 0, undefined), 'no figures listed');
        await popup.click(words.copy);
        const markdown = await poll(() => popup.evaluate(() => navigator.clipboard.readText(), undefined), 'nothing was copied');
        const lines = markdown.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^\| source_url \| title \| published \| figure \| kind \| value \|/);
        expect(lines).toHaveLength(2 + figures.length);
        await popup.close();
      });

      it('the toolbar button’s badge counts the figures (action in MV3, browser_action in Firefox MV2)', async () => {
        const badge = await browser.inBackground((id) => (chrome.action ?? (chrome as unknown as { browserAction: typeof chrome.action }).browserAction).getBadgeText({ tabId: id }), tabId);
        expect(badge).toBe(String(figures.length));
        expect(await browser.inBackground(() => [typeof chrome.action, typeof (chrome as unknown as { browserAction?: object }).browserAction], undefined)).toEqual(
          name === 'firefox' ? ['undefined', 'object'] : ['object', 'undefined'],
        );
      });

      it('holds host access to the default sites only; any other origin stays optional until the reader grants it', async () => {
        const access = await browser.inBackground(
          async () => ({
            all: (await chrome.permissions.getAll()).origins ?? [],
            seed: await chrome.permissions.contains({ origins: ['*://*.lifeofguangzhou.com/*'] }),
            other: await chrome.permissions.contains({ origins: ['*://news.example.test/*'] }),
          }),
          undefined,
        );
        expect(access.all).not.toContain('*://*/*');
        expect([access.seed, access.other]).toEqual([true, false]);
      });
    });
  }
}
