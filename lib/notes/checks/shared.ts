/**
 * What the checks share: which figures measure the same thing, the levels a
 * change joins ("from 520 million yuan to 540 million yuan"), and the note a
 * check leaves on every figure it involved.
 */
import type { Figure, Note, NoteType } from '../../figure';
import { formatNumber, type TextFormat } from '../../format';
import { endsWithFrom, endsWithTo, newStatement } from './phrases';
import { gapBetween, type Interval } from './tolerance';

/** Same kind and unit: money in one currency, counts of one noun, percentages of one unit. */
export function sameUnit(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.currency === b.currency && a.unit === b.unit && (a.kind !== 'count' || a.noun === b.noun);
}

/** Same stretch of time: the same year (or neither has one) and the same months. */
export function samePeriod(a: Figure, b: Figure): boolean {
  const months = (f: Figure) => (f.period ? `${f.period.fromMonth}-${f.period.toMonth}` : '');
  return a.year === b.year && months(a) === months(b);
}

/** An amount: money, a count (and any measured quantity) — anything but a percentage. */
export function isAmount(f: Figure): boolean {
  return f.kind !== 'percent';
}

/** A figure a check may take as written: not a restatement in another currency, not a range. */
export function plain(f: Figure): boolean {
  return !f.equivalentOf && f.valueMax === undefined;
}

/** The sentence text between the figure before `f` (or the sentence start) and `f`. */
export function textBefore(f: Figure, group: readonly Figure[]): string {
  let from = 0;
  for (const g of group) {
    const end = g.sentenceOffset + g.text.length;
    if (g !== f && end <= f.sentenceOffset && end > from) from = end;
  }
  return f.sentence.slice(from, f.sentenceOffset);
}

/** The sentence text between two figures of it. */
export function textBetween(a: Figure, b: Figure): string {
  return a.sentence.slice(a.sentenceOffset + a.text.length, b.sentenceOffset);
}

export interface Levels {
  from: Figure;
  to: Figure;
}

/**
 * The pairs of levels of one sentence that a change joins: "from 6.1 percent
 * to 5.7 percent", "to 540 million yuan from 520 million yuan",
 * "从2015年的300亿元增长到2025年的600亿元". Both levels in one unit. Without a
 * to-level, `later` stands in ("营业收入386.2亿元，同比增长15.3%，上年同期为356.8亿元":
 * the amount the rate is of).
 */
export function levelsOf(sentence: readonly Figure[], accept: (level: Figure) => boolean, later?: Figure): Levels[] {
  const group = sentence.filter((g) => plain(g) && accept(g));
  const froms = group.filter((g) => endsWithFrom[g.lang].test(textBefore(g, sentence)));
  const tos = group.filter((g) => !froms.includes(g) && endsWithTo[g.lang].test(textBefore(g, sentence)));
  const pairs: Levels[] = [];
  for (const from of froms) {
    // The nearest to-level of the same unit, on either side: English writes "to X from Y" as often as "from Y to X".
    const to =
      tos
        .filter((t) => sameUnit(t, from))
        .sort((a, b) => Math.abs(a.sentenceOffset - from.sentenceOffset) - Math.abs(b.sentenceOffset - from.sentenceOffset))[0] ??
      (later && later !== from && plain(later) && sameUnit(later, from) ? later : undefined);
    if (to) pairs.push({ from, to });
  }
  return pairs;
}

/**
 * Whether a change figure speaks of the levels: no other percentage between
 * them (unless they are its subject), and no new statement ("sales rose to
 * 540 million from 520 million, and profit rose 20%": the 20% is not the
 * sales').
 */
export function speaksOf(sentence: readonly Figure[], f: Figure, { from, to }: Levels): boolean {
  const lo = Math.min(f.start, from.start, to.start);
  const hi = Math.max(f.end, from.end, to.end);
  const subject = f.subject === from.id || f.subject === to.id;
  if (!subject && sentence.some((g) => g !== f && g !== from && g !== to && g.kind === 'percent' && g.start >= lo && g.end <= hi)) return false;
  const nearest = [from, to].sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0]!;
  const [a, b] = nearest.start < f.start ? [nearest, f] : [f, nearest];
  return !newStatement[f.lang].test(textBetween(a, b));
}

export interface Verdict {
  flagged: boolean;
  /** The gap beyond what rounding allows, in the compared quantity's unit; 0 when it checks out. */
  excess: number;
}

/** A stated value against what the other inputs give: flagged only when no rounding of either closes the gap. */
export function verdict(stated: Interval, computed: Interval): Verdict {
  const excess = gapBetween(stated, computed);
  return { flagged: excess > 1e-9 * Math.max(1, Math.abs(stated.hi)), excess };
}


/** The same note on every figure a check involved, naming them all so the popup can point at each. */
export function* onEach(type: NoteType, involved: readonly Figure[], text: string, flagged: boolean, extra: Partial<Note> = {}) {
  const note: Note = { type, text, flagged, figures: involved.map((f) => f.id), ...extra };
  for (const on of involved) yield { on, note };
}

/** A gap between percentages, in points: "5.5". */
export function points(value: number, fmt: TextFormat): string {
  return formatNumber(value, fmt.locale, 2);
}
