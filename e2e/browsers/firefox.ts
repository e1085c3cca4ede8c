/**
 * Firefox ESR with the built extension (.output/firefox-mv2), driven by
 * puppeteer-core over WebDriver BiDi for pages and by Firefox's own debugging
 * protocol for the extension's documents. The fixture server is Firefox's
 * HTTP proxy, so the news sites' host names reach it and the manifest's real
 * match patterns decide where the content script runs.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, type FixtureServer } from '../harness';
import { poll } from './poll';
import { RdpClient, type RdpTarget } from './firefox-rdp';
import type { BrowserName, ExtensionDocument, TestBrowser, TestPage, UiLang } from './types';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIR = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
/** A fixed add-on UUID, so the tests know the extension's origin before it starts. */
const UUID = '6f1c2b8e-3d4a-4e5f-9a0b-1c2d3e4f5a6b';
export const FIREFOX_ORIGIN = `moz-extension://${UUID}`;

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

/** Whether Firefox can show its UI (and so the extension's messages) in Chinese: Debian's firefox-esr-l10n-zh-cn. */
export function firefoxHasChinese(): boolean {
  const dirs = ['/usr/lib/firefox-esr/browser/extensions', '/usr/lib/firefox-esr/distribution/extensions', '/usr/share/firefox-esr/browser/extensions'];
  return dirs.some((d) => existsSync(d) && readdirSync(d).some((f) => f.includes('zh-CN')));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  await new Promise((ok) => server.close(ok));
  return port;
}

function prefs(server: FixtureServer, lang: UiLang, downloads: string, geckoId: string): Record<string, unknown> {
  return {
    // The fixture server is the proxy for every host name: the real URLs, served locally.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': server.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': server.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The fixtures are http://: no upgrade to a TLS server that does not exist.
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_only_mode': false,
    // The debugging protocol, without the prompt a person would answer.
    'devtools.debugger.remote-enabled': true,
    'devtools.chrome.enabled': true,
    'devtools.debugger.prompt-connection': false,
    // A temporary install keeps this UUID only with the second pref.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
    'extensions.webextensions.keepUuidOnUninstall': true,
    // The tests unload the event page when they mean to (stopBackground); a loaded machine must not do it for them.
    'extensions.background.idle.timeout': 600_000,
    'intl.locale.requested': lang === 'zh' ? 'zh-CN' : 'en-US',
    'intl.accept_languages': lang === 'zh' ? 'zh-CN, zh' : 'en-US, en',
    // The popup's downloads (a blob link) land in a folder the test reads, without a dialog.
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
}

class FirefoxPage implements TestPage {
  private seen: string[] = [];
  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.seen.push(m.text());
    });
    page.on('pageerror', (e) => this.seen.push(String(e)));
  }
  /** A BiDi preload script (script.addPreloadScript), in the page's window realm. */
  async addInitScript(source: string): Promise<void> {
    await this.page.evaluateOnNewDocument(source);
  }
  errors(): string[] {
    return [...this.seen];
  }
  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>;
  }
  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(fn as never, { timeout: timeoutMs }, arg as never);
  }
  async mouseMove(x: number, y: number): Promise<void> {
    await this.page.mouse.move(x, y);
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  async close(): Promise<void> {
    await this.page.close();
  }
}

/** Evaluates `fn(arg)` in an extension document with `chrome` bound to Firefox's promise-based `browser`. */
function source<A>(fn: (arg: A) => unknown, arg: A): string {
  return `((chrome) => (${fn.toString()})(${JSON.stringify(arg ?? null)}))(browser)`;
}

export class FirefoxBrowser implements TestBrowser {
  readonly name: BrowserName = 'firefox';
  readonly origin = FIREFOX_ORIGIN;
  private background?: RdpTarget;

  private constructor(
    private browser: Browser,
    private rdp: RdpClient,
    private addonActor: string,
    /** Where the popup's downloads land (browser.download.dir). */
    readonly downloads: string,
  ) {}

