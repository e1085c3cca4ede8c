/**
 * Where a figure's own clause begins and ends within its sentence. Rules look
 * at the clause first: in "GDP reached 14 trillion yuan for 2024, while
 * exports rose 5 percent last year" each figure has its own time word.
 *
 * A comma between digits ("77,000") is a thousands separator, not a clause
 * boundary; "、" lists items of one clause and is not a boundary either.
 */
const BOUNDARY = /[;；:：，。!?！？]|(?<!\d),|,(?!\d)|\s(?:while|whereas|but|versus|vs\.|compared with|compared to)\s|\s[-–—]\s/g;

export interface Span {
  start: number;
  end: number;
}

/** Clause boundaries of a sentence, in order; each is a [start, end) span of separator text. */
export function clauseBoundaries(sentence: string): Span[] {
  return [...sentence.matchAll(BOUNDARY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The clause around [start, end) of the sentence. */
export function clauseAround(boundaries: readonly Span[], length: number, start: number, end: number): Span {
  let from = 0;
  let to = length;
  for (const b of boundaries) {
    if (b.end <= start) from = b.end;
    else if (b.start >= end) {
      to = b.start;
      break;
    }
  }
  return { start: from, end: to };
}

/** Characters between two spans (0 when they touch or overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Whether a span of another figure lies between `a` and `b`: a cue beyond a neighbour belongs to the neighbour. */
export function blockedBy(a: Span, b: Span, others: readonly Span[]): boolean {
  const lo = Math.min(a.end, b.end);
  const hi = Math.max(a.start, b.start);
  return others.some((o) => o.start >= lo && o.end <= hi);
}
