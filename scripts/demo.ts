/**
 * npm run demo — for machines without a display: opens the bundled seed
 * article in headless Chromium with the built extension and writes what a
 * reader would see: the annotated page, the popup, and the figures as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, CHROMIUM, launch, ROOT, SEED_URL, startServer, tabIdOf, waitForFigures } from '../e2e/harness';

const OUT = join(ROOT, 'demo-output');

async function main(): Promise<void> {
  if (!browserAvailable()) {
    console.error(`demo: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const session = await launch(server);
  try {
    const page = await session.context.newPage();
    await page.goto(SEED_URL);
    const tabId = await tabIdOf(session, page);
    await waitForFigures(session, tabId);
    await page.screenshot({ path: join(OUT, 'page.png'), fullPage: true });

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 480, height: 900 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-figure-id]').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });

    const summary = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'figures:get', tabId: id }), tabId);
    writeFileSync(join(OUT, 'figures.json'), `${JSON.stringify(summary, null, 2)}\n`);
    for (const file of ['page.png', 'popup.png', 'figures.json']) console.log(join(OUT, file));
  } finally {
    await session.close();
    await server.close();
  }
}

await main();
