/**
 * The lexicons compiled into lookup tries, once, at module load. The scanner
 * and refiners read only these; the tables stay in en.ts, zh.ts, symbols.ts.
 */
import type { CurrencyCode, HedgeBound, Lang, PercentUnit, QuantityUnit } from '../../figure';
import { Trie } from '../trie';
import { en } from './en';
import { symbols } from './symbols';
import { keysInBothScripts, recordInBothScripts } from './script';
import type { Lexicon, YenOrYuan } from './types';
import { zh } from './zh';

export type { YenOrYuan } from './types';
export { chineseNumerals, moneyWithoutUnit } from './zh';
export { casualtiesAfter, casualtyVerbs, multipleWords, countEllipsis, countEllipsisVerbs, countFrames, countOutOf, countSubjects, englishNouns, fractionWords, unitsOf, vagueCountWords, wordCountHeads, wordCountNotAfter } from './en';
import { countBreakdown as enBreakdown, fractionWords, multipleWords, vagueCountWords, wordCountHeads } from './en';
import { countBreakdown as zhBreakdown, doublingWords } from './zh';

/** Words that open the breakdown of a count or quantity, in every language and script (en.ts, zh.ts countBreakdown). */
export const countBreakdown: readonly string[] = [...enBreakdown, ...keysInBothScripts(zhBreakdown)];

/** Verbs of multiples in both languages ("tripled", 翻了一番), both Chinese scripts: the multiple each stands for. */
const zhMultiples = recordInBothScripts(doublingWords);
export const multipleTimes: Record<string, { times: number; lang: Lang }> = Object.fromEntries([
  ...Object.entries(multipleWords.times).map(([k, times]) => [k, { times, lang: 'en' as Lang }]),
  ...Object.entries(zhMultiples).map(([k, times]) => [k, { times, lang: 'zh' as Lang }]),
]);

/** Every table of a Chinese lexicon, also in traditional characters. */
function inBothScripts(lex: Lexicon): Lexicon {
  const out: Record<string, unknown> = {};
  for (const [field, table] of Object.entries(lex)) {
    if (Array.isArray(table)) out[field] = keysInBothScripts(table as string[]);
    else if (table && typeof table === 'object') out[field] = recordInBothScripts(table as Record<string, unknown>);
    else out[field] = table;
  }
  return out as unknown as Lexicon;
}

const LEXICONS: readonly Lexicon[] = [en, inBothScripts(zh), symbols];

export interface Currency {
  code: CurrencyCode | YenOrYuan;
  /** "$", "dollars", "元": yields to a specific currency written beside it. */
  generic: boolean;
  /** "pounds": money only with a scale word. */
  needsScale: boolean;
  /** A minor unit's power of ten to the major unit: "cents" −2. */
  minorExp: number;
  /** "312p": only right after the number, never "5 p". */
  gluedOnly: boolean;
}

type Unit =
  | { kind: 'money'; currency: Currency }
  | { kind: 'percent'; unit: PercentUnit }
  | { kind: 'quantity'; unit: QuantityUnit; exp: number; needsScale: boolean }
  | { kind: 'count' }
  | { kind: 'none' }
  /** A counter of kinds that counts only as the part of a whole (partCounters): "中有356种". */
  | { kind: 'part' }
  /** A word after the number that is none of its unit (notUnits). */
  | { kind: 'basis' };

interface Scale {
  exp: number;
  moneyOnly: boolean;
}

type Before =
  | { role: 'hedge'; bound: HedgeBound }
  | { role: 'sign' }
  | { role: 'between' }
  | { role: 'from' }
  | { role: 'none' };

type Connector = 'range' | 'to' | 'and';

export const LANG_BIT: Record<Lang, number> = { en: 1, zh: 2 };

function currency(lex: Lexicon, key: string, code: CurrencyCode | YenOrYuan, minorExp = 0): Currency {
  return {
    code,
    generic: code === 'JPY|CNY' || lex.genericCurrency.includes(key),
    needsScale: lex.currencyNeedsScale.includes(key),
    minorExp,
    gluedOnly: lex.gluedOnly.includes(key),
  };
}

export const currencyBefore = new Trie<Currency>(true);
export const wordsBefore = new Trie<Before>(true);
export const rankBefore = new Trie<true>(true);
export const progressBefore = new Trie<true>(true);
/** Right before the number of a part: "中有" in "468种产品中有356种" (partOpeners). */
export const partBefore = new Trie<true>(true);
export const scaleGlued = new Trie<Scale>();
export const scaleSpaced = new Trie<Scale>();
export const unitAfter = new Trie<Unit>();
export const hedgeAfter = new Trie<HedgeBound>();
export const connectorAfter = new Trie<Connector>();
/** Joins the numbers of a list that writes its unit once. */
export const listAfter = new Trie<true>();
export const listGaps = new Set<string>();
/** Gaps (spaces squeezed) that join two numbers into one range, or an amount to its conversion. */
export const rangeGaps = new Map<string, Connector>();
export const equivalenceGaps = new Set<string>();
/** The same openers, to look up where they stand in the text (a long sentence is not cut before one). */
export const equivalenceOpeners = new Trie<true>();

