/**
 * The scanner: one pass over the text that finds every number (Arabic,
 * full-width or Chinese) and reads the words around it from the lexicons
 * into a candidate. Refiners then merge and filter candidates.
 *
 * Linear by construction: the anchor pattern cannot backtrack, every lookup
 * around a number reads at most REACH characters, and the next search
 * starts after the candidate.
 */
import type { CurrencyCode, FigureKind, Hedge, PercentUnit } from '../figure';
import {
  chineseNumerals,
  connectorAfter,
  currencyBefore,
  hedgeAfter,
  LANG_BIT,
  rangeGaps,
  scaleGlued,
  scaleSpaced,
  unitAfter,
  wordsBefore,
  type Currency,
  type YenOrYuan,
} from './lexicon';
import { readCountNoun } from './noun';
import { MAX_DIGITS, readArabic as parseArabic, readChinese, valueOf, type ChineseNumber, type Written } from './numeral';
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
  unit: PercentUnit | undefined;
  noun: string | undefined;
  hedge: Hedge | undefined;
  /** "between" or "from" written before the number, and where. */
  opener: 'between' | 'from' | undefined;
  openerStart: number;
  /** Bit set of LANG_BIT: which lexicons matched. */
  langs: number;
  equivalentOf: Candidate | undefined;
}

const { digits, units, sections, decimalPoint, more, percentPrefix, tenths, tenthsNotBefore } = chineseNumerals;
const NUMERAL = new Set([...Object.keys(digits), ...Object.keys(units), ...Object.keys(sections)].map((c) => c.charCodeAt(0)));
const NUMERAL_FIRST = new Set([...Object.keys(digits), ...Object.keys(units).filter((u) => units[u] === 10)].map((c) => c.charCodeAt(0)));
const ZH_DIGIT = new Set(Object.keys(digits).map((c) => c.charCodeAt(0)));
const POINT = decimalPoint.charCodeAt(0);
const HUNDRED = percentPrefix.charCodeAt(0);
const GE = 0x4e2a; // 个, as in 两个百分点

/**
 * Where to look for a number. Arabic digits, and the few characters every
 * Chinese-numeral figure contains: 十百千万亿 (五千亿, 两万), 成 (三成), 百
 * (百分之五, 两个百分点). A short class is what keeps this near the speed
 * of a bare digit scan: in V8 a class of all twenty numerals scans several
 * times slower (150 against 770+ MB/s on mixed news text).
 */
const ANCHOR = new RegExp(`[0-9\\uff10-\\uff19]+|[${Object.keys(units).join('')}${Object.keys(sections).join('')}${tenths}]`, 'g');

const ZH = LANG_BIT.zh;
const MORE = new Set(more.map((c) => c.charCodeAt(0)));
const TENTHS = tenths.charCodeAt(0);
const TENTHS_NOT_BEFORE = new Set([...tenthsNotBefore].map((c) => c.charCodeAt(0)));
/** Longer than any range connector (" to ", " - "). */
const MAX_CONNECTOR = 6;
/** Lookups never read further than this from the number. */
const REACH = 32;

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** ".", ",", ":", "/" between two digits: versions (3.2.1), times (10:30), dates (1/15), bad grouping (1,1,1). */
function isJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 0xff0e;
}

function isSignChar(c: number): boolean {
  return c === 45 || c === 0x2212 || c === 43 || c === 0xff0d;
}

