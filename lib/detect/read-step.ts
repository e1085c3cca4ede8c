/**
 * Words that stand for a share of a unit rather than a number: 碼, a quarter
 * of a percentage point in Taiwan and Hong Kong rate news ("升息半碼",
 * "調升存款準備率1碼"), and 半, a half of the unit after it (半成 = 5 percent,
 * 半碼 = 0.125 points); and English words that are vague counts ("dozens of",
 * `vagueCountWords`) or multiples ("tripled", `multipleWords`). The tables
 * are `chineseNumerals.rateStep` and `half`.
 */
import { chineseNumerals } from './lexicon';
import { readBefore } from './read-before';
import type { ChineseNumber } from './numeral';
import type { Candidate } from './candidate';
import { read } from './read';

const { rateStep, half } = chineseNumerals;
export const RATE_STEP = rateStep.char.charCodeAt(0);
export const HALF = half.charCodeAt(0);
const NOT_BEFORE = new Set([...rateStep.notBefore].map((c) => c.charCodeAt(0)));

/** 碼 at `at` is a rate step: a rate-move cue stands in the `reach` characters before the number at `from`. */
export function rateStepAt(text: string, at: number, from: number): boolean {
  if (text.charCodeAt(at) !== RATE_STEP || NOT_BEFORE.has(text.charCodeAt(at + 1))) return false;
  const window = text.slice(Math.max(0, from - rateStep.reach), from);
  return rateStep.cues.some((cue) => window.includes(cue));
}

/** 半 read as a numeral: one half, a single character like 三 in 三成. */
export const HALF_NUMBER: ChineseNumber = { written: { digits: '5', exp: -1 }, scaleExp: undefined, singleDigit: true };

const OF = ' of'.length;

/** "dozens of companies": the word and "of" are the number, the noun after them what it counts; a vague count or nothing. */
export function readVagueCount(text: string, start: number, end: number, lowest: number, floor: number): Candidate | undefined {
  const c = read(text, start, start, end + OF, undefined, floor, { digits: String(lowest), exp: 0 });
  if (!c || c.kind !== 'count') return undefined;
  c.vague = true;
  return c;
}

/** "exports tripled", 翻了一番: the word alone is the figure, a multiple of what grew (unit x), hedged as a number is ("more than doubled"). */
export function readMultiple(text: string, start: number, end: number, times: number, lang: number, floor: number): Candidate | undefined {
  const before = readBefore(text, start, start, floor, false);
  if (!before || before.prefix) return undefined;
  const { outerStart, hedge, opener, openerStart, langs } = before;
  return {
    start, end, outerStart, kind: 'percent', written: { digits: String(times), exp: 0 }, multiplyExp: undefined, scaleExp: undefined,
    negative: false, value: times, valueMax: undefined, currency: undefined, currencyGeneric: false, unit: 'x', unitExp: 0, noun: undefined,
    hedge, opener, openerStart, langs: langs | lang, equivalentOf: undefined, vague: false,
  };
}
