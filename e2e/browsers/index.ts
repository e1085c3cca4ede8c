/**
 * The browsers a two-browser test file runs in. Each file launches each
 * browser once (a Firefox start takes 8–18 s) and states its spec once.
 */
import { decodeSnapshot } from '../../lib/tab-snapshot';
import { browserAvailable, type FixtureServer } from '../harness';
import { ChromiumBrowser } from './chromium';
import { FirefoxBrowser, firefoxAvailable } from './firefox';
import type { BrowserName, TestBrowser, UiLang } from './types';

export { poll } from './poll';

export type { BrowserName, ExtensionDocument, TestBrowser, TestPage, UiLang } from './types';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export function available(name: BrowserName): boolean {
  return name === 'chromium' ? browserAvailable() : firefoxAvailable();
}

export function launchBrowser(name: BrowserName, server: FixtureServer, options: { lang?: UiLang } = {}): Promise<TestBrowser> {
  return name === 'chromium' ? ChromiumBrowser.launch(server, options) : FirefoxBrowser.launch(server, options);
}

export interface StoredFigure {
  id: string;
  text: string;
  sentence: string;
}

/** Waits until the background holds at least `min` figures for the tab (read from storage.session), and returns them. */
export async function storedFigures(browser: TestBrowser, tabId: number, min = 1): Promise<StoredFigure[]> {
  const until = Date.now() + 15_000;
  for (;;) {
    // The tab's pointer names the generation whose snapshot is in force (entrypoints/background/snapshots.ts).
    const text = await browser.inBackground(async (id) => {
      const pointer = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { gen: number | null } | undefined;
      if (pointer?.gen == null) return null;
      return ((await chrome.storage.session.get(`tab:${id}:${pointer.gen}`))[`tab:${id}:${pointer.gen}`] as string | undefined) ?? null;
    }, tabId);
    const figures = (decodeSnapshot(text)?.figures ?? []).map((f) => ({ id: f.id, text: f.text, sentence: f.sentence }));
    if (figures.length >= min) return figures;
    if (Date.now() > until) throw new Error(`tab ${tabId} never reached ${min} figures (has ${figures.length})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The reader's settings as stored, changed by `patch` (as the options page writes them). */
export async function patchSettings(browser: TestBrowser, patch: Record<string, unknown>): Promise<void> {
  await browser.inBackground(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...p } });
  }, patch);
}

/** Waits until the card shows (with `text` in it) or, with `null`, until none does. */
export async function untilCard(browser: TestBrowser, page: import('./types').TestPage, text: string | null, timeoutMs = 8000): Promise<string | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const html = await browser.cardHtml(page);
    if (text === null ? html === null : html?.includes(text)) return html;
    if (Date.now() > until) throw new Error(`card never ${text === null ? 'closed' : `showed "${text}"`}; last: ${html?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
