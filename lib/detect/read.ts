/**
 * The words around a number: sign, currency and hedge before it; 多, scale,
 * unit or noun and hedge after it. Together they make a candidate, or
 * nothing when the number is a year, a code or part of a name.
 */
import type { FigureKind, Hedge, PercentUnit, QuantityUnit } from '../figure';
import {
  chineseNumerals,
  connectorAfter,
  currencyBefore,
  hedgeAfter,
  LANG_BIT,
  listAfter,
  rangeGaps,
  scaleGlued,
  scaleSpaced,
  unitAfter,
  wordsBefore,
  type Currency,
} from './lexicon';
import { readCountNoun } from './noun';
import { MAX_DIGITS, readArabic as parseArabic, valueOf, type ChineseNumber, type Written } from './numeral';
import { isLetter } from './chars';
import {
  bothSides,
  find,
  isDigit,
  isJoiner,
  isSignChar,
  langOf,
  NUMERAL_FIRST,
  REACH,
  skipGap,
  skipSpaces,
  skipSpacesBack,
  type Candidate,
} from './candidate';

const { more, tenths, tenthsNotBefore } = chineseNumerals;
const ZH = LANG_BIT.zh;
const MORE = new Set(more.map((c) => c.charCodeAt(0)));
const TENTHS = tenths.charCodeAt(0);
const TENTHS_NOT_BEFORE = new Set([...tenthsNotBefore].map((c) => c.charCodeAt(0)));
/** Longer than any range connector (" to ", " - "). */
const MAX_CONNECTOR = 6;

/** "electric vehicles": an English noun phrase whose head is a unit of output makes a quantity, not a count. */
function quantityHead(text: string, noun: string, end: number): { unit: QuantityUnit } | undefined {
  const head = end - (noun.length - noun.lastIndexOf(' ') - 1);
  const u = unitAfter.find(text, head, end)?.value;
  return u?.kind === 'quantity' && !u.needsScale && unitAfter.at === end ? { unit: u.unit } : undefined;
}

