/**
 * Joins two neighbouring numbers into one range figure: "5-6 percent",
 * "$1.2 billion to $1.5 billion", "between 6.5 and 7 percent", "5%至6%".
 */
import { rangeGaps } from '../lexicon';
import { valueOf } from '../numeral';
import type { Candidate } from '../candidate';
import { isInlineSpace } from '../chars';

/** Longer gaps than this are never a connector; also bounds the slice. */
const MAX_GAP = 12;
/** "grew 0.5% to 6%" is a change then a level, not a range; ranges written with "to" are tight. */
const MAX_TO_RATIO = 10;

/** Every connector starts with one of these; most neighbours are rejected on this one character. */
const FIRST = new Set([...rangeGaps.keys()].map((k) => k.charCodeAt(0)));

function gapOpens(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isInlineSpace(text.charCodeAt(i))) i++;
  return i < to && FIRST.has(text.charCodeAt(i));
}

type Joined = { range: Candidate } | { alone: Candidate } | undefined;

function join(text: string, a: Candidate, b: Candidate): Joined {
  const kind = b.kind ?? a.kind;
  if (b.start - a.end > MAX_GAP || !kind || !gapOpens(text, a.end, b.start)) return undefined;
  const gap = text.slice(a.end, b.start);
  const connector = rangeGaps.get(gap.trim().replace(/\s+/g, ' '));
  if (!connector || (connector === 'and' && a.opener !== 'between')) return undefined;
  if ((a.kind && b.kind && a.kind !== b.kind) || (a.unit && b.unit && a.unit !== b.unit)) return undefined;
  let currency = b.currency;
  if (a.currency && b.currency && a.currency !== b.currency) {
    if (a.currencyGeneric === b.currencyGeneric) return undefined;
    currency = a.currencyGeneric ? b.currency : a.currency;
  } else currency ??= a.currency;
  // "1.2 to 1.5 billion dollars": the first end takes the scale written after the second.
  const exp = a.multiplyExp ?? (a.scaleExp === undefined ? b.multiplyExp : undefined);
  const lo = valueOf(a.written, exp) * (a.negative ? -1 : 1);
  const hi = b.value;
  const shared = {
    kind,
    unit: b.unit ?? a.unit,
    noun: b.noun ?? a.noun,
    currency,
    currencyGeneric: a.currencyGeneric && b.currencyGeneric,
    multiplyExp: exp,
    scaleExp: a.scaleExp ?? b.scaleExp,
    langs: a.langs | b.langs,
  };
  if (connector === 'to' && a.opener === 'from') {
    // "from 5 to 6 percent": a change between two figures; the first takes the unit written after the second.
    return a.kind ? undefined : { alone: { ...a, ...shared, value: lo } };
  }
  if (!(lo < hi) || (connector === 'to' && lo > 0 && hi > MAX_TO_RATIO * lo)) return undefined;
  const start = connector === 'and' ? a.openerStart! : a.start;
  return {
    range: {
      ...b,
      ...shared,
      start,
      outerStart: Math.min(start, a.outerStart),
      written: a.written,
      value: lo,
      valueMax: hi,
      // "5~6 billion": the tilde between the ends is the connector, not "about" before the second.
      hedge: a.hedge ?? (b.hedge && !gap.includes(b.hedge.text) ? b.hedge : undefined),
      negative: a.negative,
    },
  };
}

export function joinRanges(text: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const joined = b && join(text, a, b);
    if (joined && 'range' in joined) {
      out.push(joined.range);
      i++;
    } else out.push(joined ? joined.alone : a);
  }
  return out;
}
