/**
 * Screenshots for the README: the annotated seed article and a Chinese
 * article, the popup on the seed article in English and Chinese, light and
 * dark, the popup's Checks group on a page whose numbers do not add up, and
 * the options page. Run by `npm run screenshots` after a build; writes
 * docs/page-{seed,zh}.png, docs/popup-{en,zh}-{light,dark}.png,
 * docs/popup-checks.png and docs/options-{en,zh}.png at the popup's real size.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ROOT, SEED_URL, startServer, tabIdOf, waitForFigures } from '../e2e/harness';
import { launchIn, openOptions, openPopup } from '../e2e/popup-helpers';

const DOCS = join(ROOT, 'docs');
mkdirSync(DOCS, { recursive: true });

const ZH_ARTICLE_URL = 'http://www.chinadaily.com.cn/fixtures/zh-article.html';
/** A constructed page whose sums, rates, shares and points fail their checks (e2e/pages/checks-article.html). */
const CHECKS_ARTICLE_URL = 'http://www.lifeofguangzhou.com/fixtures/checks-article.html';

const server = await startServer();
const written: string[] = [];

/** The part of an annotated page a reader looks at, once the highlights are painted. */
async function pageShot(page: Page, name: string, selector: string): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0));
  const file = join(DOCS, name);
  await page.locator(selector).screenshot({ path: file });
  written.push(file);
}
try {
  for (const lang of ['en', 'zh'] as const) {
    const session = await launchIn(server, lang);
    try {
      const article = await session.context.newPage();
      await article.goto(SEED_URL);
      const tabId = await tabIdOf(session, article);
      await waitForFigures(session, tabId);
      if (lang === 'en') {
        await pageShot(article, 'page-seed.png', 'article');
        const zh = await session.context.newPage();
        await zh.goto(ZH_ARTICLE_URL);
        await waitForFigures(session, await tabIdOf(session, zh));
        await pageShot(zh, 'page-zh.png', 'article');
        await zh.close();
        const checks = await session.context.newPage();
        await checks.goto(CHECKS_ARTICLE_URL);
        const checksTab = await tabIdOf(session, checks);
        await waitForFigures(session, checksTab);
        const popup = await openPopup(session, checksTab);
        await popup.locator('section.checks li').first().waitFor();
        const file = join(DOCS, 'popup-checks.png');
        await popup.screenshot({ path: file });
        written.push(file);
        await popup.close();
        await checks.close();
      }
      for (const scheme of ['light', 'dark'] as const) {
        const popup = await openPopup(session, tabId, scheme);
        await popup.locator('li[data-figure-id]').first().waitFor();
        const file = join(DOCS, `popup-${lang}-${scheme}.png`);
        await popup.screenshot({ path: file });
        written.push(file);
        await popup.close();
      }
      const options = await openOptions(session);
      await options.setViewportSize({ width: 760, height: 900 });
      const file = join(DOCS, `options-${lang}.png`);
      await options.screenshot({ path: file, fullPage: true });
      written.push(file);
      await options.close();
    } finally {
      await session.close();
    }
  }
} finally {
  await server.close();
}
for (const file of written) console.log(file.slice(ROOT.length + 1));
