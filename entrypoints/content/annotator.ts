/**
 * One page's figures: read the text, find the figures, paint them, tell the
 * worker; then keep up with the page as it changes.
 *
 * Offsets and ids live in one page-wide text space (page-space.ts): a full
 * read occupies [0, length) as the text model sees the page, a block read
 * again goes back into its own stretch when it fits, anything else after
 * everything. Every figure of a read is placed by that read, so a figure's
 * start, end, sentence and sentenceOffset always agree, and the figures of
 * one sentence share its start.
 *
 * The worker holds what this side holds. A figure read again exactly as it
 * was (a framework re-rendering a list in place) is not sent again; one that
 * says the same in the same sentence but moved keeps its id and is sent anew
 * (figures:remove, then figures:add); one that left is taken out
 * (figures:remove).
 *
 * Page order. The worker keeps each tab's figures sorted by offset
 * (lib/page-order.ts), so whatever arrives in whatever order lands where its
 * offset says. Offsets and page order part only where a read had to go after
 * everything although more of the page follows it (a block that grew out of
 * its stretch, one added mid-article); once the page has stopped doing that
 * for a while, the whole page is read again into a fresh space, keeping every
 * id, and sent again. Full reads are spaced by what they cost, so a page
 * that keeps doing it costs a bounded share of the main thread.
 */
import { detectFigures } from '@/lib/detect';
import type { Figure, Lang, PageInfo, TimeMark } from '@/lib/figure';
import { MAX_FIGURES_PER_MESSAGE, MAX_TITLE, MAX_URL, type ContentMessage, type TabStatus } from '@/lib/messages';
import { findPublishedDate } from '@/lib/normalize/published';
import { pageLang } from '@/lib/page';
import { scopesOf, textNodesUnder } from '@/dom/mutation-scopes';
import type { Painter } from '@/dom/painter';
import { PaintWindow } from '@/dom/paint-window';
import { collectPublishedCandidates } from '@/dom/published';
import { isOwnUi } from '@/dom/scope';
import { inBoilerplate, leadingRangeFor, leadingText, nodesFor, rangeFor, TextWalker, type TextModel } from '@/dom/text-model';
import { Slicer } from '@/dom/yield';
import { detectSlice } from './detection-slices';
import { FigureIndex, type Placed } from './figure-index';
import { PageSpace, type Placement, type RegionList } from './page-space';
import { TimeMarkReader } from './time-marks';
import { WorkerCopy } from './worker-copy';

export interface AnnotatorDeps {
  doc: Document;
  painter: Painter;
  send: (message: ContentMessage) => Promise<unknown>;
  /** Whether highlights start on (the per-site switch). */
  highlights: boolean;
  /**
   * Whether to go on, once the reader's settings are read (false: the site is
   * off). Reading starts at once, for one slice at most; nothing is painted
   * or sent before this resolves.
   */
  ready?: Promise<boolean>;
  detect?: (text: string, lang: Lang) => Figure[];
  /** Elements the page hides with CSS. */
  hidden?: (element: Element) => boolean;
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Runs a DOM change of ours so the page watcher does not see it as the page's. */
  quietly?: <T>(change: () => T) => T;
  /** Figures that left the page or were erased (the card may be showing one). */
  onGone?: (gone: readonly Placed[]) => void;
  /** A full read is done and every figure found is painted. */
  onScanned?: (figures: number) => void;
  slicer?: Slicer;
  setTimeout?: (run: () => void, ms: number) => unknown;
  now?: () => number;
}

/**
 * How long a page must go without breaking page order before it is read
 * again to restore it, and how often the page record (title, language, date)
 * is looked at again while the page changes.
 */
export const RESYNC_MS = 5000;
/** A full read again waits at least this many times as long as the last one took. */
const FULL_READ_SPACING = 20;
/** Change records one batch may pile up; past that, reading the whole page again is cheaper than sorting them out. */
export const MAX_CHANGE_RECORDS = 5000;
/** How much of the page's text its language and byline are judged by (pageLang samples 20,000 characters). */
const PAGE_TEXT_SAMPLE = 20_000;
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

