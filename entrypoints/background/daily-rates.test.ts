import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMBEDDED_RATES } from '@/lib/rates';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { dailyRatesItem } from '@/utils/daily-rates';
import { ECB_DAILY_URL, ratesFor, refreshDailyRates } from './daily-rates';

// The ECB daily file as published for 2026-04-13 (the newest row of data/ecb-rates.json), abridged.
const DAILY_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube><Cube time='2026-04-13'>
    <Cube currency='USD' rate='1.1684'/><Cube currency='JPY' rate='186.75'/><Cube currency='CNY' rate='7.9827'/><Cube currency='HKD' rate='9.1507'/>
  </Cube></Cube>
</gesmes:Envelope>`;

const daily = { ...DEFAULT_SETTINGS, rates: 'ecb-daily' as const };
const NOW = Date.UTC(2026, 3, 14, 9);

function fetcher(body: string, status = 200) {
  return vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

/** The fake browser has no permissions API: stand in for the reader's answer. */
function ecbPermission(granted: boolean) {
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('daily rates from the ECB', () => {
  it('are not fetched unless the reader chose them', async () => {
    const fetch = fetcher(DAILY_XML);
    expect(await refreshDailyRates(DEFAULT_SETTINGS, fetch, NOW)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('are not fetched when the ECB permission was not granted', async () => {
    ecbPermission(false);
    const fetch = fetcher(DAILY_XML);
    expect(await refreshDailyRates(daily, fetch, NOW)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('are fetched once a day when chosen and allowed, and stored', async () => {
    ecbPermission(true);
    const fetch = fetcher(DAILY_XML);
    expect(await refreshDailyRates(daily, fetch, NOW)).toBe(true);
    expect(fetch).toHaveBeenCalledWith(ECB_DAILY_URL, expect.objectContaining({ credentials: 'omit' }));
    expect((await dailyRatesItem.getValue())?.daily).toEqual({ date: '2026-04-13', rates: { USD: 1.1684, JPY: 186.75, CNY: 7.9827, HKD: 9.1507 } });
    expect(await refreshDailyRates(daily, fetch, NOW + 60 * 60 * 1000)).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await refreshDailyRates(daily, fetch, NOW + 25 * 60 * 60 * 1000)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keep the last good rates when a fetch fails, and say why', async () => {
    ecbPermission(true);
    await refreshDailyRates(daily, fetcher(DAILY_XML), NOW);
    expect(await refreshDailyRates(daily, fetcher('<html>maintenance</html>'), NOW + 2 * 86_400_000)).toBe(false);
    const stored = await dailyRatesItem.getValue();
    expect(stored?.error).toBe('not an ECB reference-rate file (no Envelope)');
    expect(stored?.daily?.date).toBe('2026-04-13');
    expect(await refreshDailyRates(daily, fetcher('', 503), NOW + 4 * 86_400_000)).toBe(false);
    expect((await dailyRatesItem.getValue())?.error).toBe('HTTP 503');
  });

  it('leave the embedded table in charge unless they are newer', async () => {
    expect(await ratesFor(DEFAULT_SETTINGS)).toBe(EMBEDDED_RATES);
    ecbPermission(true);
    await refreshDailyRates(daily, fetcher(DAILY_XML), NOW);
    // 2026-04-13 is also the embedded table's newest day: nothing to overlay.
    expect((await ratesFor(daily)).latest).toEqual(EMBEDDED_RATES.latest);
    // The same published rates dated a day later stand in for a file newer than the embedded table.
    const newer = DAILY_XML.replace("time='2026-04-13'", "time='2026-04-14'");
    await refreshDailyRates(daily, fetcher(newer), NOW + 2 * 86_400_000);
    const table = await ratesFor(daily);
    expect(table.lastDate).toBe('2026-04-14');
    expect(await ratesFor(DEFAULT_SETTINGS)).toBe(EMBEDDED_RATES);
  });
});
