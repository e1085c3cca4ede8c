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
