/**
 * Loads a later part of the content script (utils/content-chunks.ts) once:
 * the worker injects it into this frame and it leaves its exports in the
 * isolated world's global. Bounded: a worker that cannot inject (the
 * extension updated meanwhile) leaves the caller with a rejection, not a wait.
 */
import { browser } from 'wxt/browser';
import { CHUNK_PORT, CHUNK_SLOTS, type ContentChunk } from '@/utils/content-chunks';

const LOAD_TIMEOUT_MS = 15_000;
const loading = new Map<ContentChunk, Promise<unknown>>();

function slot(chunk: ContentChunk): unknown {
  return (globalThis as unknown as Record<string, unknown>)[CHUNK_SLOTS[chunk]];
}

export function loadChunk<T>(chunk: ContentChunk): Promise<T> {
  const present = slot(chunk);
  if (present) return Promise.resolve(present as T);
  let pending = loading.get(chunk);
  if (!pending) {
    pending = new Promise<unknown>((resolve, reject) => {
      const port = browser.runtime.connect({ name: CHUNK_PORT });
      const done = () => {
        clearTimeout(timer);
        port.disconnect();
        const loaded = slot(chunk);
        if (loaded) resolve(loaded);
        else reject(new Error(`FigureLens: ${chunk} not loaded`));
      };
      const timer = setTimeout(done, LOAD_TIMEOUT_MS);
      port.onMessage.addListener(done);
      port.onDisconnect.addListener(done);
      port.postMessage({ chunk });
    });
    // A failed load may be tried again (the next hover).
    pending.catch(() => loading.delete(chunk));
    loading.set(chunk, pending);
  }
  return pending as Promise<T>;
}
