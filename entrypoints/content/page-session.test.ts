// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { workerLike } from './worker-engine.test-helper';
import { settingsItem } from '@/utils/settings';
import { liveSettings } from './live-settings';
import { startPageSession } from './page-session';
import { contentKit } from './kit';
import { claimLifetime, type Lifetime } from './lifetime';

/**
 * The Navigation API's object, as Chromium has it (happy-dom has none): the
 * session then listens to its currententrychange instead of polling the URL,
 * and the tests fire every event themselves.
 */
const navigationApi = vi.hoisted(() => {
  const api = new EventTarget();
  for (const scope of [globalThis, (globalThis as { window?: object }).window]) if (scope) Object.defineProperty(scope, 'navigation', { value: api, configurable: true });
  return api;
});

/** A default news site, so the session runs by itself and the reader's settings can turn it off. */
const SITE = 'https://www.lifeofguangzhou.com';

interface Listener {
  target: EventTarget;
  type: string;
  signal: AbortSignal | undefined;
}

let listeners: Listener[] = [];
let sent: ContentMessage[] = [];
let ctx: Lifetime;

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never: ${what}`);
}

const pageStarts = () => sent.filter((m): m is Extract<ContentMessage, { type: 'page:start' }> => m.type === 'page:start');

/** An event as the browser fires it; one built by a page script has `isTrusted` false. */
function trusted<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}

/** The document's own URL changed, as Chromium tells it. */
const entryChanged = () => navigationApi.dispatchEvent(trusted(new Event('currententrychange')));

async function started(): Promise<void> {
  startPageSession(ctx, { manual: () => false, settings: liveSettings(), kit: contentKit(), onStop: () => undefined });
  await until(() => sent.some((m) => m.type === 'figures:add'), 'figures sent');
}

beforeEach(() => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`${SITE}/story/1`);
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Exports rose 5 percent to 14 trillion yuan.</p>'));
  sent = [];
  listeners = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(workerLike((message) => sent.push(message)) as never);
  // The page's own objects, where the session listens.
  for (const target of [window, document, document.documentElement] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      listeners.push({ target, type, signal: typeof options === 'object' ? options?.signal : undefined });
      return add(type, listener, options);
    });
  }
  ctx = claimLifetime();
});

afterEach(() => {
  ctx.end();
  vi.restoreAllMocks();
});

describe('a session ends whole', () => {
  it('turning the site off removes every listener the session added to the page', async () => {
    await started();
    const onPage = (l: Listener) => l.target === window || l.target === document || l.target === document.documentElement;
    expect(listeners.filter(onPage).length).toBeGreaterThan(5);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] });
    await until(() => listeners.filter(onPage).filter((l) => l.signal?.aborted).length > 5, 'the session stopped');
    // Nothing is left, WXT's included: its context is not ours (lifetime.ts), so nothing of ours listens to the page.
    expect(listeners.filter(onPage).filter((l) => !l.signal?.aborted)).toEqual([]);
  });
});

describe('Back and Forward', () => {
  it('a page restored from the back/forward cache sends itself again: the worker forgot it when the tab left', async () => {
    // happy-dom's PageTransitionEvent ignores its init: the event as Chromium fires it.
    const pageshow = (persisted: boolean) => window.dispatchEvent(trusted(Object.assign(new Event('pageshow'), { persisted })));
    await started();
    const count = sent.length;
    // A page shown the ordinary way (its first load) is not sent twice.
    pageshow(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.length).toBe(count);
    pageshow(true);
    await until(() => pageStarts().length > 1, 'the page sent again');
    await until(() => sent.at(-1)?.type === 'figures:add', 'its figures sent again');
    expect(sent.slice(count).map((m) => m.type)).toEqual(['page:start', 'figures:add']);
  });

  it('a pageshow a page script dispatched (persisted or not) sends nothing: thirty of them cost the worker nothing', async () => {
    await started();
    const count = sent.length;
    for (let i = 0; i < 30; i++) window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent.length).toBe(count);
  });
});

describe('the reader’s settings', () => {
  it('a change made after the early read and before the session begins is applied: highlights off for the site', async () => {
    const settings = liveSettings();
    await settings.ready;
    // While the page loads: the reader turns this site's highlights off.
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, highlightsOffSites: ['lifeofguangzhou.com'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    startPageSession(ctx, { manual: () => false, settings, kit: contentKit(), onStop: () => undefined });
    await until(() => sent.some((m) => m.type === 'figures:add'), 'figures sent');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // happy-dom has no CSS.highlights: the painter would wrap, so a painted figure is an element.
    expect(document.querySelectorAll('figurelens-mark')).toHaveLength(0);
  });

  it('a site turned off after the early read and before the session begins gets nothing', async () => {
    const settings = liveSettings();
    await settings.ready;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    let stopped = false;
    startPageSession(ctx, { manual: () => false, settings, kit: contentKit(), onStop: () => (stopped = true) });
    await until(() => stopped, 'the session stopped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);
  });
});

describe('SPA navigation', () => {
  it('the URL named again without changing (a cancelled navigation, a jump within the article) reads nothing', async () => {
    await started();
    entryChanged();
    history.replaceState(null, '', '/story/1#section-2');
    entryChanged();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pageStarts()).toHaveLength(1);
  });

  it('a real route change is read under the page’s own URL, once however many events came', async () => {
    await started();
    history.pushState(null, '', '/story/2');
    document.body.replaceChildren(document.createRange().createContextualFragment('<p>Imports fell 3 percent.</p>'));
    entryChanged();
    entryChanged();
    entryChanged();
    await until(() => pageStarts().length > 1, 'the new page read');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pageStarts().map((m) => m.page.url)).toEqual([`${SITE}/story/1`, `${SITE}/story/2`]);
  });

  it('a URL that goes elsewhere and comes back (a redirect bounce) sends the page again: the worker dropped it when the tab’s URL changed', async () => {
    await started();
    history.pushState(null, '', '/login-check');
    entryChanged();
    history.replaceState(null, '', '/story/1');
    entryChanged();
    await until(() => pageStarts().length > 1, 'the page sent again');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pageStarts().map((m) => m.page.url)).toEqual([`${SITE}/story/1`, `${SITE}/story/1`]);
    expect(sent.at(-1)).toMatchObject({ type: 'figures:add', url: `${SITE}/story/1` });
  });

  it('navigation events a page script dispatches (WXT’s names, a bare currententrychange, navigate) are ignored, and nothing throws into the page', async () => {
    await started();
    const errors: unknown[] = [];
    window.addEventListener('error', (e) => errors.push(e));
    history.pushState(null, '', '/story/9');
    for (const name of ['wxt:locationchange', 'wxt:content-script-started']) {
      window.dispatchEvent(new Event(`${fakeBrowser.runtime.id}:content:${name}`));
      document.dispatchEvent(new CustomEvent(`${fakeBrowser.runtime.id}:content:${name}`, { detail: { contentScriptName: 'content', messageId: 'x' } }));
    }
    navigationApi.dispatchEvent(new Event('currententrychange'));
    navigationApi.dispatchEvent(new Event('navigate'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(errors).toEqual([]);
    expect(pageStarts()).toHaveLength(1);
  });
});
