/**
 * The reader's settings as the content script sees them: read once at
 * document_start and watched from that same moment. The page is read only at
 * document idle; a change the reader makes in between (turning the site off,
 * or its highlights) is kept here and applied when the session begins, not
 * lost between the early read and the session's own watch.
 *
 * Read straight from `storage.local`, not through WXT's storage item
 * (utils/settings.ts), which would more than double what runs at
 * document_start: settingsFrom rebuilds any stored shape, version 1
 * included, exactly as the item's migration does, and one read is one round
 * trip (the item's first read checks its migrations first).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, settingsFrom, SETTINGS_KEY, type Settings } from '@/lib/settings';

export interface LiveSettings {
  /** Resolves when the settings are known (rejects when they cannot be read). */
  readonly ready: Promise<Settings>;
  /** The newest settings known: defaults until `ready`. */
  current(): Settings;
  /** Calls `listener` with every change from now on; returns the way to stop. */
  listen(listener: (settings: Settings) => void): () => void;
  /** Stops watching (the script stopped or was replaced). */
  stop(): void;
}

export function liveSettings(): LiveSettings {
  let newest: Settings | null = null;
  const listeners = new Set<(settings: Settings) => void>();
  // Watch first, then read: a change stored after the read began comes through the watch and is the newer.
  const watch = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const changed = settingsFrom(changes[SETTINGS_KEY]!.newValue);
    newest = changed;
    for (const listener of [...listeners]) listener(changed);
  };
  browser.storage.onChanged.addListener(watch);
  const unwatch = () => browser.storage.onChanged.removeListener(watch);
  const ready = readSettingsOnce().then((read) => (newest ??= read));
  ready.catch(() => undefined);
  return {
    ready,
    current: () => newest ?? DEFAULT_SETTINGS,
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: () => {
      unwatch();
      listeners.clear();
    },
  };
}

/** The settings in one storage round trip. */
export async function readSettingsOnce(): Promise<Settings> {
  return settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}
