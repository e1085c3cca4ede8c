/**
 * Small numbers in time words and streaks, and months counted back from one ("前三季度", "连续三十六年",
 * "第12"): read with the detector's Chinese numerals, so there is one
 * table of Chinese digits in the code base.
 */
import { readChinese, valueOf } from '../../detect/numeral';
import type { TimeMeaning } from './types';

/** "三十六" → 36, "12" → 12, "两" → 2; NaN when it is not a number. */
export function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const n = readChinese(s);
  return n ? valueOf(n.written) : NaN;
}

/** "二零一九" → 2019, "二〇" → 20: Chinese digits read one by one, as years are written. */
export function digitByDigit(s: string): number {
  let n = 0;
  for (const c of s) n = n * 10 + smallNumber(c === '〇' ? '零' : c);
  return n;
}

/** The months `fromMonth` to `toMonth` of a year. */
export const months = (fromMonth: number, toMonth: number): TimeMeaning => ({ kind: 'period', fromMonth, toMonth });

/** The year's end ("年底", "year-end"): the time of a stock. */
export const yearEnd = (): TimeMeaning => ({ kind: 'period', fromMonth: 12, toMonth: 12, point: true });

/** A quarter or a half named by its place in the year ("Q3", "first half", "上半年"): calendar months unless the text reports in fiscal years. */
export const quarter = (q: number): TimeMeaning => ({ kind: 'period', fromMonth: q * 3 - 2, toMonth: q * 3, ordinal: true });
export const half = (h: 1 | 2): TimeMeaning => (h === 1 ? { kind: 'period', fromMonth: 1, toMonth: 6, ordinal: true, firstHalf: true } : { kind: 'period', fromMonth: 7, toMonth: 12, ordinal: true });

/**
 * The `n` months up to and including month `to`: "the six months ended 30 June" is January to June, "the
 * six months ended 31 March" October to March of the year before (across 1); more than twelve is no period.
 */
export function monthsEnded(n: number, to: number): TimeMeaning | null {
  if (n < 1 || n > 12) return null;
  if (to >= n) return months(to - n + 1, to);
  return { kind: 'period', fromMonth: to - n + 13, toMonth: to, across: 1 };
}
