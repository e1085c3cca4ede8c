import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentIdle, pageShown } from './document-idle';

/** A document in a given ready state, with its window: just what documentIdle looks at. */
function loadingDocument(readyState: DocumentReadyState) {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { readyState, defaultView: win });
  return { doc: doc as unknown as Document, win, set: (state: DocumentReadyState) => (doc.readyState = state) };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

afterEach(() => vi.useRealTimers());

describe('document idle, as Chromium times document_idle scripts', () => {
  it('has come when the page has already loaded (a script injected later)', async () => {
    vi.useFakeTimers();
    expect(await settled(documentIdle(loadingDocument('complete').doc))).toBe(true);
  });

  it('waits for the DOM, then comes once the page has loaded, within a look', async () => {
    vi.useFakeTimers();
    const page = loadingDocument('loading');
    const idle = documentIdle(page.doc);
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(idle)).toBe(false);
    page.set('interactive');
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(idle)).toBe(false);
    page.set('complete');
    await vi.advanceTimersByTimeAsync(40);
    expect(await settled(idle)).toBe(true);
  });

  it('comes 200 ms after the DOM is parsed when the page is still loading images', async () => {
    vi.useFakeTimers();
    const page = loadingDocument('interactive');
    const idle = documentIdle(page.doc);
    await vi.advanceTimersByTimeAsync(160);
    expect(await settled(idle)).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect(await settled(idle)).toBe(true);
  });

  it('listens to nothing of the page: its events run in the page’s own tasks', async () => {
    vi.useFakeTimers();
    const page = loadingDocument('loading');
    const listen = vi.spyOn(page.doc, 'addEventListener');
    const listenWin = vi.spyOn(page.win, 'addEventListener');
    const idle = documentIdle(page.doc);
    page.set('complete');
    await vi.advanceTimersByTimeAsync(40);
    expect(await settled(idle)).toBe(true);
    expect(listen).not.toHaveBeenCalled();
    expect(listenWin).not.toHaveBeenCalled();
  });
});

describe('a page the reader can see', () => {
  it('is shown at once, unless the browser prerendered it: then when it is activated', async () => {
    vi.useFakeTimers();
    expect(await settled(pageShown(loadingDocument('complete').doc))).toBe(true);
    const prerendered = Object.assign(new EventTarget(), { prerendering: true }) as unknown as Document;
    const shown = pageShown(prerendered);
    expect(await settled(shown)).toBe(false);
    prerendered.dispatchEvent(new Event('prerenderingchange'));
    expect(await settled(shown)).toBe(true);
  });
});
