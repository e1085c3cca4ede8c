/**
 * Reading the page and placing its figures, a slice at a time: the text
 * model walked until the slicer says stop, then detection (and the page's
 * time marks) in slices sized from how fast they went, each slice's figures
 * placed, shown and handed to the outbox before the page gets its turn.
 */
import type { Figure, Lang } from '@/lib/figure';
import { TextWalker, type TextModel } from './text-model';
import type { Slicer } from './yield';
import { detectSlice } from './detection-slices';
import type { Placed } from './figure-index';
import type { Outbox } from './outbox';
import type { RegionList } from './page-space';
import { placeFigures, type Placing } from './placing';
import { TableFigures } from './table-figures';
import { TableCells } from './table-cells';

/**
 * Detection slices: the first is small, later ones are sized from how fast
 * the detector went, growing at most twofold and never past MAX_CHUNK, since
 * the time per character varies (JIT, GC, a busy machine) and a slice must
 * stay far below a long task (50 ms) with its ranges and paint included.
 */
const FIRST_CHUNK = 4000;
const MAX_CHUNK = 12_000;
const SLICE_TARGET_MS = 5;
/** Figures per figures:add while a page is being read: small enough to keep each message's cloning short. */
const SEND_BATCH = 500;

export interface PageReaderDeps {
  slicer: Slicer;
  hidden: (element: Element) => boolean;
  onShadowRoot: (root: ShadowRoot) => void;
  detect: (text: string, lang: Lang) => Figure[];
  now: () => number;
  /** Nothing goes further than one slice until the settings say to go on. */
  ready: Promise<boolean>;
  /** The page the tab is on now: a read of an earlier one stops. */
  generation: () => number;
  outbox: Outbox;
  /** Figures just placed (painted if highlights are on). */
  show: (created: readonly Placed[]) => void;
}

export class PageReader {
  private chunk = FIRST_CHUNK;
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

  /** Finds and places the figures of a model read from the page; false when the page moved on meanwhile. */
  async place(model: TextModel, gen: number, at: Placing, page: { url: string; lang: Lang }): Promise<boolean> {
    const { text } = model;
    const { now, outbox, generation } = this.deps;
    const detect = (piece: string): Figure[] => {
      try {
        return this.deps.detect(piece, page.lang);
      } catch (error) {
        console.debug('FigureLens: detection failed on a slice', error);
        return [];
      }
    };
    const out = { add: (figure: Figure) => outbox.add(figure), remove: (ids: readonly string[]) => outbox.remove(page.url, ids) };
    const cells = new TableFigures(this.tables.get(model)?.read(text) ?? []);
    for (let from = 0; from < text.length; ) {
      if (gen !== generation()) return false;
      const started = now();
      const slice = detectSlice(text, from, this.chunk, detect);
      // The tables begun in the slice are read with it; their cells join the text's figures in page order.
      slice.figures = cells.within(slice.figures, slice.next);
      // Timed with detection: the next slice's size leaves room for both.
      at.marks?.readTo(slice.next);
      const took = now() - started;
      // What the detector read, lookahead in a long block included, is what a slice costs: the next one leaves room for it.
      const fit = Math.round((slice.read * SLICE_TARGET_MS) / Math.max(took, 0.5)) - (slice.read - (slice.next - from));
      this.chunk = Math.max(1000, Math.min(MAX_CHUNK, this.chunk * 2, fit));
      const { run, created } = placeFigures(model, slice.figures, at, out);
      if (!at.into.addRun(run)) at.outOfOrder = true;
      this.deps.show(created);
      if (outbox.size >= SEND_BATCH) outbox.flush(page.url, SEND_BATCH);
      from = slice.next;
      if (from < text.length) await this.breathe();
    }
    return gen === generation();
  }

  /** Between slices: gives the page its turn, and goes no further until the settings say to go on. */
  private async breathe(): Promise<void> {
    await this.deps.slicer.breathe();
    await this.deps.ready;
  }
}
