/**
 * The engine's side of a page's reads: each read's text, held between its
 * slices, and what reading it in slices needs to carry from one to the next
 * (the tables not yet handed out, where the time marks stand). One entry
 * point, `answer`, for every engine message; the worker passes it the tab
 * the message came from, so a page reaches only its own tab's reads.
 *
 * Held reads are bounded: a read is dropped once its last slice is answered,
 * when the same read begins again, or (oldest first) when more than
 * MAX_READS reads or MAX_HELD_CHARS characters are held. A dropped read
 * still asked for answers `unknown`, and the page begins it again where it
 * stood.
 */
import { detectFigures } from '../detect';
import type { Figure, Lang, TimeMark } from '../figure';
import { findPublishedDate } from '../normalize/published';
import { MAX_SLICE, type EngineBegin, type EngineDateReply, type EngineDateMessage, type EngineMessage, type EngineReadMessage, type EngineReadReply, type EngineSlice, type PageEngine } from './protocol';
import { detectSlice } from './slices';
import { TableFigures } from './table-figures';
import { TimeMarkReader } from './time-marks';

const MAX_READS = 32;
const MAX_HELD_CHARS = 24_000_000;

export type Detect = (text: string, lang: Lang, host?: string) => Figure[];

const byDetector: Detect = (text, lang, host) => detectFigures(text, { lang, host });

class Read {
  private next: number;
  private readonly tables: TableFigures;
  private readonly marks: TimeMarkReader | undefined;

  constructor(
    readonly begin: EngineBegin,
    from: number,
    private readonly detect: Detect,
  ) {
    this.next = from;
    this.tables = new TableFigures(begin.tables, from);
    if (begin.marksFrom !== undefined) this.marks = new TimeMarkReader(begin.text, begin.lang, undefined, Math.min(begin.marksFrom, from));
  }

  get done(): boolean {
    return this.next >= this.begin.text.length;
  }

  /** The slice from `from`: only where the last one ended (the read is sequential). */
  slice(from: number, size: number): EngineSlice | null {
    if (from !== this.next) return null;
    const { text, lang, host } = this.begin;
    const detect = (piece: string): Figure[] => {
      try {
        return this.detect(piece, lang, host);
      } catch (error) {
        console.debug('FigureLens: detection failed on a slice', error);
        return [];
      }
    };
    const found = detectSlice(text, from, size, detect);
    this.next = found.next;
    const slice: EngineSlice = { figures: this.tables.within(found.figures, found.next), next: found.next, read: found.read, marks: [] };
    if (this.marks) {
      slice.marks = this.marks.readTo(found.next);
      slice.marksTo = this.marks.position;
    }
    return slice;
  }
}

export class EngineReads {
  /** Insertion order is age: the oldest read is dropped first. */
  private readonly reads = new Map<string, Read>();
  private held = 0;

  constructor(private readonly detect: Detect = byDetector) {}

  /** `tab`: where the message came from (reads are the tab's own). */
  answer(tab: number, message: EngineReadMessage): EngineReadReply;
  answer(tab: number, message: EngineDateMessage): EngineDateReply;
  answer(tab: number, message: EngineMessage): EngineReadReply | EngineDateReply;
  answer(tab: number, message: EngineMessage): EngineReadReply | EngineDateReply {
    if (message.type === 'engine:date') return { date: findPublishedDate(message.candidates) };
    const key = `${tab} ${message.read}`;
    if (message.begin) {
      this.drop(key);
      this.keep(key, new Read(message.begin, message.from, this.detect));
    }
    const read = this.reads.get(key);
    const slice = read?.slice(message.from, message.size);
    if (!read || !slice) return { unknown: true };
    if (read.done) this.drop(key);
    return slice;
  }

  /** A tab closed or went to another page: its reads go. */
  forgetTab(tab: number): void {
    for (const key of [...this.reads.keys()]) if (key.startsWith(`${tab} `)) this.drop(key);
  }

  private keep(key: string, read: Read): void {
    this.reads.set(key, read);
    this.held += read.begin.text.length;
    for (const oldest of this.reads.keys()) {
      if (this.reads.size <= MAX_READS && this.held <= MAX_HELD_CHARS) break;
      if (oldest !== key) this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const read = this.reads.get(key);
    if (!read) return;
    this.held -= read.begin.text.length;
    this.reads.delete(key);
  }
}

/**
 * A whole text read as the page's reads are, slice after slice: the scan CLI
 * and the evaluation get exactly what the extension gets.
 */
export function readWhole(begin: EngineBegin, detect: Detect = byDetector): { figures: Figure[]; marks: TimeMark[] } {
  const read = new Read(begin, 0, detect);
  const figures: Figure[] = [];
  const marks: TimeMark[] = [];
  for (let from = 0; from < begin.text.length; ) {
    const slice = read.slice(from, MAX_SLICE)!;
    figures.push(...slice.figures);
    marks.push(...slice.marks);
    from = slice.next;
  }
  return { figures, marks };
}

/**
 * The engine run where it is called: for the annotator's tests, and wherever
 * the page and the engine share a thread. Requests go through a structured
 * clone, as messages do, so nothing is shared that a message would not carry.
 */
export function localEngine(detect?: Detect, tab = 0): PageEngine {
  const reads = new EngineReads(detect);
  return {
    read: async (message) => structuredClone(reads.answer(tab, structuredClone({ type: 'engine:read' as const, ...message }))),
    date: async (candidates) => reads.answer(tab, { type: 'engine:date', candidates }).date,
  };
}
