/**
 * Reading the page and placing its figures, a slice at a time: the text
 * model walked until the slicer says stop, then the engine (in the worker:
 * lib/page-engine) asked for the figures a slice at a time, each slice's
 * figures placed, shown and handed to the outbox before the page gets its
 * turn. The page's main thread only walks, places and paints.
 */
import type { Figure, Lang } from '@/lib/figure';
import { MAX_READ_TEXT, MAX_SLICE, type EngineBegin, type EngineSlice, type PageEngine } from '@/lib/page-engine/protocol';
import { endOf } from '@/lib/tables/merge';
import { TextWalker, type TextModel } from './text-model';
import type { Slicer } from './yield';
import type { Placed } from './figure-index';
import type { Outbox } from './outbox';
import type { RegionList } from './page-space';
import { placeFigures, type Placing } from './placing';
import { TableCells } from './table-cells';

/**
 * Slices: the first is small, later ones are sized from how long placing and
 * painting their figures took here (the engine's time is the worker's),
 * growing at most twofold and never past MAX_CHUNK, since the time per
 * figure varies (JIT, GC, a busy machine) and a slice must stay far below a
 * long task (50 ms) with its ranges and paint included.
 */
const FIRST_CHUNK = 8000;
const MAX_CHUNK = MAX_SLICE;
const SLICE_TARGET_MS = 5;
/** Figures per figures:add while a page is being read: small enough to keep each message's cloning short. */
const SEND_BATCH = 500;

export interface PageReaderDeps {
  slicer: Slicer;
  hidden: (element: Element) => boolean;
  onShadowRoot: (root: ShadowRoot) => void;
  engine: PageEngine;
  /** The page's host, for the engine (which dollar a bare "$" is). */
  host: () => string | undefined;
  now: () => number;
  /** Nothing goes further than one slice until the settings say to go on. */
  ready: Promise<boolean>;
  /** The page the tab is on now: a read of an earlier one stops. */
  generation: () => number;
  outbox: Outbox;
  /** Figures just placed (painted if highlights are on). */
  show: (created: readonly Placed[]) => void;
}

let readerCount = 0;

export class PageReader {
  private chunk = FIRST_CHUNK;
  /** Names this reader's reads to the engine: unique within the content script's life. */
  private readonly name = `r${++readerCount}`;
  private reads = 0;
  /** The tables each model read holds, collected as the walker left their cells. */
  private readonly tables = new WeakMap<TextModel, TableCells>();

  constructor(private readonly deps: PageReaderDeps) {}

  /** The text model of `root`, with its regions; null when the page moved on meanwhile. */
  async read(root: Node, gen: number, regions: RegionList): Promise<TextModel | null> {
    const { slicer, hidden, onShadowRoot } = this.deps;
    slicer.restart();
    const tables = new TableCells(root);
    const onRegion = (node: Element | ShadowRoot, start: number, end: number) => {
      regions.push([node, start, end]);
      tables.see(node, start, end);
    };
    const walker = new TextWalker(root, { skip: hidden, onShadowRoot, onRegion });
    while (!walker.walk(slicer.expired)) {
      await this.breathe();
      if (gen !== this.deps.generation()) return null;
    }
    const model = walker.result();
    this.tables.set(model, tables);
    return model;
  }

  /**
   * Finds and places the figures of a model read from the page; false when the
   * page moved on meanwhile. `first` runs once the first slice is in, before
   * any of its figures go to the outbox.
   */
  async place(model: TextModel, gen: number, at: Placing, page: { url: string; lang: Lang }, first?: () => void): Promise<boolean> {
    // A page of more text than the engine takes (a 5 MB page is 5 million characters) is read as far as it takes.
    const text = model.text.length > MAX_READ_TEXT ? model.text.slice(0, MAX_READ_TEXT) : model.text;
    const { now, outbox, generation } = this.deps;
    const out = { add: (figure: Figure) => outbox.add(figure), remove: (ids: readonly string[]) => outbox.remove(page.url, ids) };
    const read = `${this.name}.${++this.reads}`;
    const tables = (this.tables.get(model)?.read(model.text) ?? []).filter((t) => endOf(t) <= text.length);
    const beginAt = (from: number): EngineBegin => {
      const begin: EngineBegin = { text, lang: page.lang, host: this.deps.host(), tables: from === 0 ? tables : tables.filter((t) => endOf(t) > from) };
      if (at.marks) begin.marksFrom = at.marks.to;
      return begin;
    };
    let begin: EngineBegin | undefined = beginAt(0);
    for (let from = 0; from < text.length; ) {
      if (gen !== generation()) return false;
      const slice = await this.slice(read, from, begin, () => beginAt(from));
      begin = undefined;
      if (gen !== generation()) return false;
      const started = now();
      if (at.marks) at.marks.add(slice, slice.next >= text.length);
      if (from === 0) first?.();
      const { run, created } = placeFigures(model, slice.figures, at, out);
      if (!at.into.addRun(run)) at.outOfOrder = true;
      this.deps.show(created);
      if (outbox.size >= SEND_BATCH) outbox.flush(page.url, SEND_BATCH);
      // What placing and painting the slice cost here: the next one leaves room for it.
      const took = now() - started;
      const fit = Math.round(((slice.next - from) * SLICE_TARGET_MS) / Math.max(took, 0.5));
      this.chunk = Math.max(1000, Math.min(MAX_CHUNK, this.chunk * 2, fit));
      from = slice.next;
      if (from < text.length) await this.breathe();
    }
    if (text.length === 0) first?.();
    return gen === generation();
  }

  /**
   * One slice from the engine. A worker that restarted mid-read has lost the
   * read (`unknown`): it begins again where it stood (`again` says how, its
   * time marks where they stood). No answer, or a second `unknown`, fails
   * the read: the page is read again later (the re-read policy).
   */
  private async slice(read: string, from: number, begin: EngineBegin | undefined, again: () => EngineBegin): Promise<EngineSlice> {
    const { engine } = this.deps;
    const reply = await engine.read({ read, from, size: this.chunk, begin });
    if (reply && 'figures' in reply) return reply;
    if (!begin && reply && 'unknown' in reply) {
      const retry = await engine.read({ read, from, size: this.chunk, begin: again() });
      if (retry && 'figures' in retry) return retry;
    }
    throw new Error('FigureLens: the engine did not answer a slice');
  }

  /** Between slices: gives the page its turn, and goes no further until the settings say to go on. */
  private async breathe(): Promise<void> {
    await this.deps.slicer.breathe();
    await this.deps.ready;
  }
}
