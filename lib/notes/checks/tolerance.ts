/**
 * What rounding allows. A figure written "5.7 percent" stands for anything
 * from 5.65 to 5.75, "84 billion" for 83.5 to 84.5 billion: a check compares
 * what the inputs could have been before rounding, and flags only a gap no
 * rounding explains. "Sales rose 3.8% from 520 million to 540 million" checks
 * out although 540 ÷ 520 is 3.846…
 */
import type { Figure } from '../../figure';

/** A closed interval of values. */
export interface Interval {
  lo: number;
  hi: number;
}

/** The first number written in a figure's text, with its decimals: "US$1.95 trillion" → "1.95". */
const NUMBER = /[0-9\uff10-\uff19]+(?:[,，][0-9\uff10-\uff19]{3})*(?:[.．]([0-9\uff10-\uff19]+))?/;

/**
 * Half a unit of the last digit written: "5.7 percent" → 0.05, "6.0%" →
 * 0.05, "1.3 trillion" → 0.05 trillion, "77,000" → 0.5. An amount of one
 * digit and a scale word is read to the next digit: "55 percent of the 2
 * trillion yuan economy, or 1.3 trillion yuan" is wrong to any reader, though
 * 1.3 of anything from 1.5 to 2.5 trillion could be 55%; a writer who means
 * "about 2 trillion" says so.
 */
export function halfUnit(f: Pick<Figure, 'kind' | 'value' | 'scale'> & { text?: string }): number {
  const scale = f.scale ?? 1;
  const m = f.text !== undefined ? NUMBER.exec(f.text) : null;
  const shown = m ? m[0] : String(Number((Math.abs(f.value) / scale).toPrecision(12)));
  let decimals = m ? (m[1]?.length ?? 0) : shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
  if (f.kind !== 'percent' && f.scale !== undefined && decimals === 0 && /^[1-9０-９]$/.test(shown.replace(/^[0０]+/, ''))) decimals = 1;
  return 0.5 * 10 ** -decimals * scale;
}

/**
 * How far a hedge lets a value go: "about" ±5%, "over"/"at least" up to 10%
 * above, "nearly"/"up to" down to 10% below, on top of its rounding.
 */
const HEDGE_REACH = { approx: [0.05, 0.05], above: [0, 0.1], 'at-least': [0, 0.1], below: [0.1, 0], 'at-most': [0.1, 0] } as const;

/** What a written figure may have been before rounding (and within its hedge); `value` lets a rule pass a signed reading (a fall of 3% → −3). */
export function written(f: Pick<Figure, 'kind' | 'value' | 'scale' | 'hedge'> & { text?: string }, value = f.value): Interval {
  const h = halfUnit(f);
  const [below, above] = f.hedge ? HEDGE_REACH[f.hedge.bound] : [0, 0];
  const a = Math.abs(value);
  return { lo: value - h - a * (value < 0 ? above : below), hi: value + h + a * (value < 0 ? below : above) };
}

export function exact(value: number): Interval {
  return { lo: value, hi: value };
}

/**
 * The range of `fn` over every input in its interval. The checks' arithmetic
 * (sums, ratios, differences) is monotonic in each input, so the extremes
 * are at the corners; at most 2^10 of them.
 */
export function rangeOf(fn: (...xs: number[]) => number, inputs: readonly Interval[]): Interval {
  if (inputs.length > 10) throw new Error('rangeOf: too many inputs');
  let lo = Infinity;
  let hi = -Infinity;
  for (let mask = 0; mask < 1 << inputs.length; mask++) {
    const y = fn(...inputs.map((iv, i) => (mask & (1 << i) ? iv.hi : iv.lo)));
    if (!Number.isFinite(y)) continue;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return { lo, hi };
}

export function sum(intervals: readonly Interval[]): Interval {
  return intervals.reduce((a, b) => ({ lo: a.lo + b.lo, hi: a.hi + b.hi }), exact(0));
}

/** How far apart two intervals are: 0 when they overlap, which is "checks out". */
export function gapBetween(a: Interval, b: Interval): number {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

/** Widens an interval by a fraction of its own size (for words that round, like "doubled"). */
export function widen(iv: Interval, fraction: number): Interval {
  return { lo: iv.lo - Math.abs(iv.lo) * fraction, hi: iv.hi + Math.abs(iv.hi) * fraction };
}
