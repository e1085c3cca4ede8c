import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, startServer, type FixtureServer, type Session } from './harness';
import { launchIn, openOptions, seriousViolations } from './popup-helpers';

describe.runIf(browserAvailable()).each(['en', 'zh'] as const)('the options page, UI in %s', (lang) => {
  let server: FixtureServer;
  let session: Session;

  beforeAll(async () => {
    server = await startServer();
    session = await launchIn(server, lang);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('stores a change in the settings item the worker and content script read', async () => {
    const page = await openOptions(session);
    await page.locator('#currency-list').selectOption('EUR');
    await page.locator('#number-locale').selectOption('de-DE');
    await page.getByText(lang === 'en' ? 'Saved.' : '已保存。').waitFor();
    // "Saved." is already there from the first change: wait for the second write itself (a loaded CI machine lags).
    const read = () => session.worker!.evaluate(async () => (await chrome.storage.local.get(['settings', 'settings$'])) as Record<string, unknown>);
    await expect.poll(async () => ((await read()).settings as { numberLocale?: string } | undefined)?.numberLocale).toBe('de-DE');
    const stored = await read();
    expect(stored.settings).toMatchObject({ readerCurrency: 'EUR', numberLocale: 'de-DE', listOrder: 'page' });
    // What the first save writes: the item's version, so a later migration knows where it starts.
    expect(stored['settings$']).toEqual({ v: 2 });
    await page.close();
  });

  it('keeps and shows what changes elsewhere while it is open (popup, a page, the worker)', async () => {
    const page = await openOptions(session);
    await session.worker!.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings as object), listOrder: 'kind', highlightsOffSites: ['lifeofguangzhou.com'], disabledSites: ['reuters.com'], userSites: ['example.com'] },
      });
    });
    await expect.poll(() => page.getByRole('checkbox', { name: 'reuters.com' }).isChecked()).toBe(false);
    await page.getByText('example.com', { exact: true }).waitFor();
    await page.locator('#currency-list').selectOption('GBP');
    await page.getByText(lang === 'en' ? 'Saved.' : '已保存。').waitFor();
    const stored = await session.worker!.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    expect(stored).toMatchObject({ readerCurrency: 'GBP', listOrder: 'kind', highlightsOffSites: ['lifeofguangzhou.com'], disabledSites: ['reuters.com'], userSites: ['example.com'] });
    await page.close();
  });

  it('shows the embedded rate table’s date and the sites, in the UI language', async () => {
    const page = await openOptions(session);
    const text = await page.locator('main').innerText();
    expect(text).toContain(lang === 'en' ? 'Built-in ECB table only (rates to Apr 13, 2026)' : '仅用内置的欧洲央行汇率表（截至 2026年4月13日）');
    expect(await page.getByRole('checkbox', { name: 'lifeofguangzhou.com' }).isChecked()).toBe(true);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violations (${scheme})`, async () => {
      const page = await openOptions(session, scheme);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
