import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateSettingsV1, settingsFrom, SETTINGS_VERSION, type Settings } from '@/lib/settings';

/**
 * The reader's settings. Local, not sync: user-added sites depend on
 * permissions granted in this browser. Migrations run when the item is
 * defined (each extension page and the worker at start) and every read waits
 * for them.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {
    2: migrateSettingsV1,
  },
});

/** The settings, each field checked: what the options page and popup read. */
export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await settingsItem.getValue());
}

/**
 * The settings in one storage round trip, for the content script on its way
 * to the first highlight: the item's own read first checks its migrations (a
 * read of its own). settingsFrom rebuilds any stored shape, version 1
 * included, exactly as the item's migration does.
 */
export async function readSettingsOnce(): Promise<Settings> {
  const key = settingsItem.key.replace(/^local:/, '');
  return settingsFrom((await browser.storage.local.get(key))[key]);
}

/** Applies `change` to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = settingsFrom(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}
