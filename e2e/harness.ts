/**
 * Real Chromium with the built extension. Fixtures are served from
 * 127.0.0.1 and the news sites' host names are mapped to that server, so the
 * manifest's real match patterns decide where the content script runs.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Host names served by the fixture server; the default sites among them run the content script. */
export const MAPPED_HOSTS = ['www.lifeofguangzhou.com', 'www.chinadaily.com.cn', 'news.example.test'];

/** The seed article at the path it has on the real site. */
export const SEED_PATH = '/content/202501/16/170602_54776028.htm';
export const SEED_URL = `http://www.lifeofguangzhou.com${SEED_PATH}`;

const FIXTURE_DIRS = [join(ROOT, 'e2e/pages')];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/** Routes: the seed's real path, and `/fixtures/NAME` for any file in e2e/pages. */
function fileFor(pathname: string): string | null {
  if (pathname === SEED_PATH) return join(ROOT, 'e2e/pages/seed-article.html');
  const name = pathname.replace(/^\/fixtures\//, '');
  if (name === pathname) return null;
  for (const dir of FIXTURE_DIRS) {
    const file = normalize(join(dir, name));
    if (file.startsWith(dir) && existsSync(file)) return file;
  }
  return null;
}

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

export async function startServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain; charset=utf-8' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { port: address.port, close: () => new Promise((ok) => server.close(() => ok())) };
}

export function browserAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Session {
  context: BrowserContext;
  /** The extension's service worker (absent in a plain session). */
  worker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, or plain (`extension: false`) for comparisons; `args` adds switches.
 * `backForwardCache`: keep Chromium's back/forward cache, which Playwright turns off by default.
 */
export async function launch(server: FixtureServer, { extension = true, args = [] as string[], backForwardCache = false } = {}): Promise<Session> {
  if (extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no build at ${EXTENSION_DIR}: run npm run build first`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'figurelens-e2e-'));
  const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: backForwardCache ? ['--disable-back-forward-cache'] : undefined,
    args: [
      ...(extension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
      `--host-resolver-rules=${rules}`,
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extension) return { context, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}

/** The extension's tab id for a page, asked of the service worker. */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const tabs = await session.worker!.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
  return tab.id;
}

/** Waits until the service worker holds at least `min` figures for the tab, and returns how many. */
export async function waitForFigures(session: Session, tabId: number, min = 1): Promise<number> {
  for (let i = 0; i < 100; i++) {
    // The tab's pointer (utils/tab-snapshot-key.ts) counts the figures of the generation in force.
    const count = await session.worker!.evaluate(async (id) => {
      const reply = await chrome.storage.session.get(`tab:${id}`);
      return (reply[`tab:${id}`] as { count?: number } | undefined)?.count ?? 0;
    }, tabId);
    if (count >= min) return count;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab ${tabId} never reached ${min} figures`);
}

/** The texts of the ranges in our highlights, by kind, as the page sees them. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const kind of ['money', 'percent', 'count', 'quantity']) {
      const h = CSS.highlights.get(`figurelens-${kind}`);
      out[kind] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  });
}