const isOwnNode = (node: Node) => node.nodeType === 1 && isOwnUi(node as Element);

/**
 * Why the whole page is to be read again: page order, the page's language
 * changed, too many changes to sort out, or a job that failed midway (what it
 * placed and sent is unknown).
 */
type FullRead = 'order' | 'lang' | 'overflow' | 'failed';

/** Page changes waiting for their turn: one job at most, later batches merge into it. */
interface QueuedChange {
  gen: number;
  records: MutationRecord[];
  /** Too many records: the page is read whole instead. */
  overflow: boolean;
  job: Promise<void>;
}

/** How one read's figures go in. */
interface Placing extends Placement {
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
  marks?: TimeMarkReader;
}

export class Annotator {
  private figures = new FigureIndex();
  private url: string;
  private page: PageInfo | null = null;
  /** The current page has been read once: its changes can be read from now on. */
  private started = false;
  private lang: Lang = 'en';
  private readonly space = new PageSpace();
  private generation = 0;
  private highlights: boolean;
  /** Wrapping moved the nodes the ranges pointed into: turning highlights on means reading the page again. */
  private rangesLost = false;
  private chunk = FIRST_CHUNK;
  private outbox: Figure[] = [];
  /** What the worker holds, as told: each add and remove says how much, and nothing goes past its cap. */
  private readonly workerCopy = new WorkerCopy();
  private readonly ready: Promise<boolean>;
  private sending: Promise<unknown>;
  private jobs: Promise<void> = Promise.resolve();
  /** Jobs queued or running, and messages queued or on their way to the worker: what `settled` waits for. */
  private pendingJobs = 0;
  private pendingMessages = 0;
  /** The index a full read of a page already read is filling; it replaces `figures` when the read is done. */
  private incoming: FigureIndex | null = null;
  private queuedChange: QueuedChange | null = null;
  private fullRead: FullRead | null = null;
  private orderBrokenAt = Number.NEGATIVE_INFINITY;
  private lastFullRead = { at: Number.NEGATIVE_INFINITY, took: 0 };
  /** The pending upkeep timer (a token: a timer replaced by an earlier one does nothing when it fires) and when it fires. */
  private upkeep: { token: object; at: number } | null = null;
  private readonly deps: Required<AnnotatorDeps>;
  /** What is painted: the figures within a screenful of the viewport. */
  private readonly window: PaintWindow<Placed>;

  constructor(deps: AnnotatorDeps) {
    this.deps = {
      ...deps,
      ready: deps.ready ?? Promise.resolve(true),
      // The host says which dollar a bare "$" is (an Australian site's is the Australian dollar).
      detect: deps.detect ?? ((text, lang) => detectFigures(text, { lang, host: deps.doc.location?.hostname || undefined })),
      hidden: deps.hidden ?? (() => false),
      onShadowRoot: deps.onShadowRoot ?? (() => undefined),
      quietly: deps.quietly ?? ((change) => change()),
      onGone: deps.onGone ?? (() => undefined),
      onScanned: deps.onScanned ?? (() => undefined),
      slicer: deps.slicer ?? new Slicer(),
      setTimeout: deps.setTimeout ?? ((run, ms) => setTimeout(run, ms)),
      now: deps.now ?? (() => performance.now()),
    };
    this.highlights = deps.highlights;
    this.ready = this.deps.ready;
    this.sending = this.ready;
    this.url = deps.doc.location?.href ?? '';
    this.window = new PaintWindow<Placed>({
      paint: (run) => this.paint(run),
      erase: (run) => this.unpaint(run),
      isPainted: (placed) => placed.paint !== null,
      keepPainted: deps.painter.touchesDom,
      win: deps.doc.defaultView as Window & typeof globalThis,
    });
  }

