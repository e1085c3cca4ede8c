/**
 * The words after a number: 多, a scale word, a unit, currency or classifier,
 * 成 for tenths; and whether a bare number lives on as one end of a range or
 * a list. Each reader fills one reused object (see WORDS in read-before.ts).
 */
import type { FigureKind, QuantityUnit, PercentUnit } from '../figure';
import { chineseNumerals, connectorAfter, countBreakdown, countEllipsis, countEllipsisVerbs, listAfter, partBefore, rangeGaps, scaleGlued, scaleSpaced, unitAfter, type Currency } from './lexicon';
import { isHan, isInlineSpace, isLetter } from './chars';
import { find, isDigit, langOf, NUMERAL_FIRST, skipGap, skipSpaces, skipSpacesBack, type Candidate } from './candidate';
import { Trie } from './trie';

const isCapital = (c: number) => c >= 65 && c <= 90;

/** Longer than any range connector (" to ", " - "). */
const MAX_CONNECTOR = 6;

/** A list connector, then another number: "4.6 and 3.1 percentage points", "602.4亿、190.8亿和30.9亿元". */
function listGoesOn(text: string, at: number): boolean {
  const from = skipSpaces(text, at);
  if (!find(listAfter, text, from)) return false;
  const next = text.charCodeAt(skipSpaces(text, listAfter.at));
  return isDigit(next) || NUMERAL_FIRST.has(next);
}

/** The integer written in ASCII digits at [start, end), or Infinity when it is anything else or long. */
export function smallInteger(text: string, start: number, end: number): number {
  if (end - start > 3) return Infinity;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return Infinity;
    n = n * 10 + c - 48;
  }
  return n;
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
export function readScale(text: string, q: number): ScaleReading | undefined {
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

/** "中有356种": a counter of kinds counts only right after the opener of a part (partOpeners), at most 8 characters back. */
function isPart(text: string, numStart: number): boolean {
  return partBefore.find(text, numStart, Math.max(0, numStart - 8)) !== undefined && partBefore.at < numStart;
}

/**
 * The unit after the number and its scale: a currency, a percent or quantity unit, a classifier; null when it makes
 * the number no figure ("39 years"). `numStart` is where the number starts.
 */
export function readUnit(text: string, q: number, prefix: Currency | undefined, multiplyExp: number | undefined, numStart: number): UnitReading | null {
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
    // Chinese counters are written glued: "1.1 本公司" is a section number before 本公司.
    if ((found?.value.kind === 'count' || found?.value.kind === 'part') && isHan(text.charCodeAt(spacedUnit))) found = undefined;
  }
  const unitEnd = unitAfter.at;
  const u = found?.value;
  if (u?.kind === 'basis') return out;
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
  } else if (u?.kind === 'count' || (u?.kind === 'part' && isPart(text, numStart))) {
    out.kind = 'count';
    out.noun = text.slice(unitStart, unitEnd);
  } else if (u?.kind === 'none' || u?.kind === 'part') {
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
export function tenthAfter(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const d = c >= 48 && c <= 57 ? c - 48 : ZH_DIGIT_VALUE.get(c);
  if (d === undefined) return -1;
  const next = text.charCodeAt(at + 1);
  return isDigit(next) || ZH_DIGIT_VALUE.has(next) || next === 46 ? -1 : d;
}

const ZH_DIGIT_VALUE = new Map(Object.entries(chineseNumerals.digits).map(([ch, d]) => [ch.charCodeAt(0), d]));

/** How far after a count an elliptical second count may stand: "30,000 jobs last year and 41,000 this year". */
export const ELLIPSIS_REACH = 24;
const ELLIPSIS = new Trie<true>(true).addAll(countEllipsis, () => true, 'en');
const ELLIPSIS_VERB = new Trie<true>(true).addAll(countEllipsisVerbs, () => true, 'en');
const BREAKDOWN = new Trie<true>(true).addAll(countBreakdown, () => true, undefined);

/** "and 41,000", "and laid off 1,200": a connector, or a connector and a verb, ends right before `start`. */
export function ellipsisBefore(text: string, start: number, floor: number): boolean {
  const at = skipSpacesBack(text, start, floor);
  if (ELLIPSIS.find(text, at, floor)) return true;
  return ELLIPSIS_VERB.find(text, at, floor) !== undefined && ELLIPSIS.find(text, skipSpacesBack(text, ELLIPSIS_VERB.at, floor), floor) !== undefined;
}

/** "including 600519 and 000858": a leading zero, or five digits and more with no thousands separator, write a code. */
export function codeLike(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 48 && end - start > 1) return true;
  if (end - start < 5) return false;
  for (let i = start; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A bare number lives on only as one end of a range ("5-6 percent", "between 6.5
 * and 7 percent", "$1.2-1.5 billion"), a number of a list ("4.6 and 3.1 percentage
 * points"), or a count whose noun the figure just before gave ("… and 41,000 this year").
 */
export function joinsNeighbour(text: string, start: number, end: number, floor: number, opener: Candidate['opener']): boolean {
  const c = find(connectorAfter, text, skipSpaces(text, end));
  if ((c !== undefined && (c.value !== 'and' || opener === 'between')) || listGoesOn(text, end)) return true;
  // "and 41,000", "of which 612,000", "with 223": the count before may give its noun (refine/lists.ts decides)…
  const cue = floor > 0 && ((start - floor <= ELLIPSIS_REACH && ellipsisBefore(text, start, floor)) || BREAKDOWN.find(text, skipSpacesBack(text, start, floor), floor) !== undefined);
  // …unless a capitalised word after the number names a place or a model ("including 88 Tianhe Road", "3 Series"),
  // a letter is glued to it (其中5G基站), or it is written as a code.
  if (cue && !(isInlineSpace(text.charCodeAt(end)) && isCapital(text.charCodeAt(end + 1))) && !isLetter(text.charCodeAt(end)) && !codeLike(text, start, end)) return true;
  return floor > 0 && start - floor <= MAX_CONNECTOR && rangeGaps.has(text.slice(floor, start).trim());
}

