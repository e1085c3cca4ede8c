import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/lib/settings';
import { loadSettings, settingsItem, updateSettings } from '@/utils/settings';

/** Exactly what version 1 of the extension could have written: no listOrder, sites as typed. */
const storedByV1 = {
  readerCurrency: 'EUR',
  numberLocale: 'de-DE',
  disabledSites: ['reuters.com'],
  userSites: ['https://www.Example.com/news/', 'caixin.com'],
  highlightsOffSites: ['www.ft.com'],
  looks: {
    money: { color: '#FF0000', style: 'underline' },
    percent: { color: '#40aaff', style: 'background' },
    count: { color: '#3cc878', style: 'outline' },
  },
  rates: 'ecb-daily',
};

describe('the settings storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('migrates what version 1 stored (which wrote no version meta) to version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: storedByV1 });
    await settingsItem.migrate();

    expect(await settingsItem.getValue()).toEqual({
      readerCurrency: 'EUR',
      numberLocale: 'de-DE',
      disabledSites: ['reuters.com'],
      userSites: ['example.com', 'caixin.com'],
      highlightsOffSites: ['ft.com'],
      looks: {
        money: { color: '#ff0000', style: 'underline' },
        percent: { color: '#40aaff', style: 'background' },
        count: { color: '#3cc878', style: 'outline' },
        quantity: { color: '#b47cff', style: 'background' },
      },
      rates: 'ecb-daily',
      listOrder: 'page',
    });
    expect(await settingsItem.getMeta()).toEqual({ v: 2 });
  });

  it('migrates a v1 value whose meta says v1', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...storedByV1, userSites: ['WWW.SCMP.COM'] }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect((await settingsItem.getValue()).userSites).toEqual(['scmp.com']);
  });

  it('leaves a v2 value alone', async () => {
    const v2 = { ...DEFAULT_SETTINGS, listOrder: 'kind', userSites: ['example.com'] };
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual(v2);
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs a broken field on load and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, rates: 'hourly', readerCurrency: 'JPY' }, settings$: { v: 2 } });
    const settings = await loadSettings();
    expect(settings.rates).toBe('embedded');
    expect(settings.readerCurrency).toBe('JPY');
  });

  it('stores an update on top of the current settings', async () => {
    await updateSettings((s) => ({ ...s, readerCurrency: 'GBP' }));
    await updateSettings((s) => ({ ...s, listOrder: 'kind' }));
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ readerCurrency: 'GBP', listOrder: 'kind' });
  });
});
