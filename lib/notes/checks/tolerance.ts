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

/**
 * Half a unit of the last digit written: "5.7 percent" → 0.05, "1.3 trillion"
 * → 0.05 trillion, "77,000" → 0.5. An amount of one digit and a scale word is
 * read to the next digit: "55 percent of the 2 trillion yuan economy, or 1.3
 * trillion yuan" is wrong to any reader, though 1.3 of anything from 1.5 to
 * 2.5 trillion could be 55%; a writer who means "about 2 trillion" says so.
 */
export function halfUnit(f: Pick<Figure, 'kind' | 'value' | 'scale'>): number {
  const scale = f.scale ?? 1;
  const shown = String(Number((Math.abs(f.value) / scale).toPrecision(12)));
  let decimals = shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
  if (f.kind !== 'percent' && f.scale !== undefined && /^[1-9]$/.test(shown)) decimals = 1;
  return 0.5 * 10 ** -decimals * scale;
}

/** What a written figure may have been before rounding; `value` lets a rule pass a signed reading (a fall of 3% → −3). */
export function written(f: Pick<Figure, 'kind' | 'value' | 'scale'>, value = f.value): Interval {
  const h = halfUnit(f);
  return { lo: value - h, hi: value + h };
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
