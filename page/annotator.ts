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
import type { PageEngine } from '@/lib/page-engine/protocol';
import { MAX_URL, type ContentMessage, type TabStatus } from '@/lib/messages';
import { pageLang } from '@/lib/page';
import { scopesOf, textNodesUnder } from './mutation-scopes';
import type { Painter } from './painter';
import { isOwnUi } from './scope';
import { leadingText } from './text-model';
import { Slicer } from './yield';
import { FigureIndex, type Placed } from './figure-index';
import { Outbox } from './outbox';
import { PagePaint } from './page-paint';
import { PageReader } from './page-reader';
import { mergeInto, PageRead, type QueuedChange } from './page-read';
import type { RegionList } from './page-space';
import { PAGE_TEXT_SAMPLE, PageDates, pageRecord, samePage } from './page-record';
import type { Placing } from './placing';
import { RereadPolicy } from './reread-policy';
import { ReturningFigures } from './returning-figures';
import { ReadMarks } from './read-marks';

export { RESYNC_MS } from './reread-policy';
export { MAX_CHANGE_RECORDS } from './page-read';

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
  /** Detection, the page's date, time marks and tables: lib/page-engine, in the worker. */
  engine: PageEngine;
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

const isOwnNode = (node: Node) => node.nodeType === 1 && isOwnUi(node as Element);

export class Annotator {
  /** The page the tab is on now. */
  private current: PageRead;
  private generation = 0;
  private highlights: boolean;
  private readonly outbox: Outbox;
  private readonly ready: Promise<boolean>;
  private jobs: Promise<void> = Promise.resolve();
  /** Jobs queued or running: with the outbox, what `settled` waits for. */
  private pendingJobs = 0;
  private readonly deps: Required<AnnotatorDeps>;
  private readonly paints: PagePaint;
  private readonly reader: PageReader;
  private readonly dates: PageDates;

