// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { annotateTab, PRESENCE_KEY } from '@/utils/annotate';
import { settingsItem } from '@/utils/settings';
import { readSettingsOnce } from './live-settings';
import { startPageSession } from './page-session';
import { startContentScript } from './start';

/** The engine as its chunk exports it, here without the worker. */
const engine = () => Promise.resolve({ startPageSession });
import { claimLifetime } from './lifetime';
import { workerLike } from './worker-engine.test-helper';

/** A default news site the reader turned off. */
const SITE = 'https://www.lifeofguangzhou.com';

const scope = globalThis as unknown as Record<string, { alive?: () => boolean; manual?: boolean } | undefined>;
let sent: ContentMessage[] = [];
let injected: string[] = [];

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never: ${what}`);
}

/** The page still loading: document idle comes when the test says (DOMContentLoaded, then load). */
function loading(): () => void {
  let state: DocumentReadyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  return () => {
    state = 'complete';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    window.dispatchEvent(new Event('load'));
  };
}

/** "Annotate this page" from the popup, through utils/annotate (scripting runs the probe here, in this world). */
function annotate(): Promise<string> {
  Object.assign(fakeBrowser.scripting, {
    executeScript: async (details: { func?: (...args: string[]) => unknown; args?: string[]; files?: string[] }) => {
      if (details.files) injected.push(...details.files);
      return [{ frameId: 0, result: details.func?.(...(details.args ?? [])) }];
    },
    insertCSS: async () => undefined,
  });
  return annotateTab(1);
}

/** Lets the script's own read of the settings come back: a read after it comes back after it. */
const settingsRead = async () => {
  await readSettingsOnce();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

beforeEach(async () => {
  fakeBrowser.reset();
  delete scope[PRESENCE_KEY];
  (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM.setURL(`${SITE}/story/1`);
  document.body.replaceChildren(document.createRange().createContextualFragment('<p>Exports rose 5 percent to 14 trillion yuan.</p>'));
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] });
  sent = [];
  injected = [];
  performance.clearMarks('figurelens:idle');
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(workerLike((message) => sent.push(message)) as never);
});

afterEach(() => {
  // Ends whatever script the test started: a newer life ends the one before it.
  claimLifetime().end();
  vi.restoreAllMocks();
  delete (document as { prerendering?: boolean }).prerendering;
});

describe('on a site the reader turned off', () => {
  it('the script lets go as soon as the settings are read, while the page still loads', async () => {
    loading();
    startContentScript(engine);
    expect(scope[PRESENCE_KEY]?.alive?.()).toBe(true);
    await settingsRead();
    expect(scope[PRESENCE_KEY]).toBeUndefined();
    // So "Annotate this page" now starts a script of its own.
    expect(await annotate()).toBe('injected');
    expect(scope[PRESENCE_KEY]).toEqual({ manual: true });
  });

  it('"Annotate this page" before the settings are read marks the live script as asked for, and it runs', async () => {
    const loaded = loading();
    startContentScript(engine);
    expect(await annotate()).toBe('already-running');
    expect(injected).toEqual([]);
    await settingsRead();
    expect(scope[PRESENCE_KEY]?.alive?.()).toBe(true);
    loaded();
    await until(() => sent.some((m) => m.type === 'figures:add'), 'the page read and sent');
    expect(sent[0]).toMatchObject({ type: 'page:start', page: { url: `${SITE}/story/1` } });
  });
});

describe('a prerendered page', () => {
  it('is read only once the reader opens it', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    Object.defineProperty(document, 'prerendering', { value: true, configurable: true });
    startContentScript(engine);
    await settingsRead();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([]);
    expect(performance.getEntriesByName('figurelens:idle')).toHaveLength(0);
    Object.defineProperty(document, 'prerendering', { value: false, configurable: true });
    document.dispatchEvent(new Event('prerenderingchange'));
    await until(() => sent.some((m) => m.type === 'figures:add'), 'the page read and sent');
  });
});
