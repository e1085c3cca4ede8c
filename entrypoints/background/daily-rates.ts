import { browser } from 'wxt/browser';
import { EMBEDDED_RATES, parseEcbDailyXml, withDailyRates, type RateTable } from '@/lib/rates';
import { dailyRatesItem, type StoredDailyRates } from '@/utils/daily-rates';
import { ECB_ORIGINS, type Settings } from '@/lib/settings';

/**
 * The ECB's daily reference rates, fetched at most once a day and only when
 * the reader chose them in the options and granted the ECB's origin. Any
 * failure leaves the embedded table in charge. The request carries nothing
 * about the reader's pages: it is a plain GET of a public file.
 */
export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';
const DAY_MS = 24 * 60 * 60 * 1000;
const TIMEOUT_MS = 15_000;

/** The ECB's file is about 2 kB; anything much larger is not it. */
const MAX_BYTES = 200_000;

async function allowed(settings: Settings): Promise<boolean> {
  if (settings.rates !== 'ecb-daily') return false;
  try {
    return await browser.permissions.contains({ origins: ECB_ORIGINS });
  } catch {
    return false;
  }
}

/** The table to convert with: the embedded one, overlaid with refreshed daily rates when the reader chose them. */
export async function ratesFor(settings: Settings): Promise<RateTable> {
  if (settings.rates !== 'ecb-daily') return EMBEDDED_RATES;
  const stored = await dailyRatesItem.getValue();
  return stored?.daily ? withDailyRates(EMBEDDED_RATES, stored.daily) : EMBEDDED_RATES;
}

/**
 * Fetches the daily file if the reader allows it and the last attempt is a
 * day old. Returns true when new rates were stored.
 */
export async function refreshDailyRates(settings: Settings, fetcher: typeof fetch = fetch, now = Date.now()): Promise<boolean> {
  if (!(await allowed(settings))) return false;
  const previous = await dailyRatesItem.getValue();
  if (previous && now - previous.triedAt < DAY_MS) return false;
  let result: StoredDailyRates;
  try {
    const response = await fetcher(ECB_DAILY_URL, { credentials: 'omit', cache: 'no-cache', signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new Error('response too large');
    const parsed = parseEcbDailyXml(await response.text());
    if (!parsed.ok) throw new Error(parsed.reason);
    result = { triedAt: now, daily: parsed.value };
  } catch (error) {
    // Keep the last good rates; the embedded table covers the rest.
    result = { triedAt: now, daily: previous?.daily ?? null, error: String(error instanceof Error ? error.message : error) };
    console.warn('FigureLens: daily rates not refreshed:', result.error);
  }
  await dailyRatesItem.setValue(result);
  return result.error === undefined;
}
