import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightsOn, migrateSettingsV1, runsOn, settingsFrom, siteFor, siteHost, withDefaultSite, withHighlights, withHighlightsFor, withUserSite } from './settings';

describe('site entries are stored as bare hosts', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.Example.com', 'example.com'],
    ['https://www.example.com/news/2025?x=1', 'example.com'],
    ['http://news.example.co.uk:8080/', 'news.example.co.uk'],
    ['  caixin.com.  ', 'caixin.com'],
  ])('%s → %s', (input, host) => {
    expect(siteHost(input)).toBe(host);
  });

  it.each(['', 'localhost', 'not a site', 'example', '-bad.com', 'javascript:alert(1)'])('rejects %j', (input) => {
    expect(siteHost(input)).toBeUndefined();
  });
});

describe('the rules that read settings', () => {
  it('runs on a default site and its subdomains until the reader turns it off', () => {
    expect(runsOn(DEFAULT_SETTINGS, 'www.chinadaily.com.cn')).toBe(true);
    const off = withDefaultSite(DEFAULT_SETTINGS, 'chinadaily.com.cn', false);
    expect(runsOn(off, 'www.chinadaily.com.cn')).toBe(false);
    expect(runsOn(withDefaultSite(off, 'chinadaily.com.cn', true), 'www.chinadaily.com.cn')).toBe(true);
  });

  it('runs on a site the reader added', () => {
    const settings = { ...DEFAULT_SETTINGS, userSites: ['example.com'] };
    expect(siteFor(settings, 'news.example.com')).toBe('example.com');
    expect(runsOn(settings, 'news.example.com')).toBe(true);
    expect(runsOn(DEFAULT_SETTINGS, 'news.example.com')).toBe(false);
  });

  it('adds a site the reader chose, switched on; one already listed stays as it is (as the worker adds a granted site)', () => {
    const added = withUserSite({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] }, 'example.com');
    expect(added).toMatchObject({ userSites: ['example.com'], disabledSites: [] });
    const listed = { ...DEFAULT_SETTINGS, userSites: ['example.com'], disabledSites: ['example.com'] };
    expect(withUserSite(listed, 'example.com')).toBe(listed);
  });

  it('switches highlights per site, covering subdomains', () => {
    const off = withHighlights(DEFAULT_SETTINGS, 'lifeofguangzhou.com', false);
    expect(highlightsOn(off, 'www.lifeofguangzhou.com')).toBe(false);
    expect(highlightsOn(off, 'www.chinadaily.com.cn')).toBe(true);
    expect(withHighlights(off, 'lifeofguangzhou.com', true).highlightsOffSites).toEqual([]);
  });

  it('remember the highlight switch of a page for the site that covers it', () => {
    expect(withHighlightsFor(DEFAULT_SETTINGS, 'www.lifeofguangzhou.com', false).highlightsOffSites).toEqual(['lifeofguangzhou.com']);
    expect(withHighlightsFor(DEFAULT_SETTINGS, 'www.ft.com', false).highlightsOffSites).toEqual(['ft.com']);
    const off = withHighlightsFor(DEFAULT_SETTINGS, 'www.lifeofguangzhou.com', false);
    expect(withHighlightsFor(off, 'www.lifeofguangzhou.com', true).highlightsOffSites).toEqual([]);
  });
});

describe('settings read from storage', () => {
  it('fill every missing field with its default', () => {
    expect(settingsFrom(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom({ readerCurrency: 'USD' })).toEqual({ ...DEFAULT_SETTINGS, readerCurrency: 'USD' });
  });

  it('replace values no version ever wrote', () => {
    const repaired = settingsFrom({
      readerCurrency: 'dollars',
      numberLocale: '<script>',
      userSites: 'example.com',
      looks: { money: { color: 'red', style: 'blink' } },
      listOrder: 'random',
    });
    expect(repaired).toEqual(DEFAULT_SETTINGS);
  });

  it('v1 → v2 keeps the reader choices, adds the list order, and stores hosts bare', () => {
    const v2 = migrateSettingsV1({ ...DEFAULT_SETTINGS, listOrder: undefined, readerCurrency: 'HKD', userSites: ['www.example.com', 'example.com'] });
    expect(v2).toEqual({ ...DEFAULT_SETTINGS, readerCurrency: 'HKD', userSites: ['example.com'], listOrder: 'page' });
  });
});
