/**
 * When Chromium would run a `document_idle` script: once the page has loaded,
 * or 200 ms after its DOM was parsed, whichever comes first (Chromium's own
 * rule). The content script starts at `document_start` so that the reader's
 * settings, a storage round trip that can take tens of milliseconds, are read
 * while the page loads; the page itself is read from this moment on, as
 * before.
 *
 * Looked at by a timer, not by listening for DOMContentLoaded and load: a
 * listener runs inside the page's own task, the parser's last one with its
 * layout (40–80 ms on an ordinary article), and the whole of that task would
 * then hold our code. A timer's look is a task of its own, of microseconds.
 */
const IDLE_AFTER_PARSED_MS = 200;
/** How often the ready state is looked at: the engine starts at most this much later than the moment came. */
const LOOK_MS = 40;

export function documentIdle(doc: Document = document): Promise<void> {
  return new Promise((resolve) => {
    let parsedAt: number | undefined;
    const look = () => {
      if (doc.readyState === 'complete' || !doc.defaultView) return resolve();
      if (doc.readyState !== 'loading') parsedAt ??= Date.now();
      if (parsedAt !== undefined && Date.now() - parsedAt >= IDLE_AFTER_PARSED_MS) return resolve();
      setTimeout(look, LOOK_MS);
    };
    look();
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
