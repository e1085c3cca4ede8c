/**
 * The reader's settings as the content script sees them: read once at
 * document_start and watched from that same moment. The page is read only at
 * document idle; a change the reader makes in between (turning the site off,
 * or its highlights) is kept here and applied when the session begins, not
 * lost between the early read and the session's own watch.
 */
import { DEFAULT_SETTINGS, settingsFrom, type Settings } from '@/lib/settings';
import { readSettingsOnce, settingsItem } from '@/utils/settings';

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
  const unwatch = settingsItem.watch((stored) => {
    newest = settingsFrom(stored);
    for (const listener of [...listeners]) listener(newest);
  });
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
