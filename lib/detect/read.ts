/**
 * The words around a number: sign, currency and hedge before it; 多, scale,
 * unit or noun and hedge after it. Together they make a candidate, or
 * nothing when the number is a year, a code or part of a name.
 */
import type { FigureKind, Hedge, PercentUnit, QuantityUnit } from '../figure';
import { chineseNumerals, hedgeAfter, LANG_BIT, type Currency } from './lexicon';
import { readCount } from './count';
import { MAX_DIGITS, readArabic as parseArabic, valueOf, type ChineseNumber, type Written } from './numeral';
import { bothSides, find, isDigit, isJoiner, langOf, skipSpaces, type Candidate } from './candidate';
import { readBefore } from './read-before';
import { joinsNeighbour, readScale, readUnit, smallInteger, tenthAfter } from './read-after';
import { rateStepAt } from './read-step';

const { more, tenths, tenthsNotBefore } = chineseNumerals;
const ZH = LANG_BIT.zh;
const MORE = new Set(more.map((c) => c.charCodeAt(0)));
const TENTHS = tenths.charCodeAt(0);
const TENTHS_NOT_BEFORE = new Set([...tenthsNotBefore].map((c) => c.charCodeAt(0)));

/**
 * The digits of the number at [start, end) as slices of the text between its
 * separators ("12,345.6" is three slices), not one string per digit: most
 * figures of a statistical release have a comma or a point.
 */
function writtenArabic(text: string, start: number, end: number): Written | undefined {
  let digits = '';
  let frac = -1;
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    // Full-width digits are rare: the general reader converts them.
    if (c >= 0xff10 && c <= 0xff19) return parseArabic(text.slice(start, end));
    if (i > run) digits += text.slice(run, i);
    run = i + 1;
    if (c === 46 || c === 0xff0e) frac = digits.length;
  }
  digits = run === start ? text.slice(start, end) : digits + text.slice(run, end);
  if (digits.length > MAX_DIGITS) return undefined;
  return { digits, exp: frac < 0 ? 0 : frac - digits.length };
}


/** 三成, 9成2: 成 after a number of tenths (one digit, or 十), not in 成本 or 成交. */
function tenthsAt(text: string, q: number, numStart: number, numEnd: number, chinese: ChineseNumber | undefined): boolean {
  if (text.charCodeAt(q) !== TENTHS || TENTHS_NOT_BEFORE.has(text.charCodeAt(q + 1))) return false;
  return chinese ? chinese.singleDigit || (numEnd - numStart === 1 && chinese.written.digits === '10') : smallInteger(text, numStart, numEnd) <= 10;
}

const HEDGE_AFTER = { langs: 0 };

/** "150 or more", "3%左右": a hedge written after the figure, and (in HEDGE_AFTER) its lexicon. */
function hedgeAfterAt(text: string, q: number): Hedge | undefined {
  const at = skipSpaces(text, q);
  const h = find(hedgeAfter, text, at);
  if (!h) return undefined;
  HEDGE_AFTER.langs = langOf(h);
  return { text: text.slice(at, hedgeAfter.at), bound: h.value };
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
  const before = readBefore(text, from, numStart, floor, percentWord);
  if (!before) return undefined;
  const { start, prefix, outerStart, opener, openerStart } = before;
  const negative = before.negative;
  langs |= before.langs;
  let hedge = before.hedge;

  // ---- after the number: 多, scale, 多, unit or noun, hedge ----
  let q = numEnd;
  if (isJoiner(text.charCodeAt(q)) && isDigit(text.charCodeAt(q + 1))) return undefined;
  let inner: Hedge | undefined;
  let multiplyExp: number | undefined;
  let moneyOnly = false;
  let countable = true;
  let kind: FigureKind | undefined;
  let unit: PercentUnit | QuantityUnit | undefined;
  let unitExp = 0;
  /** 碼 is a quarter of a point: the value is the number of steps times this. */
  let stepFactor = 1;
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
    const isTenths = multiplyExp === undefined && tenthsAt(text, q, numStart, numEnd, chinese);
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
      const u = readUnit(text, q, prefix, multiplyExp, numStart);
      if (!u) return undefined;
      ({ kind, unit, unitExp, noun, after } = u);
      langs |= u.langs;
      q = u.end;
      if (!kind && !prefix && multiplyExp === undefined && rateStepAt(text, q, from)) {
        kind = 'percent';
        unit = 'pp';
        stepFactor = chineseNumerals.rateStep.pp;
        langs |= ZH;
        q++;
      }
    }
    // 一 and 两 are in too many words to be figures alone; "两个百分点" and "三成" are unambiguous.
    if (singleDigit && !isTenths && !(kind === 'percent' && unit !== '%')) return undefined;
  }
  if (!kind && !chinese) {
    const counted = readCount(text, start, outerStart, q, () => valueOf(word ?? writtenArabic(text, numStart, numEnd) ?? { digits: '0', exp: 0 }, 0), word ? 0 : numEnd - numStart, word !== undefined && multiplyExp === undefined);
    if (counted === 'not-counted') return undefined;
    if (counted) {
      ({ kind, unit, noun } = counted);
      q = counted.end;
      langs |= LANG_BIT.en;
    }
  }
  // "£17.4bn", "30m users"; but "5m" alone is a length.
  if (moneyOnly && kind !== 'money' && !(kind === 'count' && countable)) return undefined;
  // A scaled bare number ("taxes 61 billion") may take the currency of the amount before it (refine/elliptic).
  if (!kind && multiplyExp === undefined && !joinsNeighbour(text, start, q, floor, opener)) return undefined;
  if (kind && !hedge) {
    hedge = inner ?? hedgeAfterAt(text, q);
    if (hedge && !inner) langs |= HEDGE_AFTER.langs;
  }
  if (inner) langs |= ZH;

  const currency = bothSides(prefix, after);
  // Read only now: most numbers (years, dates, codes) never get this far.
  const parsed = chinese ? chinese.written : (word ?? writtenArabic(text, numStart, numEnd));
  if (!parsed) return undefined;
  const written = hundredth >= 0 ? { digits: String(valueOf(parsed, 1) + hundredth), exp: 0 } : tenthsShift ? { digits: parsed.digits, exp: parsed.exp + tenthsShift } : parsed;
  const value = valueOf(written, (multiplyExp ?? 0) + unitExp) * stepFactor * (negative ? -1 : 1);
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
    valueMax: undefined, // set by the range refiner
    currency: money?.code, currencyGeneric: money?.generic ?? false,
    unit,
    unitExp,
    noun,
    hedge,
    opener, openerStart,
    langs,
    // Set by refiners: the equivalents linker and the vague-numeral reader.
    equivalentOf: undefined, vague: false,
  };
}
