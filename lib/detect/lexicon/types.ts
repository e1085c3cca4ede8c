import type { CurrencyCode, HedgeBound, Lang, PercentUnit, QuantityUnit } from '../../figure';

/** `¥` (and `￥`) is yuan or yen; the currency refiner decides from the words around it. */
export type YenOrYuan = 'JPY|CNY';

/**
 * One language's words for figures, as plain tables: adding a currency or a
 * scale word is one line here, never a change to the scanner.
 *
 * Keys written all in lower case also match Capitalised, Title Case and UPPER
 * CASE text ("Yuan", "More Than", "ABOUT"); a one-word key with a capital
 * letter matches exactly as written ("RMB", "Rmb", "USD"); a phrase with one
 * ("Hong Kong dollars") also in Title Case and UPPER CASE (headlines). A space
 * in a key matches one or two spaces of any width, but never a line break.
 */
export interface Lexicon {
  /** The lexicon's language; undefined for script-neutral symbols ($, %, €). */
  lang: Lang | undefined;
  /** Written before the amount: "US$", "RMB", "人民币". */
  currencyBefore: Record<string, CurrencyCode | YenOrYuan>;
  /** Written after the amount and its scale: "yuan", "Hong Kong dollars", "美元". */
  currencyAfter: Record<string, CurrencyCode | YenOrYuan>;
  /** Minor units, as money in the major unit's currency with a power of ten: "23 cents" → 0.23 USD, "5角" → 0.5 CNY. */
  minorUnits: Record<string, readonly [CurrencyCode, number]>;
  /** A family name that yields to a specific one beside it: "港币300元" is HKD, not CNY. */
  genericCurrency: readonly string[];
  /** Money only when a scale is written too: "5 pounds" is more often a weight than "5 million pounds". */
  currencyNeedsScale: readonly string[];
  /** Scale words, as powers of ten: "trillion" → 12, "亿" → 8. */
  scales: Record<string, number>;
  /** Abbreviated scales that only mark money ("£17.4bn", "$3b"); in `gluedOnly` when they need no space ("5m", not "5 m"; "312p", not "5 p"). */
  moneyScales: Record<string, number>;
  gluedOnly: readonly string[];
  percentUnits: Record<string, PercentUnit>;
  /**
   * Output quantities: the base unit and the power of ten to it ("MWh" → kWh × 10³, "万吨" is 万 then 吨).
   * Only economic output: tonnes, barrels, energy, containers, floor space; not decibels or volts.
   */
  quantityUnits: Record<string, readonly [QuantityUnit, number]>;
  /** Quantities only with a scale word: "1.2万公里 of expressway" is output, "a 30 km road" is not. */
  quantityNeedsScale: readonly string[];
  /** Numbers written as words, and the words they must stand before to be read as figures. */
  numberWords: Record<string, number>;
  numberWordsBefore: readonly string[];
  /** Words that count something by themselves: the Chinese classifiers 家, 人次. English count nouns are found by shape (noun.ts). */
  counters: readonly string[];
  /** Words after a number that make it a time, a measure or a place, never a figure: "39 years", "2024年", "5号". */
  notCounted: readonly string[];
  /** Longer words that begin with one of those but say how a figure moved, so a number before them has no unit yet: "324億年升13.7%". */
  notUnits?: readonly string[];
  hedgesBefore: Record<string, HedgeBound>;
  /** Longer phrases that contain a hedge but are not one: "edged up to 5.2 per cent" is where it rose to. */
  notHedges: readonly string[];
  /** Hedges written after the figure: "5%左右", "30 percent or more". */
  hedgesAfter: Record<string, HedgeBound>;
  /** Sign words, kept inside the figure: "minus 2 percent" → −2. */
  signs: readonly string[];
  /** Opens a range, with the word that joins its ends: "between 6.5 and 7 percent". */
  between: Record<string, string>;
  /** Keeps "to" apart: "from 5% to 6%" is two figures, a change, not a range. */
  from: readonly string[];
  /** Between the two ends of a range: "5-6 percent", "5%至6%". */
  rangeConnectors: readonly string[];
  /** Between the numbers of a list whose unit is written once, after the last: "4.6 and 3.1 percentage points", "602.4亿、190.8亿和30.9亿元". */
  listConnectors: readonly string[];
  /** Between an amount and its conversion: "14 trillion yuan (US$ 1.9 trillion)". */
  equivalenceOpeners: readonly string[];
  /** Before a percentage in brackets that counts a page's reading progress, not a figure: "（剩余60%）". */
  progressMarkers: readonly string[];
  /** Before a number that ranks rather than counts: "Top 10 cities", "前10家". */
  rankMarkers: readonly string[];
  /**
   * Counters of kinds and categories, which count only as the part of a whole named before: "468种产品中有356种…"
   * counts 356 kinds, while "468种产品" is the whole a release is cut into and no figure. The part must follow one
   * of `partOpeners` right before its number.
   */
  partCounters?: readonly string[];
  partOpeners?: readonly string[];
}
