import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateSettingsV1, settingsFrom, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '@/lib/settings';

/**
 * The reader's settings. Local, not sync: user-added sites depend on
 * permissions granted in this browser. Migrations run when the item is
 * defined (each extension page and the worker at start) and every read waits
 * for them. The content script reads them without this item
 * (entrypoints/content/live-settings.ts: it must stay small, and only reads).
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
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

/** Applies `change` to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = settingsFrom(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}
