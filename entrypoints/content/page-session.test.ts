// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { settingsItem } from '@/utils/settings';
import { startPageSession } from './page-session';

/** A default news site, so the session runs by itself and the reader's settings can turn it off. */
const SITE = 'https://www.lifeofguangzhou.com';

interface Listener {
  target: EventTarget;
  type: string;
  signal: AbortSignal | undefined;
}

let listeners: Listener[] = [];
let sent: ContentMessage[] = [];
let ctx: ContentScriptContext;

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never: ${what}`);
}

const pageStarts = () => sent.filter((m): m is Extract<ContentMessage, { type: 'page:start' }> => m.type === 'page:start');

/** WXT's name for its navigation event (its own, per extension and script), as the session registered it. */
const navigationEvent = () => listeners.find((l) => l.type.endsWith('wxt:locationchange'))!.type;

function navigate(to: string | null): void {
  const event = new Event(navigationEvent());
  if (to !== null) Object.assign(event, { newUrl: new URL(to), oldUrl: new URL(location.href) });
  window.dispatchEvent(event);
}

async function started(): Promise<void> {
  startPageSession(ctx, { manual: false, onStop: () => undefined });
  await until(() => sent.some((m) => m.type === 'figures:add'), 'figures sent');
}

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`${SITE}/story/1`);
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Exports rose 5 percent to 14 trillion yuan.</p>'));
  sent = [];
  listeners = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: ContentMessage) => {
    sent.push(message);
    return undefined;
  }) as never);
  // The page's own objects, where the session listens.
  for (const target of [window, document, document.documentElement] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      listeners.push({ target, type, signal: typeof options === 'object' ? options?.signal : undefined });
      return add(type, listener, options);
    });
  }
  ctx = new ContentScriptContext('content');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
});

describe('a session ends whole', () => {
  it('turning the site off removes every listener the session added to the page', async () => {
    await started();
    const onPage = (l: Listener) => l.target === window || l.target === document || l.target === document.documentElement;
    expect(listeners.filter(onPage).length).toBeGreaterThan(5);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] });
    await until(() => listeners.filter(onPage).filter((l) => l.signal?.aborted).length > 5, 'the session stopped');
    // What is left is WXT's own (it ends the script when a newer one starts): nothing of the session's.
    const left = listeners.filter(onPage).filter((l) => !l.signal?.aborted);
    expect(left.map((l) => l.type.replace(/^.*:wxt:/, 'wxt:'))).toEqual(['wxt:content-script-started']);
  });
});

describe('SPA navigation', () => {
  it('a navigate event that leaves the page where it is (a cancelled navigation, a download, another document loading) reads nothing', async () => {
    await started();
    navigate(`${SITE}/story/2`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pageStarts()).toHaveLength(1);
  });

  it('a real route change is read under the page’s own URL, once however many events came', async () => {
    await started();
    history.pushState(null, '', '/story/2');
    document.body.replaceChildren(document.createRange().createContextualFragment('<p>Imports fell 3 percent.</p>'));
    navigate(`${SITE}/story/2`);
    navigate(`${SITE}/story/3`);
    navigate(`${SITE}/story/2`);
    await until(() => pageStarts().length > 1, 'the new page read');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pageStarts().map((m) => m.page.url)).toEqual([`${SITE}/story/1`, `${SITE}/story/2`]);
  });

  it('a bare event under WXT’s name (a page script can dispatch one) is ignored, and nothing throws into the page', async () => {
    await started();
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => errors.push(e));
    history.pushState(null, '', '/story/9');
    navigate(null);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(errors).toEqual([]);
    expect(pageStarts()).toHaveLength(1);
  });
});