function skipSpacesBack(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && i > at - 2 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i < at + 2 && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

function langOf(entry: Entry<unknown>): number {
  return entry.lang ? LANG_BIT[entry.lang] : 0;
}

/** The currency written on both sides of a number: a specific one wins over a family word ("港币300元" is HKD). */
function bothSides(before: Currency | undefined, after: Currency | undefined): Currency | undefined {
  if (!before || !after || before.code === after.code) return before ?? after;
  return before.generic && !after.generic ? after : before;
}

function find<T>(trie: Trie<T>, text: string, at: number): Entry<T> | undefined {
  return trie.find(text, at, Math.min(text.length, at + REACH));
}

/** Refiners join neighbours at most this far apart (ranges, conversions): a wider gap is a safe place to cut a batch. */
const NEIGHBOUR_REACH = 32;
const BATCH = 256;

/**
 * The candidates of a text in order, in batches cut only where no refiner
 * can join across, so the pipeline runs batch by batch and a candidate dies
 * young instead of being copied by every collection until the scan ends.
 */
export function* scan(text: string): Generator<Candidate[]> {
  // A fresh copy of the pattern per scan: lastIndex is state, and generators interleave.
  const anchor = new RegExp(ANCHOR);
  let batch: Candidate[] = [];
  let floor = 0;
  // test() rather than exec(): no match array per number; the match ends at lastIndex.
  while (anchor.test(text)) {
    const end = anchor.lastIndex;
    let at = end - 1;
    let candidate: Candidate | undefined;
    if (isDigit(text.charCodeAt(at))) {
      while (at > floor && isDigit(text.charCodeAt(at - 1))) at--;
      candidate = readArabic(text, at, end, false, floor);
    } else candidate = readChineseAround(text, at, floor);
    if (!candidate) continue;
    if (batch.length >= BATCH && candidate.outerStart - floor > NEIGHBOUR_REACH) {
      yield batch;
      batch = [];
    }
    batch.push(candidate);
    floor = candidate.end;
    if (candidate.end > anchor.lastIndex) anchor.lastIndex = candidate.end;
  }
  if (batch.length) yield batch;
}

/** "1,234.5" from its first digits run: thousands groups of exactly three, then decimals. */
function readArabic(text: string, at: number, runEnd: number, percentWord: boolean, floor: number): Candidate | undefined {
  let end = runEnd;
  while (text.charCodeAt(end) === 44 && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && isDigit(text.charCodeAt(end + 3)) && !isDigit(text.charCodeAt(end + 4))) end += 4;
  const c = text.charCodeAt(end);
  if ((c === 46 || c === 0xff0e) && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  // Glued to the number before: "3.2.1", "1,1,1", "10:30", "1/15".
  if (!percentWord && isJoiner(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 2))) return undefined;
  return read(text, percentWord ? at - percentPrefix.length : at, at, end, undefined, floor);
}

/** A Chinese-numeral figure around one of its anchor characters. */
function readChineseAround(text: string, at: number, floor: number): Candidate | undefined {
  const c = text.charCodeAt(at);
  if (c === HUNDRED && text.startsWith(percentPrefix, at)) {
    const from = at + percentPrefix.length;
    if (isDigit(text.charCodeAt(from))) {
      let runEnd = from;
      while (isDigit(text.charCodeAt(runEnd))) runEnd++;
      return readArabic(text, from, runEnd, true, floor);
    }
    return readChineseRun(text, from, numeralEnd(text, from), true, floor);
  }
  // 三成 and 两个百分点: the numeral stands before the anchor.
  let end = at;
  if (c === HUNDRED && text.charCodeAt(at - 1) === GE) end = at - 1;
  else if (NUMERAL.has(c)) end = numeralEnd(text, at);
  let start = Math.min(at, end);
  while (start > floor && start > end - MAX_RUN && NUMERAL.has(text.charCodeAt(start - 1))) start--;
  while (start < end && !NUMERAL_FIRST.has(text.charCodeAt(start)) && !isRoundNumber(text, start)) start++;
  if (start >= end) return undefined;
  return readChineseRun(text, start, end, false, floor);
}

const MAX_RUN = 24;
const HUNDREDS_THOUSANDS = new Set([...'百千'].map((c) => c.charCodeAt(0)));
const SECTION = new Set(Object.keys(sections).map((c) => c.charCodeAt(0)));

/** 百万, 千万, 千亿 stand alone as numbers ("逾百万人次", "千万元"); 百 and 千 alone are words (百家, 千家万户). */
function isRoundNumber(text: string, at: number): boolean {
  return HUNDREDS_THOUSANDS.has(text.charCodeAt(at)) && SECTION.has(text.charCodeAt(at + 1)) && !NUMERAL.has(text.charCodeAt(at - 1));
}

function numeralEnd(text: string, from: number): number {
  let end = from;
  while (end < from + MAX_RUN && NUMERAL.has(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === POINT && ZH_DIGIT.has(text.charCodeAt(end + 1))) {
    end += 2;
    while (ZH_DIGIT.has(text.charCodeAt(end))) end++;
  }
  return end;
}

function readChineseRun(text: string, start: number, end: number, percentWord: boolean, floor: number): Candidate | undefined {
  if (start >= end) return undefined;
  const chinese = readChinese(text.slice(start, end));
  if (!chinese) return undefined;
  return read(text, percentWord ? start - percentPrefix.length : start, start, end, chinese, floor);
}

/** The integer written in ASCII digits at [start, end), or Infinity when it is anything else or long. */
function smallInteger(text: string, start: number, end: number): number {
  if (end - start > 3) return Infinity;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Infinity;
    n = n * 10 + c - 48;
  }
  return n;
}

function writtenArabic(text: string, start: number, end: number): Written | undefined {
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) plain = false;
  }
  if (plain) return end - start > MAX_DIGITS ? undefined : { digits: text.slice(start, end), exp: 0 };
  return parseArabic(text.slice(start, end));
}

