/**
 * Injects the content script's later parts (utils/content-chunks.ts) into the
 * frame that asks for them, on a port of its own so the message router stays
 * the figures' protocol. Only our own content scripts can connect (a page
 * cannot reach runtime.connect), and only a known chunk name is honoured.
 */
import { browser, type Browser } from 'wxt/browser';
import { CHUNK_FILES, CHUNK_PORT, isContentChunk } from '@/utils/content-chunks';

async function inject(port: Browser.runtime.Port, chunk: unknown): Promise<void> {
  const sender = port.sender;
  const tabId = sender?.tab?.id;
  if (!isContentChunk(chunk) || sender?.id !== browser.runtime.id || typeof tabId !== 'number') return;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender?.frameId ?? 0] }, files: [CHUNK_FILES[chunk]], injectImmediately: true });
}

export function registerChunkLoader(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHUNK_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      const chunk = (message as { chunk?: unknown } | null)?.chunk;
      void inject(port, chunk)
        .catch((error: unknown) => console.debug('FigureLens: chunk not injected', error))
        .finally(() => {
          try {
            port.postMessage({ done: chunk });
          } catch {
            // The frame went away meanwhile.
          }
        });
    });
  });
}
