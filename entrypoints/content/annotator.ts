/**
 * One page's figures: read the text, find the figures, paint them, tell the
 * worker; then keep up with the page as it changes.
 *
 * Offsets and ids. Every figure's `start`/`end` is in one page-wide virtual
 * text space: the first full read of the page occupies [0, length) exactly as
 * the text model (and the scan CLI) sees it, and every subtree read later gets
 * a fresh stretch after everything handed out so far. Ids are `f<start>` in
 * that space, so they never collide across incremental batches, and a figure
 * keeps its id for as long as its text is not changed. An SPA navigation
 * starts the space again (the worker forgets the tab on page:start).
 *
 * The protocol has no "figure removed": when figures leave the page, the tab
 * is sent again in full (page:start + figures:add), at most every few seconds.
 */
import { detectFigures } from '@/lib/detect';
import type { Figure, Lang, PageInfo } from '@/lib/figure';
import { MAX_FIGURE_TEXT, MAX_FIGURES_PER_MESSAGE, MAX_NOUN, MAX_SENTENCE, MAX_TITLE, MAX_URL, type ContentMessage, type TabStatus } from '@/lib/messages';
import { findPublishedDate } from '@/lib/normalize/published';
import { pageLang } from '@/lib/page';
import { scopesOf, textNodesUnder } from '@/dom/mutation-scopes';
import type { Painter } from '@/dom/painter';
import { PaintWindow } from '@/dom/paint-window';
import { collectPublishedCandidates } from '@/dom/published';
import { isOwnUi } from '@/dom/scope';
import { inBoilerplate, nodesFor, rangeFor, TextWalker, type TextModel } from '@/dom/text-model';
import { Slicer } from '@/dom/yield';
import { FigureIndex, type Placed } from './figure-index';

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

/** How long to wait between two full re-sends of a page whose figures keep changing. */
export const RESYNC_MS = 5000;
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

export class Annotator {
  readonly index = new FigureIndex();
  private url: string;

  /** The URL of the page the figures belong to (what page:start announced). */
  get pageUrl(): string {
    return this.url;
  }
  private page: PageInfo | null = null;
  /** The current page has been read once: its changes can be read from now on. */
  private started = false;
  private lang: Lang = 'en';
  private nextOffset = 0;
  private generation = 0;
  private highlights: boolean;
  /** Wrapping moved the nodes the ranges pointed into: turning highlights on means reading the page again. */
  private rangesLost = false;
  private chunk = FIRST_CHUNK;
  private outbox: Figure[] = [];
  private readonly ready: Promise<boolean>;
  private sending: Promise<unknown>;
  private jobs: Promise<void> = Promise.resolve();
  private resyncTimer: unknown = null;
  private lastSync = Number.NEGATIVE_INFINITY;
  private readonly deps: Required<AnnotatorDeps>;
  /** What is painted: the figures within a screenful of the viewport. */
  private readonly window: PaintWindow<Placed>;

