/**
 * A candidate figure, as the scanner reads it and the refiners merge and
 * filter it, and the character tests and bounded lookups both share.
 */
import type { CurrencyCode, FigureKind, Hedge, PercentUnit, QuantityUnit } from '../figure';
import { chineseNumerals, LANG_BIT, type Currency, type YenOrYuan } from './lexicon';
import type { Written } from './numeral';
import { isInlineSpace, isLetter } from './chars';
import type { Entry, Trie } from './trie';

export interface Candidate {
  start: number;
  end: number;
  /** Where the hedge written before the figure starts ("approximately 77,000…"); `start` when there is none. */
  outerStart: number;
  /** Undefined for a bare number, kept only until the range refiner has looked at it ("5" in "5-6 percent"). */
  kind: FigureKind | undefined;
  written: Written;
  /** Power of ten of the scale word to multiply by ("1.9 trillion"); undefined when none is written. */
  multiplyExp: number | undefined;
  /** Power of ten of the scale word as written, including one inside a Chinese numeral (十四万亿 → 12). */
  scaleExp: number | undefined;
  negative: boolean;
  value: number;
  valueMax: number | undefined;
  currency: CurrencyCode | YenOrYuan | undefined;
  /** The currency came from a family word ("$", "元") and yields to a specific one. */
  currencyGeneric: boolean;
  /** Set when the currency was read from the page rather than the figure: a bare "$" on an Australian page. */
  currencyFrom?: 'page';
  unit: PercentUnit | QuantityUnit | undefined;
  /** Power of ten from the unit as written to the figure's unit: "cents" −2, "MWh" 3 (to kWh); 0 for most. */
  unitExp: number;
  noun: string | undefined;
  hedge: Hedge | undefined;
  /** "between" or "from" written before the number, and where. */
  opener: 'between' | 'from' | undefined;
  openerStart: number;
  /** Bit set of LANG_BIT: which lexicons matched. */
  langs: number;
  equivalentOf: Candidate | undefined;
  /** "数十家": a count with no exact value; `value` is its lower bound. */
  vague: boolean;
}

/** Lookups never read further than this from the number. */
export const REACH = 32;

const { digits, units, tens, sections } = chineseNumerals;
/** Every character of a Chinese numeral: digits, 十百千, 万亿, 卅廿. */
export const NUMERAL = new Set([...Object.keys(digits), ...Object.keys(units), ...Object.keys(sections), ...Object.keys(tens)].map((c) => c.charCodeAt(0)));
/** 万/萬 and 亿/億, and the power of ten each stands for. */
export const SECTION_EXP = new Map(Object.entries(sections).map(([c, exp]) => [c.charCodeAt(0), exp]));
/** The characters a Chinese numeral starts with: a digit, or 十 (十五). */
export const NUMERAL_FIRST = new Set([...Object.keys(digits), ...Object.keys(tens), ...Object.keys(units).filter((u) => units[u] === 10)].map((c) => c.charCodeAt(0)));

export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** ".", ",", ":", "/" between two digits: versions (3.2.1), times (10:30), dates (1/15), bad grouping (1,1,1). */
export function isJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 0xff0e;
}

export function isSignChar(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 43 || c === 0xff0d;
}

export function skipSpacesBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && i > at - 2 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i < at + 2 && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Spaces, or one hyphen that joins the number to a word: "a 42-trillion-yuan economy", "15-basis points". */
export function skipGap(text: string, at: number): number {
  return text.charCodeAt(at) === 45 && isLetter(text.charCodeAt(at + 1)) ? at + 1 : skipSpaces(text, at);
}

/** Zero-width characters pages put inside numbers (soft wrapping, tracking): "1\u200b234" is 1234. */
export function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Thousands separators: the comma, and the thin and no-break spaces of typeset pages ("1\u2009000", "12\u00a0345"). */
export function isGroupSeparator(c: number): boolean {
  return c === 44 || c === 0x2009 || c === 0xa0 || c === 0x202f || c === 0x27;
}

export function langOf(entry: Entry<unknown>): number {
  // Two constant loads rather than a keyed one: this runs for every lexicon match.
  const { lang } = entry;
  return lang === undefined ? 0 : lang === 'zh' ? LANG_BIT.zh : LANG_BIT.en;
}

/** The currency written on both sides of a number: a specific one wins over a family word ("港币300元" is HKD). */
export function bothSides(before: Currency | undefined, after: Currency | undefined): Currency | undefined {
  if (!before || !after || before.code === after.code) return before ?? after;
  return before.generic && !after.generic ? after : before;
}

export function find<T>(trie: Trie<T>, text: string, at: number): Entry<T> | undefined {
  return trie.find(text, at, Math.min(text.length, at + REACH));
}