  /** The figures placed on this page. */
  get index(): FigureIndex {
    return this.figures;
  }

  /** The URL of the page the figures belong to (what page:start announced). */
  get pageUrl(): string {
    return this.url;
  }

  /** Reads the whole page as a new page: at start, after an SPA navigation, or to repaint after wrapping. */
  scanPage(url: string = this.deps.doc.location.href): Promise<void> {
    const gen = this.restart(url);
    return this.enqueue(() => this.readAll(gen));
  }

  /**
   * A batch of the page's own changes (null: more than could be kept): read
   * later, in one job with whatever else arrives before that job starts.
   */
  changed(records: readonly MutationRecord[] | null): Promise<void> {
    const gen = this.generation;
    const queued = this.queuedChange;
    if (queued && queued.gen === gen) {
      mergeInto(queued, records);
      return queued.job;
    }
    const change: QueuedChange = { gen, records: [], overflow: false, job: Promise.resolve() };
    mergeInto(change, records);
    this.queuedChange = change;
    change.job = this.enqueue(async () => {
      if (this.queuedChange === change) this.queuedChange = null;
      if (gen !== this.generation || !this.started) return;
      if (change.overflow) this.wantFullRead('overflow');
      else await this.applyChanges(change.records, gen);
    });
    return change.job;
  }

  setHighlights(on: boolean): void {
    if (on === this.highlights) return;
    this.highlights = on;
    if (!on) {
      const all = this.figures.all();
      this.eraseAll();
      this.deps.onGone(all);
      if (this.deps.painter.touchesDom) this.rangesLost = true;
      return;
    }
    if (this.rangesLost) {
      this.rangesLost = false;
      void this.scanPage(this.url);
      return;
    }
    // A full read under way has made figures of its own; they are the page's as much as the old ones.
    for (const index of [this.figures, this.incoming]) if (index) this.window.add(index.all().filter((p) => p.paintable));
  }

  get highlightsOn(): boolean {
    return this.highlights;
  }

  status(): TabStatus {
    return {
      annotated: true,
      highlightsOn: this.highlights,
      figureCount: this.figures.size,
      settled: this.pendingJobs === 0 && this.pendingMessages === 0 && this.outbox.length === 0,
    };
  }

  /** Sends the page and every figure again (the worker lost them). */
  resend(): void {
    const gen = this.generation;
    void this.enqueue(async () => {
      if (gen === this.generation && this.started) this.sendEverything();
    });
  }

  /**
   * Forgets everything and takes every highlight off (the site was turned
   * off, the script replaced). `withdraw`: the worker forgets the page too
   * (page:end), after whatever is already on its way; what was queued and not
   * yet sent is dropped. Not when the script is replaced: the next one
   * announces the page under the same ids.
   */
  stop({ withdraw = false } = {}): void {
    const url = this.url;
    this.restart(url);
    if (withdraw) this.queue({ type: 'page:end', url });
  }

  /** Waits for the work queued so far and the messages it sent. */
  async idle(): Promise<void> {
    await this.jobs;
    await this.sending;
  }

  // ---- reading and placing ----

  private restart(url: string): number {
    const gen = ++this.generation;
    this.url = url.slice(0, MAX_URL);
    const all = this.figures.all();
    this.eraseAll();
    if (all.length > 0) this.deps.onGone(all);
    this.figures = new FigureIndex();
    this.space.reset();
    this.outbox = [];
    this.page = null;
    this.started = false;
    this.rangesLost = false;
    this.queuedChange = null;
    this.incoming = null;
    this.fullRead = null;
    this.upkeep = null;
    this.lastFullRead = { at: Number.NEGATIVE_INFINITY, took: 0 };
    return gen;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const gen = this.generation;
    this.pendingJobs++;
    this.jobs = this.jobs
      .then(job)
      .catch((error: unknown) => {
        // Never into the page. A job that failed midway may have placed figures it did not send, or
        // taken out figures the worker still lists: the page is read again and sent whole.
        console.debug('FigureLens:', error);
        if (gen === this.generation && this.started) this.wantFullRead('failed');
      })
      .finally(() => this.pendingJobs--);
    return this.jobs;
  }

