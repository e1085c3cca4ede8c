import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { alwaysOnSite, annotateTab, CONTENT_CSS, CONTENT_SCRIPT, PRESENCE_KEY } from '@/utils/annotate';
import { loadSettings, settingsItem } from '@/utils/settings';

type Injection = { target: { tabId: number }; func?: (...args: string[]) => unknown; args?: string[]; files?: string[] };

/** scripting.executeScript as Chromium runs it: a function runs in the page's isolated world (here: this test's global). */
function fakeScripting() {
  const injected: Injection[] = [];
  const css: unknown[] = [];
  Object.assign(fakeBrowser.scripting, {
    executeScript: vi.fn(async (details: Injection) => {
      injected.push(details);
      return [{ frameId: 0, result: details.func ? details.func(...(details.args ?? [])) : undefined }];
    }),
    insertCSS: vi.fn(async (details: unknown) => void css.push(details)),
  });
  return { injected, css };
}

const scope = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  delete scope[PRESENCE_KEY];
});

describe('"Annotate this page"', () => {
  it('injects the stylesheet and the built content script, leaving the "asked for" mark first', async () => {
    const { injected, css } = fakeScripting();
    expect(await annotateTab(4)).toBe('injected');
    expect(css).toEqual([{ target: { tabId: 4 }, files: [CONTENT_CSS] }]);
    expect(injected.map((i) => i.files ?? 'probe')).toEqual(['probe', [CONTENT_SCRIPT]]);
    expect(scope[PRESENCE_KEY]).toEqual({ manual: true });
  });

  it('does not start a second script where one is alive, and marks that one as asked for (it may be waiting for the page to load on a site turned off)', async () => {
    const { injected, css } = fakeScripting();
    const live = { manual: false, alive: () => true };
    scope[PRESENCE_KEY] = live;
    expect(await annotateTab(4)).toBe('already-running');
    expect(injected).toHaveLength(1);
    expect(css).toEqual([]);
    expect(live.manual).toBe(true);
  });

  it('replaces a script that is gone (extension updated, site turned off)', async () => {
    fakeScripting();
    scope[PRESENCE_KEY] = { alive: () => false };
    expect(await annotateTab(4)).toBe('injected');
  });
});

describe('"Always on this site"', () => {
  beforeEach(async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
  });

  it('asks for that one origin, then annotates the tab; the site is left for the worker to add', async () => {
    const { injected } = fakeScripting();
    const request = vi.fn(async () => true);
    Object.assign(fakeBrowser.permissions, { request });
    expect(await alwaysOnSite('https://www.example.com/news/1.html', 9)).toBe('granted');
    expect(request).toHaveBeenCalledWith({ origins: ['*://*.example.com/*'] });
    // One writer: the worker, on permissions.onAdded (the popup may be gone by then in Firefox).
    expect(await loadSettings()).toMatchObject({ userSites: [], disabledSites: ['example.com'] });
    expect(injected.some((i) => i.files?.[0] === CONTENT_SCRIPT && i.target.tabId === 9)).toBe(true);
  });

  it('changes nothing when the reader says no', async () => {
    Object.assign(fakeBrowser.permissions, { request: vi.fn(async () => false) });
    expect(await alwaysOnSite('https://example.com/')).toBe('denied');
    expect(await loadSettings()).toMatchObject({ userSites: [], disabledSites: ['example.com'] });
  });

  it('refuses what is not a web site', async () => {
    await expect(alwaysOnSite('chrome://extensions')).rejects.toThrow('not a web site');
  });
});
