/**
 * FigureLens on pages it does not run on by itself. For the popup:
 *
 *   // "Annotate this page": uses the activeTab grant the popup click gave; no host permission.
 *   const result = await annotateTab(tabId);          // 'injected' | 'already-running'; throws where
 *                                                      // no extension may script (chrome://, the Web Store, PDFs)
 *
 *   // "Always on this site": call straight from the click handler. Pass the tab's URL the popup
 *   // already has (plus the tab id to annotate it at once): permissions.request needs the user's
 *   // gesture, and Firefox loses it at the first await. A tab id alone works in Chromium.
 *   const answer = await alwaysOnSite(tab.url, tab.id);  // 'granted' | 'denied'
 *
 *   // The per-site highlight switch is a settings write (withHighlightsFor); the content script follows it.
 *   await updateSettings((s) => withHighlightsFor(s, host, on));
 *
 * The background (entrypoints/background/user-sites.ts) keeps the dynamic
 * content scripts of "always on" sites in step with settings.userSites,
 * settings.disabledSites and the permissions the reader grants or revokes.
 */
import { browser } from 'wxt/browser';
import { siteHost } from '@/lib/settings';
import { matchPatternFor } from '@/lib/sites';

/** The built content script and its stylesheet, as WXT names them. */
export const CONTENT_SCRIPT = '/content-scripts/content.js';
export const CONTENT_CSS = '/content-scripts/content.css';

/**
 * The global a content script of ours keeps in its isolated world: `alive()`
 * says it is running, `manual` says the reader asked for this page (so a site
 * the reader turned off still gets read when they click "Annotate").
 */
export const PRESENCE_KEY = '__figurelens__';

export interface Presence {
  manual?: boolean;
  alive?: () => boolean;
}

/**
 * Runs in the page's isolated world before the script is injected: a live
 * script is marked as asked for and reported (so it is not started twice; a
 * second WXT content script would stop the first and read the page again for
 * nothing), else the mark is left for the script about to come. A script
 * still waiting for the page to load on a site the reader turned off reads
 * the mark when it gets there, and runs.
 */
function probe(key: string): 'running' | 'absent' {
  const scope = globalThis as unknown as Record<string, Presence | undefined>;
  const present = scope[key];
  if (present?.alive?.()) {
    present.manual = true;
    return 'running';
  }
  scope[key] = { manual: true };
  return 'absent';
}

export async function annotateTab(tabId: number): Promise<'injected' | 'already-running'> {
  const [answer] = await browser.scripting.executeScript({ target: { tabId }, func: probe, args: [PRESENCE_KEY] });
  if (answer?.result === 'running') return 'already-running';
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  return 'injected';
}

/**
 * Asks for one site's host permission and, given the tab, annotates it right
 * away. The worker adds the granted site to the reader's sites (and
 * registers its content script) on permissions.onAdded: Firefox closes the
 * popup while the prompt is open, so nothing after the request here is sure
 * to run.
 */
export async function alwaysOnSite(target: string | number, tabId?: number): Promise<'granted' | 'denied'> {
  if (typeof target === 'number') tabId = target;
  const url = typeof target === 'string' ? target : ((await browser.tabs.get(target)).url ?? '');
  const host = siteHost(url);
  if (!host) throw new Error(`not a web site: ${url.slice(0, 100)}`);
  const granted = await browser.permissions.request({ origins: [matchPatternFor(host)] });
  if (!granted) return 'denied';
  if (tabId !== undefined) await annotateTab(tabId).catch(() => undefined);
  return 'granted';
}