  static async launch(server: FixtureServer, { lang = 'en' as UiLang } = {}): Promise<FirefoxBrowser> {
    if (!existsSync(join(FIREFOX_DIR, 'manifest.json'))) throw new Error(`no build at ${FIREFOX_DIR}: run npm run build:firefox first`);
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    const debuggerPort = await freePort();
    const downloads = mkdtempSync(join(tmpdir(), 'figurelens-ff-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--start-debugger-server', String(debuggerPort)],
      extraPrefsFirefox: prefs(server, lang, downloads, manifest.browser_specific_settings.gecko.id),
      protocolTimeout: 60_000,
    });
    try {
      const id = await browser.installExtension(FIREFOX_DIR);
      const rdp = await RdpClient.connect(debuggerPort);
      const addon = await rdp.addon(id);
      if (!addon.manifestURL.startsWith(FIREFOX_ORIGIN)) throw new Error(`the add-on's UUID was not fixed: ${addon.manifestURL}`);
      return new FirefoxBrowser(browser, rdp, addon.actor, downloads);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Whether the blank tab Firefox starts with was handed out. */
  private usedFirst = false;

  async newPage(): Promise<TestPage> {
    const pages = await this.browser.pages();
    const page = !this.usedFirst && pages.length === 1 && pages[0]!.url() === 'about:blank' ? pages[0]! : await this.browser.newPage();
    this.usedFirst = true;
    // Firefox does not apply defaultViewport to its first tab: set it on each.
    await page.setViewport({ width: 1280, height: 900 });
    return new FirefoxPage(page);
  }

  async tabIdOf(page: TestPage): Promise<number> {
    const url = page.url();
    const tabs = await this.inBackground(() => chrome.tabs.query({}), undefined);
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }

  /** Evaluates `fn(arg)` in the background page, `chrome` being Firefox's `browser` there. */
  async inBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    for (let attempt = 0; ; attempt++) {
      this.background ??= await this.rdp.extensionFrame(this.addonActor, (url) => url.startsWith(`${FIREFOX_ORIGIN}/_generated_background_page.html`));
      try {
        return await this.rdp.evaluate<R>(this.background.consoleActor, source(fn, arg));
      } catch (error) {
        // The event page went away (idle, or the test stopped it): find the new one.
        if (attempt > 2 || !/noSuchActor|wrongState|unknownActor|no such actor/i.test(String(error))) throw error;
        this.background = undefined;
      }
    }
  }

  /** Unloads the event page as Firefox does an idle one (about:debugging's "Terminate background script"). */
  async stopBackground(): Promise<void> {
    await this.rdp.request(this.addonActor, 'terminateBackgroundScript');
    this.background = undefined;
  }

  async openPopup(tabId: number): Promise<ExtensionDocument> {
    const url = `${FIREFOX_ORIGIN}/popup.html?tabId=${tabId}`;
    const created = await this.inBackground((u) => chrome.tabs.create({ url: u }), url);
    const target = await this.rdp.extensionFrame(this.addonActor, (u) => u === url);
    const evaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      this.rdp.evaluate<R>(target.consoleActor, `(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
    await poll(() => evaluate(() => document.querySelector('main') !== null, undefined), 'the popup never rendered');
    const click = async (label: string) => {
      await evaluate((text) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!.click(), label);
    };
    return {
      evaluate,
      click,
      download: async (label) => {
        const before = new Set(readdirSync(this.downloads));
        await click(label);
        // Firefox writes a .part file first: the download is done when only the final name is there.
        const file = await poll(() => {
          const names = readdirSync(this.downloads).filter((n) => !before.has(n));
          return names.length === 1 && !names[0]!.endsWith('.part') && !names.some((n) => n.endsWith('.part')) ? names[0]! : undefined;
        }, `"${label}" downloaded nothing`);
        return { file, bytes: readFileSync(join(this.downloads, file)) };
      },
      close: async () => {
        await this.inBackground((id) => chrome.tabs.remove(id), created.id!);
      },
    };
  }

  /**
   * The card lives in a closed shadow root, which page scripts and BiDi cannot
   * open; a content script can (Firefox gives extensions openOrClosedShadowRoot).
   */
  async cardHtml(page: TestPage): Promise<string | null> {
    const tabId = await this.tabIdOf(page);
    const [answer] = await this.inBackground(
      (id) =>
        chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            const host = document.querySelector('[data-figurelens-card]') as (Element & { openOrClosedShadowRoot?: ShadowRoot }) | null;
            return host?.openOrClosedShadowRoot?.querySelector('[role="tooltip"]')?.outerHTML ?? null;
          },
        }),
      tabId,
    );
    return (answer?.result as string | null | undefined) ?? null;
  }

  async close(): Promise<void> {
    this.rdp.close();
    await this.browser.close();
    rmSync(this.downloads, { recursive: true, force: true });
  }
}