/** A list connector, then another number: "4.6 and 3.1 percentage points", "602.4亿、190.8亿和30.9亿元". */
function listGoesOn(text: string, at: number): boolean {
  const from = skipSpaces(text, at);
  if (!find(listAfter, text, from)) return false;
  const next = text.charCodeAt(skipSpaces(text, listAfter.at));
  return isDigit(next) || NUMERAL_FIRST.has(next);
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

interface WordsBefore {
  outerStart: number;
  negative: boolean;
  hedge: Hedge | undefined;
  opener: Candidate['opener'];
  openerStart: number;
  /** Where a sign word ("minus") starts, which starts the figure too; −1 when none. */
  signStart: number;
  langs: number;
}

/**
 * What the three readers below found. One object each, reused: they run for
 * every number in the text, and a fresh object per number was most of the
 * garbage collector's work on dense statistical text.
 */
const WORDS: WordsBefore = { outerStart: 0, negative: false, hedge: undefined, opener: undefined, openerStart: -1, signStart: -1, langs: 0 };

/** A hedge ("about"), a sign word ("minus") or a range opener ("between") before the number, up to two of them. */
function readWordsBefore(text: string, start: number, floor: number, signed: boolean): WordsBefore {
  const out = WORDS;
  out.outerStart = start;
  out.negative = signed;
  out.hedge = out.opener = undefined;
  out.openerStart = out.signStart = -1;
  out.langs = 0;
  for (let look = 0; look < 2; look++) {
    const end = skipSpacesBack(text, out.outerStart, floor);
    const word = wordsBefore.find(text, end, Math.max(floor, end - REACH));
    if (!word) break;
    const before = word.value;
    const at = wordsBefore.at;
    if (before.role === 'sign') {
      if (out.negative || out.outerStart !== start) break;
      out.negative = true;
      out.outerStart = out.signStart = at;
      out.langs |= langOf(word);
      continue;
    }
    if (before.role === 'hedge') {
      out.hedge = { text: text.slice(at, end), bound: before.bound };
      out.outerStart = at;
      out.langs |= langOf(word);
      continue;
    }
    if (before.role !== 'none') {
      out.opener = before.role;
      out.openerStart = at;
    }
    break;
  }
  return out;
}

interface ScaleReading {
  exp: number;
  moneyOnly: boolean;
  /** "30m users" counts, "4K screens" and "8K TVs" name products: counts take only lower-case abbreviations. */
  countable: boolean;
  end: number;
  langs: number;
}

/** The scale word after the number, glued ("5亿", "£17.4bn") or spaced ("1.9 trillion", "42-trillion"). */
function readScale(text: string, q: number): ScaleReading | undefined {
  const spaced = skipGap(text, q);
  let scale = find(scaleGlued, text, q);
  let scaleEnd = scaleGlued.at;
  // A unit that starts with a scale character is the unit: 千瓦 is kilowatts, 兆瓦 megawatts.
  if (scale && find(unitAfter, text, q) && unitAfter.at > scaleEnd) scale = undefined;
  if (!scale && spaced > q) {
    scale = find(scaleSpaced, text, spaced);
    scaleEnd = scaleSpaced.at;
  }
  if (!scale) return undefined;
  const out = SCALE;
  out.exp = scale.value.exp;
  out.moneyOnly = scale.value.moneyOnly;
  out.countable = !out.moneyOnly || text.slice(q, scaleEnd) === text.slice(q, scaleEnd).toLowerCase();
  out.end = scaleEnd;
  out.langs = langOf(scale);
  return out;
}

const SCALE: ScaleReading = { exp: 0, moneyOnly: false, countable: true, end: 0, langs: 0 };

const UNIT: UnitReading = { kind: undefined, unit: undefined, unitExp: 0, noun: undefined, after: undefined, end: 0, langs: 0 };

interface UnitReading {
  kind: FigureKind | undefined;
  unit: PercentUnit | QuantityUnit | undefined;
  unitExp: number;
  noun: string | undefined;
  after: Currency | undefined;
  end: number;
  langs: number;
}

/** The unit after the number and its scale: a currency, a percent or quantity unit, a classifier; null when it makes the number no figure ("39 years"). */
function readUnit(text: string, q: number, prefix: Currency | undefined, multiplyExp: number | undefined): UnitReading | null {
  const out = UNIT;
  out.kind = out.unit = out.noun = out.after = undefined;
  out.unitExp = out.langs = 0;
  out.end = q;
  let unitStart = q;
  let found = find(unitAfter, text, q);
  const spacedUnit = skipGap(text, q);
  if (!found && spacedUnit > q) {
    found = find(unitAfter, text, (unitStart = spacedUnit));
    if (found?.value.kind === 'money' && found.value.currency.gluedOnly) found = undefined;
  }
  const unitEnd = unitAfter.at;
  const u = found?.value;
  if (u?.kind === 'money') {
    if (u.currency.needsScale && multiplyExp === undefined) return null;
    out.after = u.currency;
    out.kind = 'money';
    out.unitExp = u.currency.minorExp;
  } else if (u?.kind === 'percent') {
    if (prefix) return null;
    out.kind = 'percent';
    out.unit = u.unit;
  } else if (prefix) {
    out.kind = 'money';
  } else if (u?.kind === 'quantity') {
    if (u.needsScale && multiplyExp === undefined) return null;
    out.kind = 'quantity';
    out.unit = u.unit;
    out.unitExp = u.exp;
  } else if (u?.kind === 'count') {
    out.kind = 'count';
    out.noun = text.slice(unitStart, unitEnd);
  } else if (u?.kind === 'none') {
    return null;
  }
  // The unit joins the figure unless the currency before the number decided it ("US$ 5 years").
  if (found && (out.kind !== 'money' || out.after)) {
    out.langs = langOf(found);
    out.end = unitEnd;
  }
  return out;
}

/** The single digit right after 成 in 三成一 or 9成2, or −1 (三成以上, 三成的). */
function tenthAfter(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = c >= 48 && c <= 57 ? c - 48 : ZH_DIGIT_VALUE.get(c);
  if (d === undefined) return -1;
  const next = text.charCodeAt(at + 1);
  return isDigit(next) || ZH_DIGIT_VALUE.has(next) || next === 46 ? -1 : d;
}

const ZH_DIGIT_VALUE = new Map(Object.entries(chineseNumerals.digits).map(([ch, d]) => [ch.charCodeAt(0), d]));

/**
 * A bare number lives on only as one end of a range ("5-6 percent", "between 6.5
 * and 7 percent", "$1.2-1.5 billion") or a number of a list ("4.6 and 3.1 percentage points").
 */
function joinsNeighbour(text: string, start: number, end: number, floor: number, opener: Candidate['opener']): boolean {
  const c = find(connectorAfter, text, skipSpaces(text, end));
  if ((c !== undefined && (c.value !== 'and' || opener === 'between')) || listGoesOn(text, end)) return true;
  return floor > 0 && start - floor <= MAX_CONNECTOR && rangeGaps.has(text.slice(floor, start).trim());
}

/**
 * Reads the words around a number into a candidate. `from` is where the
 * figure's own words begin (百分之 in 百分之五); [numStart, numEnd) is the
 * numeral; `chinese` is set for Chinese numerals.
 */
export function read(
  text: string,
  from: number,
  numStart: number,
  numEnd: number,
  chinese: ChineseNumber | undefined,
  floor: number,
  /** A number written as a word ("five percent"): its value. */
  word?: Written,
): Candidate | undefined {
  const percentWord = from < numStart;
  let langs = percentWord || chinese ? ZH : 0;
  let tenthsShift = 0;
  let hundredth = -1;
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
  const words = readWordsBefore(text, start, floor, negative);
  if (words.signStart >= 0) start = words.signStart;
  negative = words.negative;
  langs |= words.langs;
  const { outerStart, opener, openerStart } = words;
  let hedge = words.hedge;

  // ---- after the number: 多, scale, 多, unit or noun, hedge ----
  let q = numEnd;
  const next = text.charCodeAt(q);
  if (isJoiner(next) && isDigit(text.charCodeAt(q + 1))) return undefined;
  let inner: Hedge | undefined;
  let multiplyExp: number | undefined;
  let moneyOnly = false;
  let countable = true;
  let kind: FigureKind | undefined;
  let unit: PercentUnit | QuantityUnit | undefined;
  let unitExp = 0;
  let noun: string | undefined;
  let after: Currency | undefined;
  if (percentWord) {
    kind = 'percent';
    unit = '%';
  } else {
    if (MORE.has(text.charCodeAt(q))) inner = { text: text[q++]!, bound: 'above' };
    const scale = readScale(text, q);
    if (scale) {
      multiplyExp = scale.exp;
      scaleExp = scale.exp + (scaleExp ?? 0);
      moneyOnly = scale.moneyOnly;
      countable = scale.countable;
      langs |= scale.langs;
      q = scale.end;
      if (!inner && MORE.has(text.charCodeAt(q))) inner = { text: text[q++]!, bound: 'above' };
    }
    const isTenths =
      text.charCodeAt(q) === TENTHS &&
      multiplyExp === undefined &&
      (chinese ? singleDigit || (numEnd - numStart === 1 && chinese.written.digits === '10') : smallInteger(text, numStart, numEnd) <= 10) &&
      !TENTHS_NOT_BEFORE.has(text.charCodeAt(q + 1));
    if (isTenths) {
      // 三成 = 30 percent; 三成一 and 9成2 = 31 and 92 percent (the next tenth after 成).
      tenthsShift = 1;
      kind = 'percent';
      unit = '%';
      langs |= ZH;
      q++;
      hundredth = tenthAfter(text, q);
      if (hundredth >= 0) q++;
    } else {
      const u = readUnit(text, q, prefix, multiplyExp);
      if (!u) return undefined;
      ({ kind, unit, unitExp, noun, after } = u);
      langs |= u.langs;
      q = u.end;
    }
    // 一 and 两 are in too many words to be figures alone; "两个百分点" and "三成" are unambiguous.
    if (singleDigit && !isTenths && !(kind === 'percent' && unit !== '%')) return undefined;
  }
  if (!kind && !chinese) {
    const counted = readCountNoun(text, q);
    if (counted === 'not-counted') return undefined;
    if (counted) {
      const measure = quantityHead(text, counted.noun, counted.end);
      kind = measure ? 'quantity' : 'count';
      if (measure) unit = measure.unit;
      else noun = counted.noun;
      q = counted.end;
      langs |= LANG_BIT.en;
    }
  }
  // "£17.4bn", "30m users"; but "5m" alone is a length.
  if (moneyOnly && kind !== 'money' && !(kind === 'count' && countable)) return undefined;
  // A scaled bare number ("taxes 61 billion") may take the currency of the amount before it (refine/elliptic).
  if (!kind && multiplyExp === undefined && !joinsNeighbour(text, start, q, floor, opener)) return undefined;
  if (kind && !hedge) {
    const at = skipSpaces(text, q);
    const h = find(hedgeAfter, text, at);
    hedge = inner ?? (h ? { text: text.slice(at, hedgeAfter.at), bound: h.value } : undefined);
    if (h && !inner) langs |= langOf(h);
  }
  if (inner) langs |= ZH;

  const currency = bothSides(prefix, after);
  // Read only now: most numbers (years, dates, codes) never get this far.
  const parsed = chinese ? chinese.written : (word ?? writtenArabic(text, numStart, numEnd));
  if (!parsed) return undefined;
  const written = hundredth >= 0 ? { digits: String(valueOf(parsed, 1) + hundredth), exp: 0 } : tenthsShift ? { digits: parsed.digits, exp: parsed.exp + tenthsShift } : parsed;
  const value = valueOf(written, (multiplyExp ?? 0) + unitExp) * (negative ? -1 : 1);
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
    unitExp,
    noun,
    hedge,
    opener,
    openerStart,
    langs,
    equivalentOf: undefined,
    vague: false,
  };
}
