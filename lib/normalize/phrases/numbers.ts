/**
 * Small numbers in time words and streaks ("前三季度", "连续三十六年",
 * "第12"): read with the detector's Chinese numerals, so there is one
 * table of Chinese digits in the code base.
 */
import { readChinese, valueOf } from '../../detect/numeral';

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
