/**
 * Screenshots for the README: the popup on the seed article in English and
 * Chinese, light and dark, and the options page. Run by `npm run screenshots`
 * after a build; writes docs/popup-{en,zh}-{light,dark}.png and
 * docs/options-{en,zh}.png at the popup's real size.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED_URL, startServer, tabIdOf, waitForFigures } from '../e2e/harness';
import { launchIn, openOptions, openPopup } from '../e2e/popup-helpers';

const DOCS = join(ROOT, 'docs');
mkdirSync(DOCS, { recursive: true });

const server = await startServer();
const written: string[] = [];
try {
  for (const lang of ['en', 'zh'] as const) {
    const session = await launchIn(server, lang);
    try {
      const article = await session.context.newPage();
      await article.goto(SEED_URL);
      const tabId = await tabIdOf(session, article);
      await waitForFigures(session, tabId);
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
