/**
 * One small interface over the two browsers the tests drive (Chromium through
 * playwright-core, Firefox through puppeteer-core and its debugging protocol),
 * so a two-browser test file states once what must hold in both.
 */
export type BrowserName = 'chromium' | 'firefox';
export type UiLang = 'en' | 'zh';

/** A web page in a tab. `evaluate` runs in the page's own world, as its scripts see it. */
export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves once `fn(arg)` is truthy in the page. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Runs `source` in the page's own world at the start of every document it loads next, before its own scripts and ours. */
  addInitScript(source: string): Promise<void>;
  /** The console errors and uncaught errors (the page's and its content scripts') reported for this tab since it opened. */
  errors(): string[];
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** An extension page opened as a tab (the popup). */
export interface ExtensionDocument {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the button whose text is `label`. */
  click(label: string): Promise<void>;
  /** Clicks the button whose text is `label` and returns the file it downloads. */
  download(label: string): Promise<{ file: string; bytes: Buffer }>;
  close(): Promise<void>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  newPage(): Promise<TestPage>;
  /** The extension's tab id of a page. */
  tabIdOf(page: TestPage): Promise<number>;
  /**
   * Evaluates `fn(arg)` in the extension's background context (Chromium's
   * service worker, Firefox's event page). `chrome` is the promise-based API
   * in both: Chromium's own, Firefox's `browser`.
   */
  inBackground<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Stops the background context as the browser stops an idle one; the next event starts it again. */
  stopBackground(): Promise<void>;
  /** The popup for tab `tabId`, opened as a tab ("?tabId="), its main element rendered. */
  openPopup(tabId: number): Promise<ExtensionDocument>;
  /** The hover card's markup (role="tooltip" in our closed shadow root), or null when none is shown. */
  cardHtml(page: TestPage): Promise<string | null>;
  close(): Promise<void>;
}
