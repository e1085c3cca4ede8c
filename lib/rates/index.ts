/**
 * Exchange rates for a figure's period: `rateFor(from, to, period)`.
 *
 * The rate is that of the period the figure is about: a month's mean when the
 * month is finished, a year's mean when the year is over, else the latest
 * daily rate. "Finished" and "over" are facts of the table (it holds a
 * month's or a year's mean only when that period is complete), so a refreshed
 * daily file never makes the rules guess. Cross rates go through EUR, the base
 * of the ECB rates. A currency without a rate is never guessed: the result
 * says why it could not be converted.
 */
import type { CurrencyCode, Normalized, RateKind } from '../figure';
import { textFormat } from '../format';
import type { Validation } from '../validation';
import { PEGS } from './pegs';
import { currencyIndex, rateInRow, type RateRow, type RateTable } from './rate-table';
import { EMBEDDED_RATES } from './table';
import { noRateReason, rateSource, type NoRate, type RateBasis } from './words';

export type { RateTable } from './rate-table';
export { noRateReason, rateSource, ratePeriodName } from './words';
export { EMBEDDED_RATES };

/** The date of the embedded table's newest rates: the options page always shows it. */
export const EMBEDDED_RATES_DATE: string = EMBEDDED_RATES.lastDate;

/** A calendar year, or one month of it (1–12). */
export interface RatePeriod {
  year: number;
  month?: number;
}

/** `source` and `reason` are in English; `rateSource` and `noRateReason` word them in a reader's language. */
export type Rate =
  | ({
      ok: true;
      /** Units of `to` per one unit of `from`. */
      rate: number;
      source: string;
    } & RateBasis)
  | { ok: false; missing: NoRate; reason: string };

const ENGLISH = textFormat('en');