  /**
   * Reads the whole page into a fresh space. On a page already read, every
   * figure read again keeps its id (and its paint, where its text is where
   * it was), and the worker gets page:start and everything, in page order.
   */
  private async readAll(gen: number): Promise<void> {
    const { doc, painter, now } = this.deps;
    if (gen !== this.generation) return;
    const began = now();
    this.fullRead = null;
    // Counted from its start too: a read that keeps failing is tried again no more often than one that works.
    this.lastFullRead = { ...this.lastFullRead, at: began };
    // What a failed job left unsent is sent with everything else, after the page:start.
    this.outbox = [];
    const old = this.figures;
    const again = old.size > 0;
    // Wrapping split the text nodes the ranges point into: unwrap first and read the page as it is.
    if (again && painter.touchesDom) this.eraseAll();
    const root = doc.body ?? doc.documentElement;
    const regions: RegionList = [];
    const model = await this.read(root, gen, regions);
    if (!model) return;
    this.lang = pageLang(doc.documentElement.getAttribute('lang'), model.text);
    this.started = true;
    const pool = new ReturningFigures();
    if (again) pool.add(old.all());
    const at: Placing = {
      ...this.space.whole(root, model.text.length, regions),
      into: again ? new FigureIndex() : old,
      pool,
      sendAll: true,
      reuse: again && !painter.touchesDom,
      outOfOrder: false,
      ids: new Map(),
      marks: new TimeMarkReader(model.text, this.lang),
    };
    const marks = at.marks!;
    if (again) this.incoming = at.into;
    // The page's date is looked for once the first figures are painted: it is not needed to paint them.
    // Its marks go with it when the read is done by then (an article read in one slice), else in a page:update after.
    this.queue(() => {
      this.workerCopy.reset();
      return { type: 'page:start', page: (this.page = this.pageInfo(this.lang, model.text, marks.done ? marks.marks : undefined)) };
    });
    if (!(await this.place(model, gen, at))) return;
    this.queue(() => {
      if (!this.page || this.page.marks || marks.marks.length === 0) return null;
      return { type: 'page:update', page: (this.page = { ...this.page, marks: marks.marks }) };
    });
    if (again) {
      this.figures = at.into;
      this.incoming = null;
      // What was not kept as it was, whether read again elsewhere or not at all, is no longer on the page.
      const gone = old.all().filter((p) => at.into.get(p.figure.id) !== p);
      for (const placed of gone) placed.gone = true;
      this.erase(gone);
    }
    this.lastFullRead = { at: now(), took: now() - began };
    if (!(await this.ready) || gen !== this.generation) return;
    this.deps.onScanned(this.figures.size);
    this.flush();
    // The title and date an app sets after rendering, looked at once things settle.
    this.scheduleUpkeep();
  }

  /**
   * Reads only the new or changed text. What a change took away comes back
   * under its old id when it is read again; what does not come back leaves
   * the worker too.
   */
  private async applyChanges(records: readonly MutationRecord[], gen: number): Promise<void> {
    const { scopes, removed } = scopesOf(records, isOwnNode);
    const pool = new ReturningFigures();
    for (const subtree of removed) {
      this.space.forgetUnder(subtree);
      pool.add(this.unplace(textNodesUnder(subtree)));
    }
    const live = scopes.filter((scope) => scope.isConnected);
    for (const scope of live) pool.add(this.unplace(textNodesUnder(scope)));
    if (removed.length > 0) pool.add(this.erase(this.figures.sweep()));
    let outOfOrder = false;
    for (const scope of live) {
      const regions: RegionList = [];
      const model = await this.read(scope, gen, regions);
      if (!model) return;
      const at: Placing = { ...this.space.part(scope, model.text.length, regions), into: this.figures, pool, sendAll: false, reuse: false, outOfOrder: false, ids: new Map() };
      if (!(await this.place(model, gen, at))) return;
      outOfOrder ||= at.outOfOrder;
    }
    this.queueRemove(pool.leftovers().map((p) => p.figure.id));
    this.flush();
    // The worker sorts by offset: only offsets that disagree with the page (a stretch after everything) need a full read.
    if (outOfOrder) {
      this.orderBrokenAt = this.deps.now();
      this.wantFullRead('order');
    } else if (live.length > 0) this.scheduleUpkeep();
  }