  constructor(deps: AnnotatorDeps) {
    this.deps = {
      ...deps,
      ready: deps.ready ?? Promise.resolve(true),
      detect: deps.detect ?? ((text, lang) => detectFigures(text, { lang })),
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

  /** Reads the whole page (again): at start, after an SPA navigation, or to repaint after wrapping. */
  scanPage(url: string = this.deps.doc.location.href): Promise<void> {
    const gen = this.restart(url);
    return this.enqueue(async () => {
      const { doc } = this.deps;
      // A later navigation has already started another read: this one is moot.
      if (gen !== this.generation) return;
      const model = await this.read(doc.body ?? doc.documentElement, gen);
      if (!model) return;
      this.lang = pageLang(doc.documentElement.getAttribute('lang'), model.text);
      this.started = true;
      this.lastSync = this.deps.now();
      // The page's date is looked for once the first figures are painted: it is not needed to paint them.
      this.queue(() => ({ type: 'page:start', page: (this.page ??= this.pageInfo(model.text)) }));
      if (!(await this.place(model, gen))) return;
      if (!(await this.ready) || gen !== this.generation) return;
      this.deps.onScanned(this.index.size);
      this.flush();
    });
  }

  /**
   * A batch of the page's own changes: reads only the new or changed text.
   * A figure that comes back as it was (a framework re-rendering a list, a
   * paragraph moved) keeps its id and is not sent again; only figures that
   * really left make the tab be sent again in full.
   */
  changed(records: readonly MutationRecord[]): Promise<void> {
    const gen = this.generation;
    const { scopes, removed } = scopesOf(records, isOwnNode);
    return this.enqueue(async () => {
      if (gen !== this.generation || !this.started) return;
      const pool = new ReturningFigures();
      for (const subtree of removed) pool.add(this.unplace(textNodesUnder(subtree)));
      const live = scopes.filter((scope) => scope.isConnected);
      for (const scope of live) pool.add(this.unplace(textNodesUnder(scope)));
      if (removed.length > 0) pool.add(this.erase(this.index.sweep()));
      for (const scope of live) {
        const model = await this.read(scope, gen);
        if (!model || !(await this.place(model, gen, pool))) return;
      }
      this.flush();
      if (pool.size > 0) this.scheduleResync();
    });
  }

  setHighlights(on: boolean): void {
    if (on === this.highlights) return;
    this.highlights = on;
    if (!on) {
      const all = this.index.all();
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
    this.window.add(this.index.all());
  }

  get highlightsOn(): boolean {
    return this.highlights;
  }

  status(): TabStatus {
    return { annotated: true, highlightsOn: this.highlights, figureCount: this.index.size };
  }

  /** Sends the page and every figure again (the worker lost them, or figures left the page). */
  resend(): void {
    if (!this.started) return;
    this.lastSync = this.deps.now();
    // The first page:start of this page is ahead in the queue and will have made this.page.
    this.queue(() => ({ type: 'page:start', page: this.page! }));
    this.outbox = this.index.all().map((p) => p.figure);
    this.flush();
  }

  /** Forgets everything and takes every highlight off (the site was turned off, the script replaced). */
  stop(): void {
    this.restart(this.url);
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
    const all = this.index.all();
    this.eraseAll();
    if (all.length > 0) this.deps.onGone(all);
    this.index.clear();
    this.outbox = [];
    this.page = null;
    this.started = false;
    this.nextOffset = 0;
    this.rangesLost = false;
    return gen;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.jobs = this.jobs.then(job).catch((error: unknown) => {
      // Never into the page: a failure costs this batch, not the page.
      console.debug('FigureLens:', error);
    });
    return this.jobs;
  }

  private async read(root: Node, gen: number): Promise<TextModel | null> {
    const { slicer, hidden, onShadowRoot } = this.deps;
    slicer.restart();
    const walker = new TextWalker(root, { skip: hidden, onShadowRoot });
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
  private async place(model: TextModel, gen: number, returning?: ReturningFigures): Promise<boolean> {
    const { text } = model;
    const base = this.nextOffset;
    this.nextOffset += text.length + 1;
    for (let from = 0; from < text.length; ) {
      if (gen !== this.generation) return false;
      const to = chunkEnd(text, from, this.chunk);
      const started = this.deps.now();
      let found: Figure[] = [];
      try {
        found = this.deps.detect(text.slice(from, to), this.lang);
      } catch (error) {
        console.debug('FigureLens: detection failed on a slice', error);
      }
      const took = this.deps.now() - started;
      const fit = Math.round(((to - from) * SLICE_TARGET_MS) / Math.max(took, 0.5));
      this.chunk = Math.max(1000, Math.min(MAX_CHUNK, this.chunk * 2, fit));
      const { run, fresh } = this.placed(model, found, from, base, returning);
      this.index.addRun(run);
      if (this.highlights) this.window.add(run);
      for (const figure of fresh) this.outbox.push(figure);
      if (this.outbox.length >= SEND_BATCH) this.flush(SEND_BATCH);
      from = to;
      if (from < text.length) await this.breathe();
    }
    return gen === this.generation;
  }

  /**
   * Detector figures at `from` in the model → figures in the page space, each
   * with its range; `fresh` are the ones the worker has not seen.
   */
  private placed(model: TextModel, found: readonly Figure[], from: number, base: number, returning?: ReturningFigures): { run: Placed[]; fresh: Figure[] } {
    const ids = new Map<string, string>();
    const run: Placed[] = [];
    const fresh: Figure[] = [];
    for (const detected of found) {
      const start = from + detected.start;
      const end = from + detected.end;
      // A count in a menu or footer is site chrome ("Copyright 2017-2018"); money and percent are still news.
      if (detected.kind === 'count' && inBoilerplate(model, start)) continue;
      const range = rangeFor(model, start, end);
      if (!range) continue;
      const back = returning?.take(detected);
      const figure = back
        ? { ...detected, id: back.id, start: back.start, end: back.end }
        : fitForMessage({ ...detected, id: `f${base + start}`, start: base + start, end: base + end });
      if (!figure) continue;
      if (back) fitForMessage(figure);
      else fresh.push(figure);
      ids.set(detected.id, figure.id);
      run.push({ figure, range, nodes: nodesFor(model, start, end), paint: null });
    }
    for (const { figure } of run) {
      if (figure.equivalentOf === undefined) continue;
      const id = ids.get(figure.equivalentOf);
      if (id) figure.equivalentOf = id;
      else delete figure.equivalentOf;
    }
    return { run, fresh };
  }

  private paint(run: readonly Placed[]): void {
    const { painter } = this.deps;
    const live = run.filter((p) => !p.gone);
    const paints = this.deps.quietly(() => painter.paint(live.map((p) => ({ kind: p.figure.kind, range: p.range }))));
    live.forEach((placed, i) => {
      placed.paint = paints[i]!;
      if (painter.touchesDom) this.index.link(placed, painter.nodesOf(placed.paint));
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
    for (const placed of this.index.all()) placed.paint = null;
  }

  private unplace(nodes: readonly Text[]): readonly Placed[] {
    return this.erase(this.index.removeCovering(nodes));
  }

  private erase(gone: readonly Placed[]): readonly Placed[] {
    if (gone.length === 0) return gone;
    this.window.remove(gone);
    this.deps.onGone(gone);
    return gone;
  }

  // ---- telling the worker ----

  private pageInfo(text: string): PageInfo {
    const { doc } = this.deps;
    const page: PageInfo = { url: this.url, title: (doc.title ?? '').slice(0, MAX_TITLE), lang: this.lang };
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
  private queue(message: ContentMessage | (() => ContentMessage)): void {
    const gen = this.generation;
    this.sending = this.sending
      .then(() => (gen === this.generation ? this.deps.send(typeof message === 'function' ? message() : message) : undefined))
      .catch(() => undefined);
  }

  private flush(batch = MAX_FIGURES_PER_MESSAGE): void {
    while (this.outbox.length > 0) {
      this.queue({ type: 'figures:add', url: this.url, figures: this.outbox.splice(0, batch) });
    }
  }

  private scheduleResync(): void {
    if (this.resyncTimer !== null) return;
    const wait = Math.max(0, this.lastSync + RESYNC_MS - this.deps.now());
    this.resyncTimer = this.deps.setTimeout(() => {
      this.resyncTimer = null;
      this.resend();
    }, wait);
  }
}

/**
 * Figures taken off the page in one batch of changes, by kind and text, so
 * the same figure read again takes back its id (first come, first served).
 */
class ReturningFigures {
  private readonly byText = new Map<string, Figure[]>();
  size = 0;

  add(gone: readonly Placed[]): void {
    for (const { figure } of gone) {
      const key = `${figure.kind}\u0000${figure.text}`;
      const list = this.byText.get(key);
      if (list) list.push(figure);
      else this.byText.set(key, [figure]);
      this.size++;
    }
  }

  take(figure: Figure): Figure | undefined {
    const back = this.byText.get(`${figure.kind}\u0000${figure.text}`)?.shift();
    if (back) this.size--;
    return back;
  }
}

/**
 * Where a detection slice of about `size` characters ends: at a block break
 * (a figure never spans one), else a sentence end, else a space.
 */
export function chunkEnd(text: string, from: number, size: number): number {
  const target = from + size;
  if (target >= text.length) return text.length;
  const low = from + (size >> 1);
  for (const mark of ['\n', '。', '. ', ' ']) {
    const at = text.lastIndexOf(mark, target);
    if (at >= low) return at + mark.length;
  }
  return target;
}

/**
 * The worker rejects a whole batch over one oversized field, so a figure is
 * made to fit here: the sentence is cut to a window around the figure, a long
 * noun is shortened, and a figure whose own text is too long is dropped.
 */
export function fitForMessage(figure: Figure): Figure | null {
  if (figure.text.length > MAX_FIGURE_TEXT) return null;
  if (figure.noun !== undefined && figure.noun.length > MAX_NOUN) figure.noun = figure.noun.slice(0, MAX_NOUN);
  if (figure.sentence.length > MAX_SENTENCE) {
    const room = MAX_SENTENCE - figure.text.length;
    const from = Math.max(0, Math.min(figure.sentenceOffset - (room >> 1), figure.sentence.length - MAX_SENTENCE));
    figure.sentence = figure.sentence.slice(from, from + MAX_SENTENCE);
    figure.sentenceOffset -= from;
  }
  return figure;
}