  constructor(deps: AnnotatorDeps) {
    this.deps = {
      ...deps,
      ready: deps.ready ?? Promise.resolve(true),
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
    this.outbox = new Outbox(deps.send, this.ready, () => this.generation);
    this.current = this.pageRead(deps.doc.location?.href ?? '');
    const { painter, quietly, onGone } = this.deps;
    this.paints = new PagePaint({ painter, quietly, onGone, win: deps.doc.defaultView as Window & typeof globalThis, indexes: () => this.current });
    const { slicer, hidden, onShadowRoot, engine, now } = this.deps;
    // The host says which dollar a bare "$" is (an Australian site's is the Australian dollar).
    const host = () => deps.doc.location?.hostname || undefined;
    const show = (created: readonly Placed[]) => {
      if (this.highlights) this.paints.show(created.filter((p) => p.paintable));
    };
    this.dates = new PageDates(engine);
    this.reader = new PageReader({ slicer, hidden, onShadowRoot, engine, host, now, ready: this.ready, generation: () => this.generation, outbox: this.outbox, show });
  }

  /** The figures placed on this page. */
  get index(): FigureIndex {
    return this.current.figures;
  }

  /** The URL of the page the figures belong to (what page:start announced). */
  get pageUrl(): string {
    return this.current.url;
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
    const page = this.current;
    const queued = page.queuedChange;
    if (queued && queued.gen === gen) {
      mergeInto(queued, records);
      return queued.job;
    }
    const change: QueuedChange = { gen, records: [], overflow: false, job: Promise.resolve() };
    mergeInto(change, records);
    page.queuedChange = change;
    change.job = this.enqueue(async () => {
      if (page.queuedChange === change) page.queuedChange = null;
      if (gen !== this.generation || !this.current.started) return;
      if (change.overflow) page.policy.want('overflow');
      else await this.applyChanges(change.records, gen);
    });
    return change.job;
  }

  setHighlights(on: boolean): void {
    if (on === this.highlights) return;
    this.highlights = on;
    const page = this.current;
    if (!on) {
      const all = page.figures.all();
      this.eraseAll();
      this.deps.onGone(all);
      if (this.deps.painter.touchesDom) page.rangesLost = true;
      return;
    }
    if (page.rangesLost) {
      page.rangesLost = false;
      void this.scanPage(page.url);
      return;
    }
    // A full read under way has made figures of its own; they are the page's as much as the old ones.
    for (const index of [page.figures, page.incoming]) if (index) this.paints.show(index.all().filter((p) => p.paintable));
  }

  get highlightsOn(): boolean {
    return this.highlights;
  }

  status(): TabStatus {
    return {
      annotated: true,
      highlightsOn: this.highlights,
      figureCount: this.current.figures.size,
      settled: this.pendingJobs === 0 && this.outbox.settled,
    };
  }

  /** Sends the page and every figure again (the worker lost them). */
  resend(): void {
    const gen = this.generation;
    void this.enqueue(async () => {
      if (gen === this.generation && this.current.started) this.sendEverything();
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
    const url = this.current.url;
    this.restart(url);
    if (withdraw) this.outbox.queue({ type: 'page:end', url });
  }

  /** Waits for the work queued so far and the messages it sent. */
  async idle(): Promise<void> {
    await this.jobs;
    await this.outbox.idle();
  }

  // ---- reading and placing ----

  private pageRead(url: string): PageRead {
    const gen = this.generation;
    const policy = new RereadPolicy({ now: this.deps.now, setTimeout: this.deps.setTimeout, upkeep: () => void this.enqueue(() => this.keepUp(gen)) });
    return new PageRead(gen, url, policy);
  }

  private restart(url: string): number {
    const gen = ++this.generation;
    const all = this.current.figures.all();
    this.eraseAll();
    if (all.length > 0) this.deps.onGone(all);
    this.current.policy.stop();
    this.current = this.pageRead(url.slice(0, MAX_URL));
    this.outbox.drop();
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
        if (gen === this.generation && this.current.started) this.current.policy.want('failed');
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
    const page = this.current;
    const began = now();
    page.policy.readBegins(began);
    // What a failed job left unsent is sent with everything else, after the page:start.
    this.outbox.drop();
    const old = page.figures;
    const again = old.size > 0;
    // Wrapping split the text nodes the ranges point into: unwrap first and read the page as it is.
    if (again && painter.touchesDom) this.eraseAll();
    const root = doc.body ?? doc.documentElement;
    const regions: RegionList = [];
    const model = await this.reader.read(root, gen, regions);
    if (!model) return;
    page.lang = pageLang(doc.documentElement.getAttribute('lang'), model.text);
    page.started = true;
    const pool = new ReturningFigures();
    if (again) pool.add(old.all());
    const marks = new ReadMarks();
    const at: Placing = {
      ...page.space.whole(root, model.text.length, regions),
      into: again ? new FigureIndex() : old,
      pool,
      sendAll: true,
      reuse: again && !painter.touchesDom,
      outOfOrder: false,
      ids: new Map(),
      marks,
    };
    if (again) page.incoming = at.into;
    const published = await this.dates.dateOf(doc, model.text);
    if (gen !== this.generation) return;
    // The record is made when the first figures go: its marks go with it when the read is done by then
    // (an article read in one slice), else in a page:update after.
    const announce = () => this.outbox.start(() => (page.record = pageRecord(doc, page.url, page.lang, published, marks.done ? marks.marks : undefined)));
    if (!(await this.reader.place(model, gen, at, page, announce))) return;
    this.outbox.queue(() => {
      if (!page.record || page.record.marks || marks.marks.length === 0) return null;
      return { type: 'page:update', page: (page.record = { ...page.record, marks: marks.marks }) };
    });
    if (again) {
      page.figures = at.into;
      page.incoming = null;
      // What was not kept as it was, whether read again elsewhere or not at all, is no longer on the page.
      const gone = old.all().filter((p) => at.into.get(p.figure.id) !== p);
      for (const placed of gone) placed.gone = true;
      this.erase(gone);
    }
    page.policy.readDone(began);
    if (!(await this.ready) || gen !== this.generation) return;
    this.deps.onScanned(page.figures.size);
    this.outbox.flush(page.url);
    // The title and date an app sets after rendering, looked at once things settle.
    page.policy.schedule();
  }

  /**
   * Reads only the new or changed text. What a change took away comes back
   * under its old id when it is read again; what does not come back leaves
   * the worker too.
   */
  private async applyChanges(records: readonly MutationRecord[], gen: number): Promise<void> {
    const page = this.current;
    const { scopes, removed } = scopesOf(records, isOwnNode);
    const pool = new ReturningFigures();
    for (const subtree of removed) {
      page.space.forgetUnder(subtree);
      pool.add(this.unplace(textNodesUnder(subtree)));
    }
    const live = scopes.filter((scope) => scope.isConnected);
    for (const scope of live) pool.add(this.unplace(textNodesUnder(scope)));
    if (removed.length > 0) pool.add(this.erase(page.figures.sweep()));
    let outOfOrder = false;
    for (const scope of live) {
      const regions: RegionList = [];
      const model = await this.reader.read(scope, gen, regions);
      if (!model) return;
      const at: Placing = { ...page.space.part(scope, model.text.length, regions), into: page.figures, pool, sendAll: false, reuse: false, outOfOrder: false, ids: new Map() };
      if (!(await this.reader.place(model, gen, at, page))) return;
      outOfOrder ||= at.outOfOrder;
    }
    this.outbox.remove(page.url, pool.leftovers().map((p) => p.figure.id));
    this.outbox.flush(page.url);
    // The worker sorts by offset: only offsets that disagree with the page (a stretch after everything) need a full read.
    if (outOfOrder) page.policy.orderBroken();
    else if (live.length > 0) page.policy.schedule();
  }

  private unplace(nodes: readonly Text[]): readonly Placed[] {
    return this.erase(this.current.figures.removeCovering(nodes));
  }

  private eraseAll(): void {
    this.paints.eraseAll();
  }

  private erase(gone: readonly Placed[]): readonly Placed[] {
    return this.paints.erase(gone);
  }

  // ---- keeping the worker's copy right ----

  /** page:start with the page record as it is now, then every figure in page order. */
  private sendEverything(): void {
    const page = this.current;
    this.outbox.start(() => page.record!);
    this.outbox.drop();
    for (const placed of page.figures.all()) this.outbox.add(placed.figure);
    this.outbox.flush(page.url);
  }

  /** The full read when it is due; else the page record, which an app may have changed since it was made. */
  private async keepUp(gen: number): Promise<void> {
    const page = this.current;
    if (gen !== this.generation || !page.started) return;
    if (page.policy.due) return this.readAll(gen);
    const { doc, hidden } = this.deps;
    const text = leadingText(doc.body ?? doc.documentElement, PAGE_TEXT_SAMPLE, { skip: hidden });
    const lang = pageLang(doc.documentElement.getAttribute('lang'), text);
    if (lang !== page.lang) return page.policy.want('lang');
    const published = await this.dates.dateOf(doc, text);
    if (gen !== this.generation) return;
    const record = pageRecord(doc, page.url, lang, published, page.record?.marks);
    if (page.record && !samePage(record, page.record)) {
      // Same URL (a new one is a navigation, read as a new page): the worker keeps the figures.
      page.record = record;
      this.outbox.queue({ type: 'page:update', page: record });
    }
    if (page.policy.wanted) page.policy.scheduleForRead();
  }
}