for (const lex of LEXICONS) {
  const { lang } = lex;
  for (const [key, code] of Object.entries(lex.currencyBefore)) currencyBefore.add(key, currency(lex, key, code), lang);
  for (const [key, code] of Object.entries(lex.currencyAfter)) {
    unitAfter.add(key, { kind: 'money', currency: currency(lex, key, code) }, lang);
  }
  for (const [key, [code, exp]] of Object.entries(lex.minorUnits)) {
    unitAfter.add(key, { kind: 'money', currency: currency(lex, key, code, exp) }, lang);
  }
  for (const [key, [unit, exp]] of Object.entries(lex.quantityUnits)) {
    unitAfter.add(key, { kind: 'quantity', unit, exp, needsScale: lex.quantityNeedsScale.includes(key) }, lang);
  }
  for (const [key, unit] of Object.entries(lex.percentUnits)) unitAfter.add(key, { kind: 'percent', unit }, lang);
  unitAfter.addAll(lex.counters, () => ({ kind: 'count' }), lang);
  unitAfter.addAll(lex.notCounted, () => ({ kind: 'none' }), lang);
  unitAfter.addAll(lex.notUnits ?? [], () => ({ kind: 'basis' }), lang);
  unitAfter.addAll(lex.partCounters ?? [], () => ({ kind: 'part' }), lang);
  partBefore.addAll(lex.partOpeners ?? [], () => true, lang);

  for (const [key, exp] of Object.entries(lex.scales)) {
    scaleGlued.add(key, { exp, moneyOnly: false }, lang);
    scaleSpaced.add(key, { exp, moneyOnly: false }, lang);
  }
  for (const [key, exp] of Object.entries(lex.moneyScales)) {
    scaleGlued.add(key, { exp, moneyOnly: true }, lang);
    if (!lex.gluedOnly.includes(key)) scaleSpaced.add(key, { exp, moneyOnly: true }, lang);
  }

  for (const [key, bound] of Object.entries(lex.hedgesBefore)) wordsBefore.add(key, { role: 'hedge', bound }, lang);
  wordsBefore.addAll(lex.notHedges, () => ({ role: 'none' }), lang);
  wordsBefore.addAll(lex.signs, () => ({ role: 'sign' }), lang);
  wordsBefore.addAll(lex.between, () => ({ role: 'between' }), lang);
  wordsBefore.addAll(lex.from, () => ({ role: 'from' }), lang);
  rankBefore.addAll(lex.rankMarkers, () => true, lang);
  progressBefore.addAll(lex.progressMarkers, () => true, lang);
  for (const [key, bound] of Object.entries(lex.hedgesAfter)) hedgeAfter.add(key, bound, lang);

  for (const key of lex.rangeConnectors) {
    const kind: Connector = /^[\p{L}]/u.test(key) ? 'to' : 'range';
    connectorAfter.add(key, kind, lang);
    rangeGaps.set(key, kind);
  }
  for (const key of Object.values(lex.between)) {
    connectorAfter.add(key, 'and', lang);
    rangeGaps.set(key, 'and');
  }
  listAfter.addAll(lex.listConnectors, () => true, lang);
  for (const key of lex.listConnectors) listGaps.add(key.trim() || key);
  for (const key of lex.equivalenceOpeners) equivalenceGaps.add(key.replace(/\s+/g, ' '));
  equivalenceOpeners.addAll(lex.equivalenceOpeners, () => true, lang);
}

/** A number word before a percent or scale word, and its value (lexicons' numberWords). */
export const numberWords = new Map<string, number>();
const wordsAfterNumberWords: string[] = [];
for (const lex of LEXICONS) {
  for (const [key, value] of Object.entries(lex.numberWords)) numberWords.set(key, value);
  wordsAfterNumberWords.push(...lex.numberWordsBefore);
}
const escapeWords = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '[ \\u00a0]')).join('|');
/** One pass of this finds the number words of a text: V8 scans it at about the speed of the digit anchor. */
const countingWords = [...numberWords].filter(([, v]) => v > 1).map(([k]) => k);
/**
 * "approved six investment projects": a number word from two up also reads
 * before an economic head within three words (count.ts checks the phrase).
 */
const countedAfter = `[ \\u00a0](?:[A-Za-z-]+[ \\u00a0]){0,3}(?:${escapeWords(wordCountHeads)})\\b`;
export const NUMBER_WORD = new RegExp(
  `\\b(?:${escapeWords(numberWords.keys())})(?=[ \\u00a0-](?:${escapeWords(wordsAfterNumberWords)})\\b)|\\b(?:${escapeWords(countingWords)})(?=${countedAfter})|\\b(?:${escapeWords(Object.keys(fractionWords.shares))})(?=[ \\u00a0]of[ \\u00a0](?!an?\\b))|\\b(?:${escapeWords(Object.keys(vagueCountWords))})(?=[ \\u00a0]of${countedAfter})|\\b(?:${escapeWords(Object.keys(fractionWords.headedShares))})(?=[ \\u00a0]of(?:[ \\u00a0]the)?${countedAfter})|\\b(?:${escapeWords(Object.keys(multipleWords.times))})\\b(?![ \\u00a0](?:${escapeWords(multipleWords.notBefore)})\\b)|(?:${escapeWords(Object.keys(zhMultiples))})`,
  'gi',
);