  private async read(root: Node, gen: number, regions: RegionList): Promise<TextModel | null> {
    const { slicer, hidden, onShadowRoot } = this.deps;
    slicer.restart();
    const walker = new TextWalker(root, { skip: hidden, onShadowRoot, onRegion: (node, start, end) => regions.push([node, start, end]) });
    while (!walker.walk(slicer.expired)) {
      await this.breathe();
      if (gen !== this.generation) return null;
    }
    return walker.result();
  }

  /** Between slices: gives the page its turn, and goes no further until the settings say to go on. */
  private async breathe(): Promise<void> {
    await this.deps.slicer.breathe();
    await this.ready;
  }

  /** Finds and places the figures of a model read from the page; false when the page moved on meanwhile. */
  private async place(model: TextModel, gen: number, at: Placing): Promise<boolean> {
    const { text } = model;
    const detect = (piece: string): Figure[] => {
      try {
        return this.deps.detect(piece, this.lang);
      } catch (error) {
        console.debug('FigureLens: detection failed on a slice', error);
        return [];
      }
    };
    for (let from = 0; from < text.length; ) {
      if (gen !== this.generation) return false;
      const started = this.deps.now();
      const slice = detectSlice(text, from, this.chunk, detect);
      // Timed with detection: the next slice's size leaves room for both.
      at.marks?.readTo(slice.next);
      const took = this.deps.now() - started;
      // What the detector read, lookahead in a long block included, is what a slice costs: the next one leaves room for it.
      const fit = Math.round((slice.read * SLICE_TARGET_MS) / Math.max(took, 0.5)) - (slice.read - (slice.next - from));
      this.chunk = Math.max(1000, Math.min(MAX_CHUNK, this.chunk * 2, fit));
      const { run, created } = this.placed(model, slice.figures, at);
      if (!at.into.addRun(run)) at.outOfOrder = true;
      if (this.highlights) this.window.add(created.filter((p) => p.paintable));
      if (this.outbox.length >= SEND_BATCH) this.flush(SEND_BATCH);
      from = slice.next;
      if (from < text.length) await this.breathe();
    }
    return gen === this.generation;
  }

  /**
   * Detector figures (offsets in the model) → figures in the page space, each
   * with its range; what the worker does not have yet goes to the outbox.
   */
  private placed(model: TextModel, found: readonly Figure[], at: Placing): { run: Placed[]; created: Placed[] } {
    const { ids } = at;
    const drafts: Array<{ figure: Figure; back: Placed | undefined; range: Range; paintable: boolean; start: number; end: number }> = [];
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
      ids.set(detected.id, figure.id);
      drafts.push({ figure, back, range, paintable: exact !== null, start, end });
    }
    const run: Placed[] = [];
    const created: Placed[] = [];
    const resent: string[] = [];
    for (const { figure, back, range, paintable, start, end } of drafts) {
      if (figure.equivalentOf !== undefined) {
        const id = ids.get(figure.equivalentOf);
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
      if (at.sendAll) this.outbox.push(record);
      else if (!same) {
        // The worker has this id with what it said before: out first, then in again.
        if (back) resent.push(back.figure.id);
        this.outbox.push(record);
      }
    }
    this.queueRemove(resent);
    return { run, created };
  }