interface RowChoice {
  row: RateRow;
  kind: RateKind;
  period: string;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Which row of the table speaks for `period`, or why none does. */
function chooseRow(table: RateTable, period: RatePeriod | undefined): RowChoice | NoRate {
  if (period) {
    const firstYear = Number(table.firstDate.slice(0, 4));
    if (period.year < firstYear) return { why: 'before-table', firstYear, year: period.year };
    if (period.month !== undefined) {
      const key = monthKey(period.year, period.month);
      const row = table.monthly[key];
      if (row) return { row, kind: 'monthly-average', period: key };
    }
    const row = table.annual[String(period.year)];
    if (row) return { row, kind: 'annual-average', period: String(period.year) };
  }
  const { date, rates } = table.latest;
  return { row: rates, kind: 'daily', period: date };
}

/** Units of `currency` per EUR in `row`, through a peg when the ECB has none. */
function perEuro(table: RateTable, row: RateRow, currency: CurrencyCode): { rate: number; pegged: boolean } | undefined {
  const direct = rateInRow(table, row, currency);
  if (direct !== undefined) return { rate: direct, pegged: false };
  const peg = PEGS[currency];
  const anchor = peg && rateInRow(table, row, peg.anchor);
  return peg && anchor !== undefined ? { rate: anchor * peg.perAnchor, pegged: true } : undefined;
}

function missing(table: RateTable, currency: CurrencyCode, choice: RowChoice): NoRate {
  if (currencyIndex(table, currency) < 0 && !PEGS[currency]) return { why: 'never-quoted', currency };
  return { why: 'not-quoted-then', currency, kind: choice.kind, period: choice.period };
}

function noRate(why: NoRate): Rate {
  return { ok: false, missing: why, reason: noRateReason(why, ENGLISH) };
}

/**
 * Units of `to` per unit of `from` for `period` (the latest daily rate when
 * the period is unknown). Converting a currency into itself is 1, whatever the
 * table holds.
 */
export function rateFor(
  from: CurrencyCode,
  to: CurrencyCode,
  period?: RatePeriod,
  table: RateTable = EMBEDDED_RATES,
): Rate {
  const choice = chooseRow(table, period);
  if ('why' in choice) return noRate(choice);
  const { kind } = choice;
  const found = (rate: number, basis: RateBasis): Rate => ({ ok: true, rate, ...basis, source: rateSource(basis, table.source, ENGLISH) });
  if (from === to) return found(1, { kind, period: choice.period, pegged: [], already: to });
  const a = perEuro(table, choice.row, from);
  if (!a) return noRate(missing(table, from, choice));
  const b = perEuro(table, choice.row, to);
  if (!b) return noRate(missing(table, to, choice));
  const pegged = [...(a.pegged ? [from] : []), ...(b.pegged ? [to] : [])];
  return found(b.rate / a.rate, { kind, period: choice.period, pegged });
}

/** Currencies a reader can choose: those with a latest rate, EUR, and pegged ones whose anchor has one. Sorted. */
export function convertibleCurrencies(table: RateTable = EMBEDDED_RATES): CurrencyCode[] {
  const codes = new Set<CurrencyCode>(['EUR']);
  for (const code of [...table.currencies, ...Object.keys(PEGS)]) {
    if (perEuro(table, table.latest.rates, code)) codes.add(code);
  }
  return [...codes].sort();
}

export interface DailyRates {
  /** "YYYY-MM-DD". */
  date: string;
  /** Units of each currency per 1 EUR. */
  rates: Record<CurrencyCode, number>;
}

const MAX_XML = 200_000;

function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(["'])(.*?)\2/g)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * Reads the ECB's daily file (eurofxref-daily.xml): one `<Cube time>` holding
 * `<Cube currency rate/>` entries. Plain string parsing, because it runs in a
 * service worker without DOMParser; the file is small and its layout fixed.
 * When a file holds several days, the newest wins.
 */
export function parseEcbDailyXml(xml: string): Validation<DailyRates> {
  if (typeof xml !== 'string' || xml.length === 0) return { ok: false, reason: 'empty response' };
  if (xml.length > MAX_XML) return { ok: false, reason: `response longer than ${MAX_XML} characters` };
  if (!/<gesmes:Envelope\b|<Envelope\b/.test(xml)) return { ok: false, reason: 'not an ECB reference-rate file (no Envelope)' };
  let best: DailyRates | undefined;
  let current: DailyRates | undefined;
  for (const m of xml.matchAll(/<Cube\b([^>]*)>/g)) {
    const attrs = attributes(m[1]!);
    if (attrs.time !== undefined) {
      if (!isRealDate(attrs.time)) return { ok: false, reason: `bad date ${JSON.stringify(attrs.time.slice(0, 20))}` };
      current = { date: attrs.time, rates: {} };
      if (!best || current.date > best.date) best = current;
    } else if (attrs.currency !== undefined) {
      if (!current) return { ok: false, reason: 'a rate outside any dated Cube' };
      const code = attrs.currency;
      const rate = Number(attrs.rate);
      if (!/^[A-Z]{3}$/.test(code)) return { ok: false, reason: `bad currency code ${JSON.stringify(code.slice(0, 10))}` };
      if (!/^\d+(\.\d+)?$/.test(attrs.rate ?? '') || !(rate > 0)) return { ok: false, reason: `bad rate for ${code}` };
      current.rates[code] = rate;
    }
  }
  if (!best) return { ok: false, reason: 'no dated Cube in the file' };
  if (Object.keys(best.rates).length === 0) return { ok: false, reason: `no rates for ${best.date}` };
  return { ok: true, value: best };
}

/**
 * `table` with `daily` as its latest rates, when `daily` is newer. The annual
 * and monthly means stay those of the embedded table; a currency new to the
 * table is appended to its list.
 */
export function withDailyRates(table: RateTable, daily: DailyRates): RateTable {
  if (daily.date <= table.latest.date) return table;
  const currencies = [...table.currencies];
  for (const code of Object.keys(daily.rates)) if (!currencies.includes(code)) currencies.push(code);
  return {
    ...table,
    lastDate: daily.date,
    currencies,
    latest: { date: daily.date, rates: currencies.map((code) => daily.rates[code] ?? 0) },
  };
}

/** How long a daily rate is taken as the rate of "now". */
export const STALE_AFTER_DAYS = 30;

/**
 * Whether a conversion used a daily rate more than STALE_AFTER_DAYS older
 * than `today` ("YYYY-MM-DD"). Only a daily rate stands in for a period it
 * is not from (this year, or an unknown year); a month's or a year's average
 * is the rate of the period the figure is about, however long ago that was.
 */
export function isStaleRate(n: Pick<Normalized, 'rateKind' | 'ratePeriod'>, today: string): boolean {
  if (n.rateKind !== 'daily') return false;
  return (Date.parse(today) - Date.parse(n.ratePeriod)) / 86_400_000 > STALE_AFTER_DAYS;
}
