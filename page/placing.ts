/**
 * How one read's figures go in: detector figures (offsets in the text model)
 * become figures in the page space, each with its range, taking back the id
 * (and, on a full read of a page already painted, the paint) of the figure
 * they were; what the worker does not have yet is handed on to be sent.
 */
import type { Figure } from '@/lib/figure';
import { inBoilerplate, leadingRangeFor, nodesFor, rangeFor, type TextModel } from './text-model';
import type { FigureIndex, Placed } from './figure-index';
import type { Placement } from './page-space';
import { sameRecord, type ReturningFigures } from './returning-figures';
import type { ReadMarks } from './read-marks';

export interface Placing extends Placement {
  into: FigureIndex;
  /** Figures read before, by what they say: one read again takes its id back. */
  pool: ReturningFigures;
  /** Send every figure (after a page:start), not only what changed. */
  sendAll: boolean;
  /** Keep a figure's Placed (and its paint) when its text is where it was: a full read of a page already painted. */
  reuse: boolean;
  /** Set when a figure's offset landed out of page order. */
  outOfOrder: boolean;
  /** Detector ids of this read → page ids, for equivalents (across detection slices). */
  ids: Map<string, string>;
  /** A full read also reads the page's time marks, in the same slices. */
  marks?: ReadMarks;
}

/** Where placed figures go to the worker: new or changed ones in, ones that changed out first. */
export interface PlacingOut {
  add(figure: Figure): void;
  remove(ids: readonly string[]): void;
}

interface Draft {
  figure: Figure;
  back: Placed | undefined;
  range: Range;
  paintable: boolean;
  start: number;
  end: number;
}

/** One detection slice's figures, placed: the run for the index, and the Placed made new (to be painted). */
export function placeFigures(model: TextModel, found: readonly Figure[], at: Placing, out: PlacingOut): { run: Placed[]; created: Placed[] } {
  const drafts = draftsOf(model, found, at);
  const run: Placed[] = [];
  const created: Placed[] = [];
  const resent: string[] = [];
  for (const { figure, back, range, paintable, start, end } of drafts) {
    if (figure.equivalentOf !== undefined) {
      const id = at.ids.get(figure.equivalentOf);
      if (id) figure.equivalentOf = id;
      else delete figure.equivalentOf;
    }
    const same = back !== undefined && sameRecord(back.figure, figure);
    const record = same ? back.figure : figure;
    if (at.reuse && back && !back.gone && back.paintable === paintable && sameBoundaries(back.range, range)) {
      back.figure = record;
      run.push(back);
    } else {
      const placed: Placed = { figure: record, range, nodes: nodesFor(model, start, end), paintable, paint: null };
      run.push(placed);
      created.push(placed);
    }
    if (at.sendAll) out.add(record);
    else if (!same) {
      // The worker has this id with what it said before: out first, then in again.
      if (back) resent.push(back.figure.id);
      out.add(record);
    }
  }
  out.remove(resent);
  return { run, created };
}

/** Each figure with its range and page-space offsets and id; the ids of the whole slice first, for its equivalents. */
function draftsOf(model: TextModel, found: readonly Figure[], at: Placing): Draft[] {
  const drafts: Draft[] = [];
  for (const detected of found) {
    const { start, end } = detected;
    // A count in a menu or footer is site chrome ("Copyright 2017-2018"); money and percent are still news.
    if (detected.kind === 'count' && inBoilerplate(model, start)) continue;
    // A figure across a shadow boundary is listed but cannot be painted: no Range can cross one.
    const exact = rangeFor(model, start, end);
    const range = exact ?? leadingRangeFor(model, start, end);
    if (!range) continue;
    const back = at.pool.take(detected, range);
    const figure: Figure = { ...detected, id: back?.figure.id ?? `f${at.idBase + start}`, start: at.base + start, end: at.base + end };
    at.ids.set(detected.id, figure.id);
    drafts.push({ figure, back, range, paintable: exact !== null, start, end });
  }
  return drafts;
}

function sameBoundaries(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