  private paint(run: readonly Placed[]): void {
    const { painter } = this.deps;
    const live = run.filter((p) => !p.gone);
    const paints = this.deps.quietly(() => painter.paint(live.map((p) => ({ kind: p.figure.kind, range: p.range }))));
    live.forEach((placed, i) => {
      placed.paint = paints[i]!;
      if (painter.touchesDom) this.figures.link(placed, painter.nodesOf(placed.paint));
    });
  }

  private unpaint(run: readonly Placed[]): void {
    this.deps.quietly(() => {
      for (const placed of run) {
        if (placed.paint) this.deps.painter.erase(placed.paint);
        placed.paint = null;
      }
    });
  }

  private eraseAll(): void {
    this.window.clear();
    this.deps.quietly(() => this.deps.painter.eraseAll());
    for (const index of [this.figures, this.incoming]) for (const placed of index?.all() ?? []) placed.paint = null;
  }

  private unplace(nodes: readonly Text[]): readonly Placed[] {
    return this.erase(this.figures.removeCovering(nodes));
  }

  private erase(gone: readonly Placed[]): readonly Placed[] {
    if (gone.length === 0) return gone;
    this.window.remove(gone);
    this.deps.onGone(gone);
    return gone;
  }

  // ---- keeping the worker's copy right ----

  /** `marks`: the page's time marks, from its last full read (a page record made again keeps them). */
  private pageInfo(lang: Lang, text: string, marks?: TimeMark[]): PageInfo {
    const { doc } = this.deps;
    const page: PageInfo = { url: this.url, title: (doc.title ?? '').slice(0, MAX_TITLE), lang };
    if (marks && marks.length > 0) page.marks = marks;
    const published = findPublishedDate(collectPublishedCandidates(doc, text));
    if (published) {
      page.publishedAt = published.date;
      page.publishedFrom = published.from;
    }
    return page;
  }

  /**
   * Messages go out one after another, in order; those of a page the tab has
   * left are dropped. A message can be made when its turn comes.
   */
  private queue(message: ContentMessage | (() => ContentMessage | null)): void {
    const gen = this.generation;
    this.pendingMessages++;
    this.sending = this.sending
      .then(() => {
        if (gen !== this.generation) return undefined;
        const made = typeof message === 'function' ? message() : message;
        return made ? this.deps.send(made) : undefined;
      })
      .catch(() => undefined)
      .finally(() => this.pendingMessages--);
  }

  private flush(batch = MAX_FIGURES_PER_MESSAGE): void {
    while (this.outbox.length > 0) {
      const figures = this.outbox.splice(0, batch);
      const url = this.url;
      this.queue(() => this.workerCopy.add(url, figures));
    }
  }

  private queueRemove(ids: readonly string[]): void {
    for (let i = 0; i < ids.length; i += MAX_FIGURES_PER_MESSAGE) {
      const some = ids.slice(i, i + MAX_FIGURES_PER_MESSAGE);
      const url = this.url;
      this.queue(() => this.workerCopy.remove(url, some));
    }
  }

  /** page:start with the page record as it is now, then every figure in page order. */
  private sendEverything(): void {
    this.queue(() => {
      this.workerCopy.reset();
      return { type: 'page:start', page: this.page! };
    });
    this.outbox = this.figures.all().map((p) => p.figure);
    this.flush();
  }

  private wantFullRead(reason: FullRead): void {
    // A changed language or lost changes need the read however the page behaves; order only once it is calm.
    if (reason !== 'order' || this.fullRead === null) this.fullRead = reason;
    this.scheduleUpkeep(Math.max(0, this.fullReadDue() - this.deps.now()));
  }

  private fullReadDue(): number {
    const spaced = this.lastFullRead.at + Math.max(RESYNC_MS, FULL_READ_SPACING * this.lastFullRead.took);
    return this.fullRead === 'order' ? Math.max(spaced, this.orderBrokenAt + RESYNC_MS) : spaced;
  }

