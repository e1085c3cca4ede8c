/**
 * The shape of a rate table: ECB euro reference rates in rows keyed by period,
 * each row listing one rate per currency in the order of `currencies`.
 * The embedded table (table.ts) is generated in this shape; a refreshed daily
 * file is laid over it with `withDailyRates`.
 */
import type { CurrencyCode } from '../figure';

/** Units of each currency per 1 EUR, in the order of `RateTable.currencies`; 0 (or absent) where the ECB published no rate. */
export type RateRow = readonly number[];

export interface RateTable {
  /** Human-readable origin, shown with every converted figure. */
  source: string;
  firstDate: string;
  /** The newest date the table knows; the date the options page shows. */
  lastDate: string;
  currencies: readonly CurrencyCode[];
  /** Means of complete calendar years, keyed "2024". */
  annual: Readonly<Record<string, RateRow>>;
  /** Means of complete months only, keyed "2026-03". */
  monthly: Readonly<Record<string, RateRow>>;
  latest: { date: string; rates: RateRow };
}

const indexes = new WeakMap<RateTable, Map<CurrencyCode, number>>();

/** Where `currency` sits in the table's rows, or -1. Cached per table: lookups run once per money figure. */
export function currencyIndex(table: RateTable, currency: CurrencyCode): number {
  let index = indexes.get(table);
  if (!index) {
    index = new Map(table.currencies.map((code, i) => [code, i]));
    indexes.set(table, index);
  }
  return index.get(currency) ?? -1;
}

/** The rate of `currency` per EUR in `row`, or undefined when the row has none. EUR itself is 1. */
export function rateInRow(table: RateTable, row: RateRow, currency: CurrencyCode): number | undefined {
  if (currency === 'EUR') return 1;
  const i = currencyIndex(table, currency);
  const rate = i < 0 ? undefined : row[i];
  return rate !== undefined && rate > 0 ? rate : undefined;
}
