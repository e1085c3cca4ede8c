/**
 * Opening the extension's own pages (popup, options) in real Chromium, in a
 * chosen UI language and colour scheme, and checking them with axe-core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Download, Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type FixtureServer, type Session } from './harness';

export type UiLang = 'en' | 'zh';

const ZH_LOCALE = '/usr/lib/chromium/locales/zh-CN.pak';

/**
 * Chromium with the extension, its whole UI in `lang`. On Linux Chromium takes
 * its UI language from LANGUAGE (with the chromium-l10n locale files
 * installed); `--lang` alone changes the messages but not
 * `i18n.getUILanguage()`, so the environment is the honest switch. `args`
 * adds Chromium switches.
 */
export async function launchIn(server: FixtureServer, lang: UiLang, args: string[] = []): Promise<Session> {
  if (lang === 'zh' && !existsSync(ZH_LOCALE)) throw new Error(`${ZH_LOCALE} is missing: apt-get install chromium-l10n`);
  const before = process.env.LANGUAGE;
  process.env.LANGUAGE = lang === 'zh' ? 'zh_CN' : 'en_US';
  try {
    return await launch(server, { args });
  } finally {
    if (before === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = before;
  }
}

/** The popup for tab `tabId`, as "open in a tab" and the tests open it. */
export async function openPopup(session: Session, tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme });
  // The size Chromium gives a popup: at most 800 × 600.
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await page.locator('main').waitFor();
  return page;
}

export async function openOptions(session: Session, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.locator('main.options').waitFor();
  return page;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page. The source is
 * evaluated through the DevTools protocol, which the extension page's CSP
 * (script-src 'self') does not govern, so no script tag is added.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Stops the extension's service worker, as the browser does to an idle one;
 * the next message wakes it with only what session storage kept. The
 * session's `worker` handle is gone afterwards.
 */
export async function stopWorker(session: Session): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`));
    if (!worker) throw new Error('no service worker of the extension');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.detach();
  }
}

/** Clicks `button` and returns the file the page downloads. */
export async function downloadFrom(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = await download.path();
  return { file: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The JavaScript the popup loads (its entry and the chunks it preloads), minified and gzipped. */
export function popupScriptSize(): { files: string[]; minified: number; gzipped: number } {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const code = readFileSync(join(EXTENSION_DIR, file));
    minified += code.length;
    gzipped += gzipSync(code, { level: 9 }).length;
  }
  return { files, minified, gzipped };
}