  /** One timer at most: the earliest asked for. */
  private scheduleUpkeep(delay = RESYNC_MS): void {
    const at = this.deps.now() + delay;
    if (this.upkeep && this.upkeep.at <= at) return;
    const token = {};
    const gen = this.generation;
    this.upkeep = { token, at };
    this.deps.setTimeout(() => {
      if (this.upkeep?.token !== token) return;
      this.upkeep = null;
      void this.enqueue(() => this.keepUp(gen));
    }, delay);
  }

  /** The full read when it is due; else the page record, which an app may have changed since it was made. */
  private async keepUp(gen: number): Promise<void> {
    if (gen !== this.generation || !this.started) return;
    if (this.fullRead !== null && this.fullReadDue() <= this.deps.now()) return this.readAll(gen);
    const { doc, hidden } = this.deps;
    const text = leadingText(doc.body ?? doc.documentElement, PAGE_TEXT_SAMPLE, { skip: hidden });
    const lang = pageLang(doc.documentElement.getAttribute('lang'), text);
    if (lang !== this.lang) return this.wantFullRead('lang');
    const page = this.pageInfo(lang, text, this.page?.marks);
    if (this.page && !samePage(page, this.page)) {
      // Same URL (a new one is a navigation, read as a new page): the worker keeps the figures.
      this.page = page;
      this.queue({ type: 'page:update', page });
    }
    if (this.fullRead !== null) this.scheduleUpkeep(Math.max(0, this.fullReadDue() - this.deps.now()));
  }
}

function mergeInto(change: QueuedChange, records: readonly MutationRecord[] | null): void {
  if (change.overflow) return;
  if (records === null || change.records.length + records.length > MAX_CHANGE_RECORDS) {
    change.overflow = true;
    // Let go of the removed subtrees the records hold: the whole page is read instead.
    change.records = [];
    return;
  }
  for (const record of records) change.records.push(record);
}

/** What a figure says, apart from where it is and its id. */
function keyOf(f: Figure): string {
  return JSON.stringify([f.kind, f.text, f.sentence, f.sentenceOffset, f.value, f.valueMax, f.currency, f.unit, f.noun, f.scale, f.hedge?.text, f.hedge?.bound, f.lang]);
}

/** Two figures that say the same (same key): whether they are also at the same place. */
function sameRecord(a: Figure, b: Figure): boolean {
  return a.start === b.start && a.end === b.end && a.equivalentOf === b.equivalentOf;
}

function sameBoundaries(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

function samePage(a: PageInfo, b: PageInfo): boolean {
  return a.url === b.url && a.title === b.title && a.lang === b.lang && a.publishedAt === b.publishedAt && a.publishedFrom === b.publishedFrom;
}

/**
 * Figures taken off the page (or about to be read again), by what they say,
 * so the same figure read again takes back its id: first come, first served,
 * the one still at the same text first.
 */
class ReturningFigures {
  private readonly byKey = new Map<string, Placed[]>();

  add(placed: readonly Placed[]): void {
    for (const p of placed) {
      const key = keyOf(p.figure);
      const list = this.byKey.get(key);
      if (list) list.push(p);
      else this.byKey.set(key, [p]);
    }
  }

  take(figure: Figure, range: Range): Placed | undefined {
    // A page's first read has nothing to give back: no key to make for each of its figures.
    if (this.byKey.size === 0) return undefined;
    const list = this.byKey.get(keyOf(figure));
    if (!list?.length) return undefined;
    const here = list.findIndex((p) => p.range.startContainer === range.startContainer && p.range.startOffset === range.startOffset);
    return list.splice(Math.max(0, here), 1)[0];
  }

  /** What was not taken back: it left the page. */
  leftovers(): Placed[] {
    return [...this.byKey.values()].flat();
  }
}
