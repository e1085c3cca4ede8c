/**
 * Money in the reader's currency, at the rate of the figure's own period
 * (lib/rates decides which), and the reader's default currency from the
 * browser's locale.
 */
import type { CurrencyCode, Figure, Normalized } from '../figure';
import type { TextFormat } from '../format';
import { convertibleCurrencies, EMBEDDED_RATES, noRateReason, rateFor, rateSource, type RatePeriod, type RateTable } from '../rates';

/** The month to price a figure at: only a figure about a single month has one. */
export function ratePeriodOf(figure: Pick<Figure, 'year' | 'period'>): RatePeriod | undefined {
  if (figure.year === undefined) return undefined;
  const p = figure.period;
  return p && p.fromMonth === p.toMonth ? { year: figure.year, month: p.fromMonth } : { year: figure.year };
}

type Conversion = { normalized: Normalized } | { unconverted: string };

/** A money figure in `reader`'s currency, or why it cannot be, worded in `fmt`'s language. */
export function convertMoney(
  figure: Pick<Figure, 'value' | 'valueMax' | 'currency' | 'year' | 'period'>,
  reader: CurrencyCode,
  fmt: TextFormat,
  table: RateTable = EMBEDDED_RATES,
): Conversion {
  if (!figure.currency) return { unconverted: noRateReason({ why: 'currency-unknown' }, fmt) };
  const rate = rateFor(figure.currency, reader, ratePeriodOf(figure), table);
  if (!rate.ok) return { unconverted: noRateReason(rate.missing, fmt) };
  const normalized: Normalized = {
    value: figure.value * rate.rate,
    currency: reader,
    rate: rate.rate,
    rateKind: rate.kind,
    ratePeriod: rate.period,
    source: rateSource(rate, table.source, fmt),
  };
  if (figure.valueMax !== undefined) normalized.valueMax = figure.valueMax * rate.rate;
  return { normalized };
}

const EURO_AREA = ['AT', 'BE', 'BG', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK', 'AD', 'MC', 'SM', 'VA', 'ME', 'XK'];

/** Currency of each region whose currency the ECB quotes (or that is pegged to one it quotes). */
const REGION_CURRENCY: Readonly<Record<string, CurrencyCode>> = {
  ...Object.fromEntries(EURO_AREA.map((region) => [region, 'EUR'])),
  US: 'USD', CN: 'CNY', GB: 'GBP', JP: 'JPY', HK: 'HKD', MO: 'MOP', SG: 'SGD', AU: 'AUD', NZ: 'NZD', CA: 'CAD',
  CH: 'CHF', LI: 'CHF', IN: 'INR', KR: 'KRW', BR: 'BRL', MX: 'MXN', ZA: 'ZAR', TH: 'THB', MY: 'MYR', ID: 'IDR',
  PH: 'PHP', IL: 'ILS', TR: 'TRY', CZ: 'CZK', DK: 'DKK', HU: 'HUF', PL: 'PLN', RO: 'RON', SE: 'SEK', NO: 'NOK', IS: 'ISK',
  PR: 'USD', EC: 'USD', SV: 'USD', PA: 'USD',
};

/**
 * The reader's currency for a browser locale: its region's currency ("en-GB" →
 * GBP), the likeliest region for a bare language ("de" → Germany → EUR, "zh" →
 * China → CNY), and USD where the region's currency has no ECB rate (zh-TW:
 * TWD) or the locale says nothing.
 */
export function defaultCurrencyForLocale(locale: string | undefined): CurrencyCode {
  let region: string | undefined;
  try {
    region = locale ? new Intl.Locale(locale).maximize().region : undefined;
  } catch {
    region = undefined;
  }
  const currency = region ? REGION_CURRENCY[region] : undefined;
  return currency && convertibleCurrencies().includes(currency) ? currency : 'USD';
}
