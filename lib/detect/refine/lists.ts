/**
 * Gives the numbers of a list the unit written once after the last:
 * "快4.6和3.1个百分点", "grew 4.6 and 3.1 percentage points",
 * "分别为602.4亿、190.8亿和30.9亿元" (each its own scale, the unit once),
 * "602.4、190.8和30.9亿元" (the scale once too). Runs after ranges, so
 * "between 6.5 and 7 per cent" is still one range.
 */
import { countBreakdown, listGaps } from '../lexicon';
import { valueOf } from '../numeral';
import type { Candidate } from '../candidate';
import { codeLike, ELLIPSIS_REACH, ellipsisBefore } from '../read-after';

/** Longer gaps than this are never a list connector. */
const MAX_GAP = 8;

function joined(text: string, a: Candidate, b: Candidate): boolean {
  return b.outerStart - a.end <= MAX_GAP && listGaps.has(text.slice(a.end, b.outerStart).trim().replace(/\s+/g, ' '));
}

function takeUnit(bare: Candidate, last: Candidate): void {
  bare.kind = last.kind;
  bare.unit = last.unit;
  bare.unitExp = last.unitExp;
  bare.noun = last.noun;
  if (last.kind === 'money') {
    bare.currency = last.currency;
    bare.currencyGeneric = last.currencyGeneric;
  }
  // A number without a scale of its own takes the one written after the last: "602.4、190.8和30.9亿元".
  if (bare.multiplyExp === undefined && bare.scaleExp === undefined) {
    bare.multiplyExp = last.multiplyExp;
    bare.scaleExp = last.scaleExp;
  }
  bare.value = valueOf(bare.written, (bare.multiplyExp ?? 0) + bare.unitExp) * (bare.negative ? -1 : 1);
}

/** "2.9% in 2024 and 2.1% in 2025": a year before a list connector is no member of the list; "1,800" is no year. */
function isYear(text: string, c: Candidate): boolean {
  const { digits, exp } = c.written;
  return exp === 0 && digits.length === 4 && c.multiplyExp === undefined && +digits >= 1800 && +digits <= 2100 && !text.slice(c.start, c.end).includes(',');
}

/**
 * "降幅分别扩大0.2个和0.1个百分点": the first number keeps the 个 of 个百分点
 * and so reads as a count of 个; it is a point change like the last.
 */
function pointsCounter(text: string, a: Candidate, b: Candidate): boolean {
  if (a.kind !== 'count' || a.noun?.length !== 1 || b.kind !== 'percent' || (b.unit !== 'pp' && b.unit !== 'bp')) return false;
  const at = text.lastIndexOf(a.noun, b.end);
  return at > b.start && at >= b.end - 4 && joined(text, a, b);
}

export function shareListUnits(text: string, candidates: Candidate[]): Candidate[] {
  for (let i = candidates.length - 2; i >= 0; i--) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    // Only a bare number takes a unit; a range keeps its own ("5-6 and 7 percent" is not a list).
    if (pointsCounter(text, a, b)) {
      a.noun = undefined;
      a.kind = undefined;
    }
    if (a.kind !== undefined || b.kind === undefined || b.valueMax !== undefined || isYear(text, a) || !joined(text, a, b)) continue;
    takeUnit(a, b);
  }
  return candidates;
}

/** A count, or a quantity in its base unit ("1.24 million vehicles"): what a bare number after it may count too. */
function counts(c: Candidate): boolean {
  return c.kind === 'count' || (c.kind === 'quantity' && c.unitExp === 0);
}

function takeCount(bare: Candidate, whole: Candidate): void {
  bare.kind = whole.kind;
  bare.unit = whole.unit;
  bare.noun = whole.noun;
}

/** How far (characters) a part may stand from the count it breaks down: "296 listed companies … reports, with 223 seeing". */
const BREAKDOWN_REACH = 160;
const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
/** An opener of a breakdown (lexicon countBreakdown): English words whole, Chinese anywhere. */
const OPENS = new RegExp(`(?:^|[^A-Za-z])(?:${alternatives(countBreakdown)})(?![A-Za-z])`, 'i');
/** A sentence ends: a breakdown never reaches past it. */
const ENDS = /[.!?;](?:\s|$)|[。！？；\n]/;

/**
 * "added 30,000 jobs last year and 41,000 this year": a bare number a few words
 * after a count, in the same clause, counts the same noun. The scanner kept it
 * only when a word of countEllipsis stands right before it.
 * "sold 1.24 million vehicles last year, of which 612,000 in North America", "其中北美61.2万": a bare number in the
 * breakdown of a count or quantity (after a word of countBreakdown, in the same sentence) counts what it counts.
 */
export function carryCountNouns(text: string, candidates: Candidate[]): Candidate[] {
  let whole: Candidate | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const b = candidates[i]!;
    if (b.kind !== undefined) {
      // A percentage in the sentence ("fell 8.5% to …") breaks down nothing; money ends a count's breakdown.
      if (counts(b)) whole = b;
      else if (b.kind !== 'percent') whole = undefined;
      continue;
    }
    if (b.valueMax !== undefined || isYear(text, b) || (b.multiplyExp === undefined && codeLike(text, b.start, b.end))) continue;
    const a = candidates[i - 1];
    // Only after a word of countEllipsis: "300 workers aged 25 to 40" is a range of something else.
    if (a && counts(a) && b.outerStart - a.end <= ELLIPSIS_REACH && sameClause(text, a.end, b.outerStart) && ellipsisBefore(text, b.start, a.end)) {
      takeCount(b, a);
      continue;
    }
    if (!whole || b.outerStart - whole.end > BREAKDOWN_REACH) continue;
    const between = text.slice(whole.end, b.outerStart);
    if (!ENDS.test(between) && OPENS.test(between)) takeCount(b, whole);
  }
  return candidates;
}

/**
 * No number, sentence or clause end between: "jobs last year and" and "workers
 * in 2024 and" (a year names the time, not another amount), but not "jobs. In 2024 and".
 */
function sameClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && isYearAt(text, i)) {
      i += 3;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 46 || c === 59 || c === 10 || c === 33 || c === 63 || c === 40 || c === 41) return false;
  }
  return true;
}

/** Four digits 1900–2099 standing alone at `i`. */
function isYearAt(text: string, i: number): boolean {
  const y = text.slice(i, i + 4);
  return /^(?:19|20)\d\d$/.test(y) && !/\d/.test(text[i - 1] ?? '') && !/[\d.,]/.test(text[i + 4] ?? '');
}
