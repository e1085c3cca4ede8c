/**
 * When Chromium would run a `document_idle` script: once the page has loaded,
 * or 200 ms after its DOM was parsed, whichever comes first (Chromium's own
 * rule). The content script starts at `document_start` so that the reader's
 * settings, a storage round trip that can take tens of milliseconds, are read
 * while the page loads; the page itself is read from this moment on, as
 * before.
 */
const IDLE_AFTER_PARSED_MS = 200;

export function documentIdle(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    const win = doc.defaultView;
    const parsed = () => {
      if (doc.readyState === 'complete' || !win) return resolve();
      const timer = setTimeout(resolve, IDLE_AFTER_PARSED_MS);
      win.addEventListener(
        'load',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed, { once: true });
    else parsed();
  });
}

/**
 * When the reader can see the page: at once, or for a page the browser
 * prerendered (speculation rules, the address bar guessing ahead) when it is
 * activated. A prerendered page the reader never opens costs nothing: it is
 * not read, painted or announced to the worker.
 */
export function pageShown(doc: Document = document): Promise<void> {
  if (!(doc as Document & { prerendering?: boolean }).prerendering) return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('prerenderingchange', () => resolve(), { once: true }));
}
