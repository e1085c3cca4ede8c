/** The two-browser interface over today's Chromium harness (playwright-core, e2e/harness.ts). */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { launch, type FixtureServer, type Session } from '../harness';
import { cardHtml } from '../inpage-helpers';
import { launchIn, stopWorker } from '../popup-helpers';
import type { BrowserName, ExtensionDocument, TestBrowser, TestPage, UiLang } from './types';

class ChromiumPage implements TestPage {
  private seen: string[] = [];
  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.seen.push(m.text());
    });
    page.on('pageerror', (e) => this.seen.push(String(e)));
  }
  async addInitScript(source: string): Promise<void> {
    await this.page.addInitScript(source);
  }
  errors(): string[] {
    return [...this.seen];
  }
  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
  async waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs = 15_000): Promise<void> {
    await this.page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
  }
  async mouseMove(x: number, y: number): Promise<void> {
    await this.page.mouse.move(x, y);
  }
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
  async close(): Promise<void> {
    await this.page.close();
  }
}

export class ChromiumBrowser implements TestBrowser {
  readonly name: BrowserName = 'chromium';
  private constructor(readonly session: Session) {}

  static async launch(server: FixtureServer, { lang = 'en' as UiLang } = {}): Promise<ChromiumBrowser> {
    const session = lang === 'en' ? await launch(server) : await launchIn(server, lang);
    // The popup's "Copy Markdown" is read back from the clipboard.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    return new ChromiumBrowser(session);
  }

  async newPage(): Promise<TestPage> {
    return new ChromiumPage(await this.session.context.newPage());
  }

  /** The running service worker; after a stop, the one the next event started. */
  private async worker(): Promise<Worker> {
    const origin = `chrome-extension://${this.session.extensionId}/`;
    const running = this.session.context.serviceWorkers().find((w) => w.url().startsWith(origin));
    return running ?? (await this.session.context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }

  async tabIdOf(page: TestPage): Promise<number> {
    const url = page.url();
    const tabs = await this.inBackground(() => chrome.tabs.query({}), undefined);
    const tab = tabs.find((t) => t.url === url);
    if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
    return tab.id;
  }

  async inBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return (await this.worker()).evaluate(fn as never, arg) as Promise<R>;
  }

  async stopBackground(): Promise<void> {
    await stopWorker(this.session);
  }

  async openPopup(tabId: number): Promise<ExtensionDocument> {
    const page = await this.session.context.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(`chrome-extension://${this.session.extensionId}/popup.html?tabId=${tabId}`);
    await page.locator('main').waitFor();
    return {
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      click: (label) => page.getByRole('button', { name: label }).click(),
      download: async (label) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
        return { file: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
      },
      close: () => page.close(),
    };
  }

  cardHtml(page: TestPage): Promise<string | null> {
    return cardHtml((page as ChromiumPage).page);
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
