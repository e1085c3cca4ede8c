import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { CONTENT_CSS, CONTENT_SCRIPT } from '@/utils/annotate';
import { settingsItem } from '@/utils/settings';
import { grantedSites, syncUserSites } from './user-sites';

type Registered = { id: string; matches?: string[]; js?: string[]; css?: string[]; runAt?: string };

/** Chromium's registry of dynamic content scripts and the granted host permissions, in memory. */
function fakeChromium(granted: string[]) {
  const registry = new Map<string, Registered>();
  const origins = new Set(granted);
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async () => [...registry.values()]),
    registerContentScripts: vi.fn(async (scripts: Registered[]) => {
      for (const s of scripts) {
        if (registry.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registry.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registry.delete(id))),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: vi.fn(async ({ origins: asked }: { origins: string[] }) => asked.every((o) => origins.has(o))),
  });
  return { registry, origins };
}

const sites = (userSites: string[], disabledSites: string[] = []) => settingsItem.setValue({ ...DEFAULT_SETTINGS, userSites, disabledSites });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('dynamic content scripts for the reader’s own sites', () => {
  it('registers one script per granted site, with the built content script and its CSS', async () => {
    const { registry } = fakeChromium(['*://*.example.test/*']);
    await sites(['example.test', 'not-granted.test']);
    await syncUserSites();
    expect([...registry.values()]).toEqual([
      expect.objectContaining({ id: 'figurelens-site:example.test', matches: ['*://*.example.test/*'], js: [CONTENT_SCRIPT], css: [CONTENT_CSS], runAt: 'document_start' }),
    ]);
  });

  it('replaces a registration an older version left with another start time', async () => {
    const { registry } = fakeChromium(['*://*.example.test/*']);
    registry.set('figurelens-site:example.test', { id: 'figurelens-site:example.test', matches: ['*://*.example.test/*'], runAt: 'document_idle' });
    await sites(['example.test']);
    await syncUserSites();
    expect(registry.get('figurelens-site:example.test')?.runAt).toBe('document_start');
  });

  it('unregisters a site the reader turned off or removed, and one whose permission was revoked', async () => {
    const { registry, origins } = fakeChromium(['*://*.a.test/*', '*://*.b.test/*', '*://*.c.test/*']);
    await sites(['a.test', 'b.test', 'c.test']);
    await syncUserSites();
    expect(registry.size).toBe(3);
    await sites(['a.test', 'b.test'], ['b.test']);
    origins.delete('*://*.a.test/*');
    await syncUserSites();
    expect([...registry.keys()]).toEqual([]);
  });

  it('syncs in turn, so two changes at once never register the same id twice', async () => {
    const { registry } = fakeChromium(['*://*.example.test/*']);
    await sites(['example.test']);
    await Promise.all([syncUserSites(), syncUserSites(), syncUserSites()]);
    expect(registry.size).toBe(1);
  });
});

describe('a granted permission', () => {
  it('names the site asked for as *://*.host/* (the popup and the options page ask that way)', () => {
    expect(grantedSites(['*://*.example.test/*', '*://*.news.example.org/*'])).toEqual(['example.test', 'news.example.org']);
  });

  it('is not a site when it is the ECB rates file or anything else', () => {
    expect(grantedSites(['https://www.ecb.europa.eu/*', '*://*/*', 'https://example.test/page'])).toEqual([]);
    expect(grantedSites(undefined)).toEqual([]);
  });
});
