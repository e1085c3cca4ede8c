/**
 * Shares written as Chinese fractions ("三分之一", "千分之三", "一半"), read
 * as a percent the way 百分之五 is: the whole phrase is the figure, the words
 * after it (以上, 左右, the noun) are read by read() as for any percent. The
 * table is `chineseNumerals.fraction`.
 */
import { chineseNumerals } from './lexicon';
import { readChinese } from './numeral';
import { NUMERAL, type Candidate } from './candidate';
import { read } from './read';

const { fraction } = chineseNumerals;
export const FRACTION_MARK = fraction.mark.charCodeAt(0);
/** The last character of 一半, where the scanner finds it. */
export const FRACTION_HALF = fraction.half.charCodeAt(fraction.half.length - 1);
const HALF_NOT_BEFORE = new Set([...fraction.halfNotBefore].map((c) => c.charCodeAt(0)));
/** 三 in 三分之一, 一万 in 一万分之五: longer numerals are no fraction a reader writes. */
const MAX_PART = 4;

/** Two decimals, as a reader writes a third (33.33). */
function share(numerator: number, denominator: number): { digits: string; exp: number } {
  return { digits: String(Math.round((numerator / denominator) * 10_000)), exp: -2 };
}

function numeralRun(text: string, from: number, step: 1 | -1, floor: number): number {
  let at = from;
  while (Math.abs(at - from) < MAX_PART && at + step >= floor && NUMERAL.has(text.charCodeAt(step > 0 ? at : at - 1))) at += step;
  return at;
}

/** The fraction whose 分之 starts at `at`, or nothing (部分之, a numeral too long, a numerator not below the denominator). */
export function readFraction(text: string, at: number, floor: number): Candidate | undefined {
  if (!text.startsWith(fraction.mark, at)) return undefined;
  const start = numeralRun(text, at, -1, floor);
  const from = at + fraction.mark.length;
  const end = numeralRun(text, from, 1, floor);
  if (start === at || end === from || NUMERAL.has(text.charCodeAt(start - 1))) return undefined;
  const below = readChinese(text.slice(start, at));
  const above = readChinese(text.slice(from, end));
  if (!below || !above || above.written.exp !== 0 || below.written.exp !== 0) return undefined;
  const d = Number(below.written.digits);
  const n = Number(above.written.digits);
  if (!(n > 0 && n < d)) return undefined;
  return read(text, start, end, end, undefined, floor, share(n, d));
}

/** "一半" ending at `at` (its 半), or nothing (上半年: no 一 before it; 一半年). */
export function readHalf(text: string, at: number, floor: number): Candidate | undefined {
  const start = at + 1 - fraction.half.length;
  if (start < floor || !text.startsWith(fraction.half, start) || HALF_NOT_BEFORE.has(text.charCodeAt(at + 1))) return undefined;
  if (NUMERAL.has(text.charCodeAt(start - 1))) return undefined;
  return read(text, start, at + 1, at + 1, undefined, floor, share(1, 2));
}
