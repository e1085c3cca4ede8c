/**
 * "Always on this site": one dynamic content script per site the reader
 * added, registered while the site is in settings.userSites, not in
 * settings.disabledSites, and its host permission is granted. Kept in step
 * whenever the settings or the granted permissions change, and at start
 * (registrations persist across sessions, the settings may have changed
 * while the worker slept).
 */
import { browser } from 'wxt/browser';
import { matchPatternFor } from '@/lib/sites';
import { CONTENT_CSS, CONTENT_SCRIPT } from '@/utils/annotate';
import { siteHost, withUserSite } from '@/lib/settings';
import { loadSettings, settingsItem, updateSettings } from '@/utils/settings';

const ID_PREFIX = 'figurelens-site:';
/** As the manifest's content script: started early to read the settings while the page loads. */
const RUN_AT = 'document_start' as const;

/** What should be registered: script id → match pattern. */
async function wanted(): Promise<Map<string, string>> {
  const settings = await loadSettings();
  const out = new Map<string, string>();
  for (const host of settings.userSites) {
    if (settings.disabledSites.includes(host)) continue;
    const pattern = matchPatternFor(host);
    if (await browser.permissions.contains({ origins: [pattern] })) out.set(ID_PREFIX + host, pattern);
  }
  return out;
}

async function sync(): Promise<void> {
  const want = await wanted();
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  // A registration from an older version (another runAt) is replaced too: registrations persist across updates.
  const stale = registered.filter((s) => want.get(s.id) !== s.matches?.[0] || s.runAt !== RUN_AT).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(registered.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...want].filter(([id]) => !kept.has(id));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(([id, pattern]) => ({
      id,
      matches: [pattern],
      js: [CONTENT_SCRIPT],
      css: [CONTENT_CSS],
      runAt: RUN_AT,
      persistAcrossSessions: true,
    })),
  );
}

let queue: Promise<void> = Promise.resolve();

/** Syncs once more after any sync in progress: two at once would register the same id twice. */
export function syncUserSites(): Promise<void> {
  queue = queue.then(sync).catch((error: unknown) => console.warn('FigureLens: could not sync the reader’s sites', error));
  return queue;
}

/**
 * The sites a grant of `origins` adds to the reader's list: those asked for
 * as `*://*.host/*` ("Always on this site", or a site added in the options).
 * Other grants (the ECB's rates file) are not sites.
 */
export function grantedSites(origins: readonly string[] | undefined): string[] {
  const hosts: string[] = [];
  for (const origin of origins ?? []) {
    const match = /^\*:\/\/\*\.([^/]+)\/\*$/.exec(origin);
    const host = match ? siteHost(match[1]!) : undefined;
    if (host) hosts.push(host);
  }
  return hosts;
}

/**
 * The popup may close while the permission prompt is open (Firefox closes it;
 * the promise in the popup then never settles), so the worker, not the
 * popup, makes sure a granted site is in the reader's list.
 */
async function addGrantedSites(origins: readonly string[] | undefined): Promise<void> {
  const hosts = grantedSites(origins);
  if (hosts.length === 0) return;
  await updateSettings((s) => hosts.reduce(withUserSite, s));
}

export function registerUserSites(): void {
  void syncUserSites();
  settingsItem.watch(() => void syncUserSites());
  browser.permissions.onAdded.addListener((granted) => {
    void addGrantedSites(granted.origins)
      .catch((error: unknown) => console.warn('FigureLens: could not add a granted site', error))
      .then(() => syncUserSites());
  });
  browser.permissions.onRemoved.addListener(() => void syncUserSites());
}