/**
 * Reads the words around a number into a candidate. `from` is where the
 * figure's own words begin (百分之 in 百分之五); [numStart, numEnd) is the
 * numeral; `chinese` is set for Chinese numerals.
 */
function read(text: string, from: number, numStart: number, numEnd: number, chinese: ChineseNumber | undefined, floor: number): Candidate | undefined {
  const percentWord = from < numStart;
  let langs = percentWord || chinese ? ZH : 0;
  let tenthsShift = 0;
  let scaleExp = chinese?.scaleExp;
  const singleDigit = chinese?.singleDigit ?? false;

  // ---- before the number: sign, currency, then a hedge or sign word ----
  let start = from;
  let negative = false;
  const signAt = start - 1;
  const beforeSign = text.charCodeAt(signAt - 1);
  // "-4.0%" is negative; "5-6" is a range and "COVID-19" a name.
  if (!percentWord && signAt >= floor && isSignChar(text.charCodeAt(signAt)) && !(isDigit(beforeSign) || isLetter(beforeSign) || beforeSign === 37 || beforeSign === 0xff05)) {
    negative = text.charCodeAt(signAt) !== 43;
    start = signAt;
  }
  let prefix: Currency | undefined;
  const prefixEnd = skipSpacesBack(text, start, floor);
  const cur = percentWord ? undefined : currencyBefore.find(text, prefixEnd, Math.max(floor, prefixEnd - 8));
  if (cur) {
    prefix = cur.value;
    langs |= langOf(cur);
    start = currencyBefore.at;
    if (!negative && start - 1 >= floor && isSignChar(text.charCodeAt(start - 1)) && !isLetter(text.charCodeAt(start - 2)) && !isDigit(text.charCodeAt(start - 2))) {
      negative = text.charCodeAt(start - 1) !== 43;
      start--;
    }
  } else if (start === numStart) {
    const before = text.charCodeAt(numStart - 1);
    // Glued to a word: FY2025, A320, 粤B2, and COVID-19.
    if (isLetter(before) || (before === 45 && isLetter(text.charCodeAt(numStart - 2)))) return undefined;
  }
  let outerStart = start;
  let hedge: Hedge | undefined;
  let opener: Candidate['opener'];
  let openerStart = -1;
  for (let look = 0; look < 2; look++) {
    const end = skipSpacesBack(text, outerStart, floor);
    const word = wordsBefore.find(text, end, Math.max(floor, end - REACH));
    if (!word) break;
    const before = word.value;
    const at = wordsBefore.at;
    if (before.role === 'sign') {
      if (negative || outerStart !== start) break;
      negative = true;
      start = outerStart = at;
      langs |= langOf(word);
      continue;
    }
    if (before.role === 'hedge') {
      hedge = { text: text.slice(at, end), bound: before.bound };
      outerStart = at;
      langs |= langOf(word);
      continue;
    }
    if (before.role !== 'none') {
      opener = before.role;
      openerStart = at;
    }
    break;
  }

  // ---- after the number: 多, scale, 多, unit or noun, hedge ----
  let q = numEnd;
  const next = text.charCodeAt(q);
  if (isJoiner(next) && isDigit(text.charCodeAt(q + 1))) return undefined;
  let inner: Hedge | undefined;
  let multiplyExp: number | undefined;
  let moneyOnly = false;
  let countable = true;
  let kind: FigureKind | undefined;
  let unit: PercentUnit | undefined;
  let noun: string | undefined;
  let after: Currency | undefined;
  if (percentWord) {
    kind = 'percent';
    unit = '%';
  } else {
    if (MORE.has(text.charCodeAt(q))) inner = { text: text[q++]!, bound: 'above' };
    const spaced = skipSpaces(text, q);
    let scale = find(scaleGlued, text, q);
    let scaleEnd = scaleGlued.at;
    if (!scale && spaced > q) {
      scale = find(scaleSpaced, text, spaced);
      scaleEnd = scaleSpaced.at;
    }
    if (scale) {
      const exp = scale.value.exp;
      multiplyExp = exp;
      scaleExp = exp + (scaleExp ?? 0);
      // "30m users" counts, "4K screens" and "8K TVs" name products: counts take only lower-case abbreviations.
      moneyOnly = scale.value.moneyOnly;
      countable = !moneyOnly || text.slice(q, scaleEnd) === text.slice(q, scaleEnd).toLowerCase();
      langs |= langOf(scale);
      q = scaleEnd;
      if (!inner && MORE.has(text.charCodeAt(q))) inner = { text: text[q++]!, bound: 'above' };
    }
    const isTenths =
      text.charCodeAt(q) === TENTHS &&
      multiplyExp === undefined &&
      (chinese ? singleDigit || (numEnd - numStart === 1 && chinese.written.digits === '10') : smallInteger(text, numStart, numEnd) <= 10) &&
      !TENTHS_NOT_BEFORE.has(text.charCodeAt(q + 1));
    if (isTenths) {
      // 三成 = 30 percent.
      tenthsShift = 1;
      kind = 'percent';
      unit = '%';
      langs |= ZH;
      q++;
    } else {
      let unitStart = q;
      let found = find(unitAfter, text, q);
      const spacedUnit = skipSpaces(text, q);
      if (!found && spacedUnit > q) found = find(unitAfter, text, (unitStart = spacedUnit));
      const unitEnd = unitAfter.at;
      const u = found?.value;
      if (u?.kind === 'money') {
        if (u.currency.needsScale && multiplyExp === undefined) return undefined;
        after = u.currency;
        kind = 'money';
      } else if (u?.kind === 'percent') {
        if (prefix) return undefined;
        kind = 'percent';
        unit = u.unit;
      } else if (prefix) {
        kind = 'money';
      } else if (u?.kind === 'count') {
        kind = 'count';
        noun = text.slice(unitStart, unitEnd);
      } else if (u?.kind === 'none') {
        return undefined;
      }
      // The unit joins the figure unless the currency before the number decided it ("US$ 5 years").
      if (found && (kind !== 'money' || after)) {
        langs |= langOf(found);
        q = unitEnd;
      }
    }
    // 一 and 两 are in too many words to be figures alone; "两个百分点" and "三成" are unambiguous.
    if (singleDigit && !isTenths && !(kind === 'percent' && unit !== '%')) return undefined;
  }
  if (!kind && !chinese) {
    const counted = readCountNoun(text, q);
    if (counted === 'not-counted') return undefined;
    if (counted) {
      kind = 'count';
      noun = counted.noun;
      q = counted.end;
      langs |= LANG_BIT.en;
    }
  }
  // "£17.4bn", "30m users"; but "5m" alone is a length.
  if (moneyOnly && kind !== 'money' && !(kind === 'count' && countable)) return undefined;
  if (!kind) {
    // A bare number lives on only as one end of a range: "5-6 percent", "between 6.5 and 7 percent", "$1.2-1.5 billion".
    const c = find(connectorAfter, text, skipSpaces(text, q));
    const joinsNext = c !== undefined && (c.value !== 'and' || opener === 'between');
    const joinsPrevious = floor > 0 && start - floor <= MAX_CONNECTOR && rangeGaps.has(text.slice(floor, start).trim());
    // A scaled one ("taxes 61 billion") may take the currency of the amount before it (refine/elliptic).
    if (!joinsNext && !joinsPrevious && multiplyExp === undefined) return undefined;
  }
  if (kind && !hedge) {
    const at = skipSpaces(text, q);
    const h = find(hedgeAfter, text, at);
    hedge = inner ?? (h ? { text: text.slice(at, hedgeAfter.at), bound: h.value } : undefined);
    if (h && !inner) langs |= langOf(h);
  }
  if (inner) langs |= ZH;

  const currency = bothSides(prefix, after);
  // Read only now: most numbers (years, dates, codes) never get this far.
  const parsed = chinese ? chinese.written : writtenArabic(text, numStart, numEnd);
  if (!parsed) return undefined;
  const written = tenthsShift ? { digits: parsed.digits, exp: parsed.exp + tenthsShift } : parsed;
  const value = valueOf(written, multiplyExp) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return undefined;
  const money = kind === 'money' ? currency : undefined;
  return {
    start,
    end: q,
    outerStart,
    kind,
    written,
    multiplyExp,
    scaleExp,
    negative,
    value,
    valueMax: undefined,
    currency: money?.code,
    currencyGeneric: money?.generic ?? false,
    unit,
    noun,
    hedge,
    opener,
    openerStart,
    langs,
    equivalentOf: undefined,
  };
}
