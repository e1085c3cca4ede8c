// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectFigures } from '@/lib/detect/index';
import { localEngine } from '@/lib/page-engine/reads';
import type { Figure, FigureKind, Lang } from '@/lib/figure';
import type { ContentMessage } from '@/lib/messages';
import { blockOf } from './mutation-scopes';
import { compareStarts } from './order';
import { createPainter, type Paint, type Painter, type Painting } from './painter';
import { buildTextModel } from './text-model';
import { Slicer } from './yield';
import { readTimeMarks } from '@/lib/normalize/marks';
import { mergeInPageOrder } from '@/lib/page-order';
import { Annotator, RESYNC_MS } from './annotator';
import { ReportingObserver } from './intersection.test-helper';

/**
 * A detector that knows three shapes, so these tests prove the annotator and
 * not lib/detect: "N percent", "N trillion yuan" (money, with an optional
 * "(US$ N trillion)" equivalent) and "N firms" (a count).
 */
function detect(text: string, lang: Lang): Figure[] {
  const out: Figure[] = [];
  const add = (m: RegExpMatchArray, kind: FigureKind, extra: Partial<Figure> = {}) =>
    out.push({ id: `f${m.index}`, text: m[0], start: m.index!, end: m.index! + m[0].length, kind, value: Number(m[1]), sentence: m[0], sentenceOffset: 0, lang, ...extra });
  for (const m of text.matchAll(/(\d+(?:\.\d+)?) percent/g)) add(m, 'percent', { unit: '%' });
  for (const m of text.matchAll(/(\d+(?:\.\d+)?) trillion yuan/g)) add(m, 'money', { currency: 'CNY' });
  for (const m of text.matchAll(/US\$ (\d+(?:\.\d+)?) trillion/g)) add(m, 'money', { currency: 'USD', equivalentOf: out.find((f) => f.kind === 'money' && f.currency === 'CNY')?.id });
  for (const m of text.matchAll(/(\d[\d,]*) firms/g)) add(m, 'count', { noun: 'firms' });
  return out.sort((a, b) => a.start - b.start);
}

/** Records what was painted, without touching the DOM. */
class RecordingPainter implements Painter {
  readonly touchesDom = false;
  painted = new Set<Range>();
  focused: Paint | null = null;
  paint(figures: readonly Painting[]): Paint[] {
    return figures.map(({ range }) => (this.painted.add(range), range));
  }
  erase(paint: Paint): void {
    this.painted.delete(paint as Range);
  }
  eraseAll(): void {
    this.painted.clear();
  }
  focus(paint: Paint | null): void {
    this.focused = paint;
  }
  nodesOf(): Text[] {
    return [];
  }
  /** What is painted, in page order. */
  texts(): string[] {
    return [...this.painted].sort(compareStarts).map((r) => r.toString());
  }
}

/** The page's markup, as a page would set it (the test's own constant strings). */
function setHtml(element: Element, html: string): void {
  element.replaceChildren(document.createRange().createContextualFragment(html));
}

interface Setup {
  annotator: Annotator;
  painter: RecordingPainter;
  sent: ContentMessage[];
  /** Page changes seen and not yet handed to the annotator. */
  records: MutationRecord[];
  settle: () => Promise<void>;
}

const observers: MutationObserver[] = [];

interface SetupOptions {
  slicer?: Slicer;
  painter?: Painter;
  highlights?: boolean;
  detect?: typeof detect;
  hidden?: (element: Element) => boolean;
  now?: () => number;
  /** How a message reaches the worker, once recorded (at once by default). */
  deliver?: () => Promise<unknown>;
}

function setup(html: string, options: SetupOptions = {}): Setup {
  setHtml(document.body, html);
  const sent: ContentMessage[] = [];
  const painter = new RecordingPainter();
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observers.push(observer);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  const annotator = new Annotator({
    doc: document,
    painter: options.painter ?? painter,
    highlights: options.highlights ?? true,
    engine: localEngine(options.detect ?? detect),
    send: async (m) => {
      sent.push(structuredClone(m));
      await options.deliver?.();
    },
    slicer: options.slicer,
    hidden: options.hidden,
    now: options.now,
    quietly: (change) => {
      records.push(...observer.takeRecords());
      try {
        return change();
      } finally {
        observer.takeRecords();
      }
    },
  });
  /** Lets the page's changes arrive and the annotator finish with them. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    if (records.length) await annotator.changed(records.splice(0));
    await annotator.idle();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { annotator, painter, sent, records, settle };
}

async function scan(annotator: Annotator, url?: string): Promise<void> {
  await annotator.scanPage(url);
  await annotator.idle();
}

const figuresSent = (sent: ContentMessage[]) => sent.flatMap((m) => (m.type === 'figures:add' ? m.figures : []));
const idsSent = (sent: ContentMessage[]) => figuresSent(sent).map((f) => f.id);

/**
 * What the worker holds after these messages, by its rules: page:start
 * forgets, page:end forgets its page, figures:add merges into page order
 * (the worker's own merge), figures:remove takes out; a message about a page
 * the tab is no longer on changes nothing.
 */
function workerView(sent: readonly ContentMessage[]): Figure[] {
  let url: string | null = null;
  let figures: Figure[] = [];
  for (const m of sent) {
    if (m.type === 'page:start') [url, figures] = [m.page.url, []];
    else if (m.type === 'page:end' && m.url === url) [url, figures] = [null, []];
    else if (m.type === 'figures:add' && m.url === url) figures = mergeInPageOrder(figures, m.figures);
    else if (m.type === 'figures:remove' && m.url === url) figures = figures.filter((f) => !m.ids.includes(f.id));
  }
  return figures;
}

/**
 * The worker holds exactly the page's figures, each id once, every record
 * agreeing with itself (its text where its sentence says), and the figures
 * of one sentence (by start − sentenceOffset, as normalization groups them)
 * all in that same sentence.
 */
function expectConsistent(sent: readonly ContentMessage[], annotator: Annotator): void {
  const held = workerView(sent);
  const ids = held.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...held].sort(byId)).toEqual(annotator.index.all().map((p) => p.figure).sort(byId));
  const sentences = new Map<number, string>();
  for (const f of held) {
    expect(f.end - f.start).toBe(f.text.length);
    expect(f.sentence.slice(f.sentenceOffset, f.sentenceOffset + f.text.length)).toBe(f.text);
    const key = f.start - f.sentenceOffset;
    expect(sentences.get(key) ?? f.sentence, `sentence at ${key}`).toBe(f.sentence);
    sentences.set(key, f.sentence);
  }
  // And the other way round: one sentence of the page, one start for all its figures.
  const starts = new Map<Node, Map<string, Set<number>>>();
  for (const { figure: f, range } of annotator.index.all()) {
    const block = blockOf(range.startContainer);
    const inBlock = starts.get(block) ?? new Map<string, Set<number>>();
    starts.set(block, inBlock.set(f.sentence, (inBlock.get(f.sentence) ?? new Set()).add(f.start - f.sentenceOffset)));
  }
  for (const inBlock of starts.values()) for (const [sentence, set] of inBlock) expect(set.size, sentence).toBe(1);
}

const byId = (a: Figure, b: Figure) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const ARTICLE =
  '<nav>Menu: 24 firms, 5 percent off</nav><article><p>GDP passed 14 trillion yuan (US$ <b>1.9</b> trillion), up <b>5</b> percent.</p>' +
  '<p>Home to 77,000 firms.</p></article><footer>Copyright: 2018 firms</footer>';

// The paint window learns where blocks are from the observer's reports, which happy-dom never sends.
const stubObserver = window.IntersectionObserver;
beforeEach(() => {
  history.replaceState(null, '', '/article');
  window.IntersectionObserver = ReportingObserver as unknown as typeof IntersectionObserver;
});
afterEach(() => {
  window.IntersectionObserver = stubObserver;
  vi.useRealTimers();
  for (const observer of observers.splice(0)) observer.disconnect();
});

describe('reading the page', () => {
  it('sends page:start, then the figures with ids and offsets in the text model’s own space', async () => {
    const { annotator, sent, painter, settle } = setup(ARTICLE);
    await scan(annotator);
    await settle();
    expect(sent[0]).toMatchObject({ type: 'page:start', page: { url: location.href, lang: 'en' } });
    const model = buildTextModel(document.body);
    for (const f of figuresSent(sent)) {
      expect(model.text.slice(f.start, f.end)).toBe(f.text);
      expect(f.id).toBe(`f${f.start}`);
    }
    expect(painter.texts()).toEqual(['5 percent', '14 trillion yuan', 'US$ 1.9 trillion', '5 percent', '77,000 firms']);
  });

  it('leaves counts in menus and footers out, keeps their money and percent', async () => {
    const { annotator, sent } = setup(ARTICLE);
    await scan(annotator);
    expect(figuresSent(sent).map((f) => f.text)).toEqual(['5 percent', '14 trillion yuan', 'US$ 1.9 trillion', '5 percent', '77,000 firms']);
  });

  it('keeps an equivalent pointing at its figure under the page id', async () => {
    const { annotator, sent } = setup(ARTICLE);
    await scan(annotator);
    const [yuan, usd] = figuresSent(sent).filter((f) => f.kind === 'money');
    expect(usd!.equivalentOf).toBe(yuan!.id);
  });

  it('reading in tiny slices finds exactly what reading at once finds', async () => {
    const html = Array.from({ length: 200 }, (_, i) => `<p>Item ${i}: ${i} trillion yuan, up <i>${i}.5</i> percent.</p>`).join('');
    const whole = setup(html);
    await scan(whole.annotator);
    let ticks = 0;
    const sliced = setup(html, { slicer: new Slicer(0, () => ticks++) });
    await scan(sliced.annotator);
    expect(figuresSent(sliced.sent)).toEqual(figuresSent(whole.sent));
    expect(figuresSent(whole.sent)).toHaveLength(400);
    expect(whole.sent.filter((m) => m.type === 'figures:add').every((m) => m.type === 'figures:add' && m.figures.length <= 1000)).toBe(true);
  });

  it('a long paragraph read in small slices: every figure has the sentence and offsets that detection of the whole text (the scan CLI) gives', async () => {
    const sentences = [
      'The U.S. economy grew 2.5 percent in 2024, while exports to the U.S. rose 3 percent.',
      'Mr. Wang said revenue reached 14 trillion yuan (US$ 1.9 trillion), up 5.2 percent from a year earlier.',
      'Retail sales gained 4.1 percent; factory output climbed 6.4 percent, and 77,000 high-tech firms filed returns.',
      `${Array.from({ length: 14 }, (_, k) => `in district ${k} spending rose ${k + 1}.5 percent to ${k + 2} billion yuan`).join(', ')}.`,
    ];
    const paragraph = Array.from({ length: 40 }, (_, i) => sentences[i % sentences.length]).join(' ');
    let clock = 0;
    // A detector that seems slow (50 ms a slice): slices shrink to the smallest size there is.
    const { annotator, sent } = setup(`<p>${paragraph}</p>`, { detect: (text, lang) => detectFigures(text, { lang }), now: () => (clock += 50) });
    await scan(annotator);
    expect(sent[0]).toMatchObject({ page: { lang: 'en' } });
    const whole = detectFigures(buildTextModel(document.body).text, { lang: 'en' });
    expect(whole.length).toBeGreaterThan(100);
    expect(figuresSent(sent)).toEqual(whole);
  });

  it('the page record carries the time marks of the whole text: with page:start when read in one go, in a page:update after a sliced read', async () => {
    const page = (n: number) => '<h2>Review of the Work in 2019</h2><p>GDP passed 14 trillion yuan.</p>' + '<p>In 2020, output rose 5 percent.</p>'.repeat(n);
    const whole = setup(page(60));
    await scan(whole.annotator);
    const inOneGo = readTimeMarks(buildTextModel(document.body).text, 'en');
    expect(inOneGo.length).toBeGreaterThan(60);
    expect(whole.sent[0]).toMatchObject({ type: 'page:start', page: { marks: inOneGo } });
    expect(whole.sent.some((m) => m.type === 'page:update')).toBe(false);
    let ticks = 0;
    // Longer than a detection slice: page:start goes while the page is still being read.
    const sliced = setup(page(600), { slicer: new Slicer(0, () => ticks++) });
    await scan(sliced.annotator);
    const expected = readTimeMarks(buildTextModel(document.body).text, 'en');
    expect(sliced.sent[0]!.type === 'page:start' && sliced.sent[0]!.page.marks).toBeUndefined();
    expect(sliced.sent.find((m) => m.type === 'page:update')).toMatchObject({ page: { marks: expected } });
    expect(sliced.sent.filter((m) => m.type === 'page:update')).toHaveLength(1);
  });

  it('a bare "$" is the dollar of the page’s host', async () => {
    setHtml(document.body, '<p>Sales reached $5 million last year.</p>');
    const sent: ContentMessage[] = [];
    // The annotator's own detector (the real one, told the host), not the test detector of setup().
    const annotator = new Annotator({ doc: document, painter: new RecordingPainter(), highlights: false, engine: localEngine(), send: async (m) => void sent.push(structuredClone(m)) });
    const happy = (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;
    const before = location.href;
    happy.setURL('https://www.smh.com.au/business/article');
    try {
      await scan(annotator);
      expect(figuresSent(sent)[0]).toMatchObject({ kind: 'money', value: 5_000_000, currency: 'AUD' });
    } finally {
      happy.setURL(before);
    }
    expect(detectFigures('Sales reached $5 million last year.', { lang: 'en' })[0]!.currency).not.toBe('AUD');
  });

  it('answers tab:status', async () => {
    const { annotator } = setup(ARTICLE);
    await scan(annotator);
    expect(annotator.status()).toEqual({ annotated: true, highlightsOn: true, figureCount: 5, settled: true });
  });
});

describe('tab:status says settled only when nothing is left to do', () => {
  it('not while messages are on their way to the worker, nor while a change waits or is read', async () => {
    const held: Array<() => void> = [];
    let hold = true;
    const { annotator, records } = setup(ARTICLE, { deliver: () => (hold ? new Promise<void>((resolve) => held.push(resolve)) : Promise.resolve()) });
    const settled = () => annotator.status().settled;
    await annotator.scanPage();
    // Read and placed, but page:start is still on its way.
    expect(settled()).toBe(false);
    hold = false;
    for (const deliver of held.splice(0)) deliver();
    await annotator.idle();
    expect(settled()).toBe(true);
    document.querySelector('article p')!.append(' Then 7 percent.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const change = annotator.changed(records.splice(0));
    expect(settled()).toBe(false);
    await change;
    await annotator.idle();
    expect(settled()).toBe(true);
    expect(annotator.status().figureCount).toBe(6);
  });
});

describe('before the reader’s settings are read', () => {
  function gated(html: string) {
    setHtml(document.body, html);
    let go!: (on: boolean) => void;
    const ready = new Promise<boolean>((resolve) => (go = resolve));
    const sent: ContentMessage[] = [];
    const painter = new RecordingPainter();
    const annotator = new Annotator({ doc: document, painter, highlights: false, ready, engine: localEngine(detect), send: async (m) => void sent.push(m) });
    return { annotator, painter, sent, go };
  }

  it('reads ahead but paints and sends nothing; then goes on when the settings say so', async () => {
    const { annotator, painter, sent, go } = gated(ARTICLE);
    const scanned = annotator.scanPage();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(annotator.index.size).toBe(5);
    expect(painter.painted.size).toBe(0);
    expect(sent).toEqual([]);
    annotator.setHighlights(true);
    go(true);
    await scanned;
    await annotator.idle();
    expect(painter.texts()).toHaveLength(5);
    expect(sent.map((m) => m.type)).toEqual(['page:start', 'figures:add']);
  });

  it('on a site the reader turned off: stopped, nothing painted or sent, ever', async () => {
    const { annotator, painter, sent, go } = gated(ARTICLE);
    const scanned = annotator.scanPage();
    annotator.stop();
    go(false);
    await scanned;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([annotator.index.size, painter.painted.size, sent.length]).toEqual([0, 0, 0]);
  });
});

describe('pages that change', () => {
  it('a paragraph filled in after load: only its figures, under new ids, the old ones untouched', async () => {
    const { annotator, sent, painter, settle } = setup(`${ARTICLE}<p id="late"></p>`);
    await scan(annotator);
    const before = idsSent(sent);
    setHtml(document.getElementById('late')!, 'Later: 3 trillion yuan and <b>2.5</b> percent.');
    await settle();
    const after = idsSent(sent);
    expect(after.slice(0, before.length)).toEqual(before);
    const added = figuresSent(sent).slice(before.length);
    expect(added.map((f) => f.text)).toEqual(['3 trillion yuan', '2.5 percent']);
    const pageLength = buildTextModel(document.body).text.length;
    expect(added.every((f) => f.start > pageLength - 40)).toBe(true);
    expect(new Set(after).size).toBe(after.length);
    expect(painter.texts()).toContain('2.5 percent');
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(1);
  });

  it('infinite scroll: each appended article is read alone, ids keep growing', async () => {
    const { annotator, sent, settle } = setup('<main id="feed"><article><p>1 percent</p></article></main>');
    await scan(annotator);
    for (let i = 2; i <= 4; i++) {
      const article = document.createElement('article');
      setHtml(article, `<p>${i} percent and ${i} trillion yuan</p>`);
      document.getElementById('feed')!.appendChild(article);
      await settle();
    }
    const figures = figuresSent(sent);
    expect(figures.map((f) => f.text)).toEqual(['1 percent', '2 percent', '2 trillion yuan', '3 percent', '3 trillion yuan', '4 percent', '4 trillion yuan']);
    const starts = figures.map((f) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(annotator.index.all().map((p) => p.figure.text)).toEqual(figures.map((f) => f.text));
  });

  it('a figure that changes is replaced in its place: the old one leaves the worker, the new one sorts where it stands, nothing is read or sent again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, painter, settle } = setup('<p>GDP up <b id="n">5</b> percent.</p><p>Home to 77,000 firms.</p>');
    const scanned = annotator.scanPage();
    await vi.runAllTimersAsync();
    await scanned;
    const [five, firms] = workerView(sent);
    const count = sent.length;
    document.getElementById('n')!.textContent = '6';
    const done = settle();
    // Not as far as the page's next full read (RESYNC_MS): this is the change alone.
    await vi.advanceTimersByTimeAsync(100);
    await done;
    expect(painter.texts()).toEqual(['6 percent', '77,000 firms']);
    expect(sent.slice(count).map((m) => m.type)).toEqual(['figures:remove', 'figures:add']);
    expect(sent[count]).toMatchObject({ ids: [five!.id] });
    // Where the old figure was: the paragraph's own stretch of the page.
    const [six] = figuresSent(sent.slice(count));
    expect(six).toMatchObject({ text: '6 percent', start: five!.start });
    expect(six!.id).not.toBe(five!.id);
    // The worker sorts by offset: the new figure is in its place at once.
    expect(workerView(sent)).toEqual([six, firms]);
    expectConsistent(sent, annotator);
    // And stays so: no full read and no page:start for a change that kept page order.
    const changed = sent.length;
    vi.advanceTimersByTime(RESYNC_MS * 3);
    await vi.runAllTimersAsync();
    expect(sent.slice(changed)).toEqual([]);
    expect(workerView(sent)).toEqual([six, firms]);
  });

  it('a market widget mid-page that ticks every 10 s costs its own figures each time, never the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, settle } = setup('<p>GDP 14 trillion yuan.</p><p id="w">Index <b id="t">1.5</b> percent</p><p>Home to 77,000 firms.</p>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const count = sent.length;
    for (const value of ['1.6', '1.4', '1.7', '1.5']) {
      document.getElementById('t')!.textContent = value;
      const done = settle();
      await vi.advanceTimersByTimeAsync(10_000);
      await done;
      expect(workerView(sent).map((f) => f.text)).toEqual(['14 trillion yuan', `${value} percent`, '77,000 firms']);
    }
    expect(sent.slice(count).map((m) => m.type)).toEqual(Array(4).fill(['figures:remove', 'figures:add']).flat());
    expectConsistent(sent, annotator);
  });

  it('a framework re-rendering the same text (new nodes, same figures) keeps the ids and sends nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, painter, settle } = setup('<ul id="list"><li>Exports 5 percent</li><li>Imports 6 percent</li></ul><p>Then 7 percent.</p>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const count = sent.length;
    const ids = annotator.index.all().map((p) => p.figure.id);
    setHtml(document.getElementById('list')!, '<li>Exports 5 percent</li><li>Imports 6 percent</li>');
    const done = settle();
    await vi.runAllTimersAsync();
    await done;
    vi.advanceTimersByTime(RESYNC_MS * 2);
    await vi.runAllTimersAsync();
    expect(sent.length).toBe(count);
    expect(annotator.index.all().map((p) => p.figure.id)).toEqual(ids);
    expect(painter.texts()).toEqual(['5 percent', '6 percent', '7 percent']);
  });

  it('a list re-rendered in a new order keeps its ids and tells the worker the new places, in page order', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, painter, settle } = setup('<ul id="list"><li>Exports 5 percent</li><li>Imports 6 percent</li></ul>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const [five, six] = workerView(sent);
    setHtml(document.getElementById('list')!, '<li>Imports 6 percent</li><li>Exports 5 percent</li>');
    const done = settle();
    await vi.runAllTimersAsync();
    await done;
    vi.advanceTimersByTime(RESYNC_MS * 2);
    await vi.runAllTimersAsync();
    expect(annotator.index.all().map((p) => p.figure.id)).toEqual([six!.id, five!.id]);
    expect(painter.texts()).toEqual(['6 percent', '5 percent']);
    expect(workerView(sent).map((f) => [f.id, f.text])).toEqual([[six!.id, '6 percent'], [five!.id, '5 percent']]);
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(1);
    expectConsistent(sent, annotator);
  });

  it('text the page removes takes its figures with it', async () => {
    const { annotator, painter, settle } = setup('<p id="a">5 percent</p><p id="b">6 percent</p>');
    await scan(annotator);
    document.getElementById('a')!.remove();
    await settle();
    expect(painter.texts()).toEqual(['6 percent']);
    expect(annotator.index.size).toBe(1);
  });

  it('a page that changes all the time keeps a steady number of figures', async () => {
    const { annotator, settle } = setup('<p>Clock <span id="t">0</span></p><p id="ticker">Index up 1 percent</p><p>GDP 14 trillion yuan</p>');
    await scan(annotator);
    const sizes: number[] = [];
    for (let i = 0; i < 60; i++) {
      document.getElementById('t')!.textContent = String(i);
      document.getElementById('ticker')!.textContent = `Index up ${i % 7} percent`;
      await settle();
      sizes.push(annotator.index.size);
    }
    expect(new Set(sizes)).toEqual(new Set([2]));
  });

  it('our own DOM changes are not read as the page’s (wrapping painter)', async () => {
    const { annotator, records } = setup('<p>up <b>6.4</b> percent</p>', { painter: createPainter(window as Window & typeof globalThis) });
    await scan(annotator);
    expect(document.querySelectorAll('figurelens-mark')).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(records).toEqual([]);
  });
});

describe('what the worker holds stays true to the page', () => {
  /** Lets changes through with fake timers, stopping short of the page's next full read. */
  async function changeSettled(settle: () => Promise<void>): Promise<void> {
    const done = settle();
    await vi.advanceTimersByTimeAsync(100);
    await done;
  }

  it('a sentence read again keeps start, end, sentence and offset of every figure in agreement, whether it fits its place or not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    // The real detector: sentences are what this is about.
    const { annotator, sent, settle } = setup(
      '<p id="a">GDP reached 14 trillion yuan (US$ 1.9 trillion), up <b id="n">5</b> percent, with 77,000 high-tech firms. Exports grew 3 percent.</p><p>Later 3 percent.</p>',
      { detect: (text, lang) => detectFigures(text, { lang }) },
    );
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    // Same length: read back into the paragraph's place.
    document.getElementById('n')!.textContent = '6';
    await changeSettled(settle);
    expectConsistent(sent, annotator);
    // Longer: it no longer fits, and goes after everything.
    document.getElementById('n')!.textContent = '16.25';
    await changeSettled(settle);
    expectConsistent(sent, annotator);
    const held = workerView(sent);
    const sentence = held.filter((f) => f.sentence.startsWith('GDP'));
    expect(sentence.map((f) => f.text)).toEqual(['14 trillion yuan', 'US$ 1.9 trillion', '16.25 percent', '77,000 high-tech firms']);
    expect(new Set(sentence.map((f) => f.start - f.sentenceOffset)).size).toBe(1);
    expect(sentence[1]!.equivalentOf).toBe(sentence[0]!.id);
  });

  it('a paragraph filled in mid-article: once the page is calm, the worker gets the page in page order, offsets as the text model has them, ids kept', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, settle } = setup('<p>First 1 percent.</p><p id="late"></p><p>Last 14 trillion yuan.</p>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const ids = idsSent(sent);
    setHtml(document.getElementById('late')!, 'Middle <b>2.5</b> percent.');
    await changeSettled(settle);
    expect(workerView(sent).map((f) => f.text)).toEqual(['1 percent', '14 trillion yuan', '2.5 percent']);
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 2);
    await annotator.idle();
    const held = workerView(sent);
    expect(held.map((f) => f.text)).toEqual(['1 percent', '2.5 percent', '14 trillion yuan']);
    const { text } = buildTextModel(document.body);
    for (const f of held) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(held.map((f) => f.id)).toEqual([ids[0], held[1]!.id, ids[1]]);
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(2);
    expectConsistent(sent, annotator);
  });

  it('a page that keeps changing out of order is not sent again while it changes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent, settle } = setup('<p>Index <span id="t">1</span> percent.</p><p>GDP 14 trillion yuan.</p>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    for (let i = 2; i < 100; i++) {
      document.getElementById('t')!.textContent = String(i);
      await changeSettled(settle);
    }
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(1);
    expect(workerView(sent).map((f) => f.text).sort()).toEqual(['14 trillion yuan', '99 percent']);
    expectConsistent(sent, annotator);
  });

  it('figures that leave go out in figures:remove messages of at most 1,000 ids, never a full resend', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const html = `<div id="list">${Array.from({ length: 1200 }, (_, i) => `<p>${i} percent</p>`).join('')}</div><p>Stays 3 trillion yuan.</p>`;
    const { annotator, sent, settle } = setup(html);
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const count = sent.length;
    document.getElementById('list')!.remove();
    await changeSettled(settle);
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
    await annotator.idle();
    const after = sent.slice(count);
    expect(after.map((m) => m.type)).toEqual(['figures:remove', 'figures:remove']);
    expect(after.map((m) => (m.type === 'figures:remove' ? m.ids.length : 0))).toEqual([1000, 200]);
    expect(workerView(sent).map((f) => f.text)).toEqual(['3 trillion yuan']);
    // A page of 1,200 paragraphs in happy-dom: seconds on a loaded machine.
  }, 30_000);

  it('batches that arrive while one is being read wait as one job', async () => {
    let ticks = 0;
    const { annotator, settle } = setup('<p id="a">1 percent</p><p id="b">2 percent</p>', { slicer: new Slicer(0, () => ticks++) });
    await scan(annotator);
    await settle();
    const record = (id: string, text: string) => {
      document.getElementById(id)!.firstChild!.textContent = text;
      return [{ type: 'characterData', target: document.getElementById(id)!.firstChild!, addedNodes: [], removedNodes: [] } as unknown as MutationRecord];
    };
    const first = annotator.changed(record('a', '3 percent'));
    // The first job starts; everything after it merges into one waiting job.
    await Promise.resolve();
    const waiting = [annotator.changed(record('a', '4 percent')), annotator.changed(record('b', '5 percent')), annotator.changed(record('a', '6 percent'))];
    expect(new Set(waiting).size).toBe(1);
    expect(waiting[0]).not.toBe(first);
    await Promise.all([first, ...waiting]);
    expect(annotator.index.all().map((p) => p.figure.text)).toEqual(['6 percent', '5 percent']);
  });

  it('more changes than are worth sorting out: the page is read whole again instead', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    const { annotator, sent } = setup('<p id="a">1 percent</p>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    document.getElementById('a')!.textContent = '2 percent';
    const done = annotator.changed(null);
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 2);
    await done;
    await annotator.idle();
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(2);
    expect(workerView(sent).map((f) => f.text)).toEqual(['2 percent']);
  });

  describe('a job that fails midway (a page script broke what reading calls)', () => {
    function failing() {
      let broken = false;
      const page = setup('<p id="a">1 percent</p><p id="b"><span id="x">2</span> percent</p><p>Stays 3 trillion yuan.</p>', {
        hidden: (element) => {
          if (broken && element.id === 'x') throw new Error('getComputedStyle replaced by the page');
          return false;
        },
      });
      /** Changes both paragraphs; reading the second throws, after the first was placed. */
      const breakOnce = async () => {
        document.getElementById('a')!.textContent = '4 percent';
        document.getElementById('x')!.textContent = '5';
        broken = true;
        const done = page.settle();
        await vi.advanceTimersByTimeAsync(100);
        await done;
        broken = false;
      };
      return { ...page, breakOnce };
    }

    it('is made good by a full read: the worker ends up holding the page', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
      const { annotator, sent, breakOnce } = failing();
      const scanned = scan(annotator);
      await vi.runAllTimersAsync();
      await scanned;
      await breakOnce();
      await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
      await annotator.idle();
      expect(workerView(sent).map((f) => f.text)).toEqual(['4 percent', '5 percent', '3 trillion yuan']);
      expectConsistent(sent, annotator);
    });

    it('what it left unsent is not sent after the next page:start along with everything (each id once)', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
      const { annotator, sent, breakOnce } = failing();
      const scanned = scan(annotator);
      await vi.runAllTimersAsync();
      await scanned;
      await breakOnce();
      const done = annotator.changed(null);
      await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
      await done;
      await annotator.idle();
      const ids = idsSent(sent.slice(sent.map((m) => m.type).lastIndexOf('page:start')));
      expect(new Set(ids).size).toBe(ids.length);
      expectConsistent(sent, annotator);
    });
  });

  it('a change batch the page made unreadable costs that batch, never an exception', async () => {
    const { annotator } = setup('<p>1 percent</p>');
    await scan(annotator);
    const hostile = {
      get type(): string {
        throw new Error('no');
      },
    } as unknown as MutationRecord;
    await expect(annotator.changed([hostile])).resolves.toBeUndefined();
    expect(annotator.index.size).toBe(1);
  });

  it('the page record is made again when the page changes it: an app shell that fills in its article, title and date', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    document.title = 'Loading';
    const { annotator, sent, settle } = setup('<div id="app">Loading…</div>');
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    expect(sent[0]).toMatchObject({ type: 'page:start', page: { title: 'Loading', lang: 'en' } });
    expect(sent[0]!.type === 'page:start' && sent[0]!.page.publishedAt).toBeUndefined();
    document.title = '广东经济';
    setHtml(document.getElementById('app')!, '<p>2025年1月16日</p><p>全年进出口总额达10.52万亿元，同比增长9.8%。</p><p>广东省经济持续增长，工业和服务业表现良好。</p>');
    await changeSettled(settle);
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
    await annotator.idle();
    const starts = sent.filter((m) => m.type === 'page:start');
    expect(starts.at(-1)).toMatchObject({ page: { title: '广东经济', lang: 'zh', publishedAt: '2025-01-16' } });
    expectConsistent(sent, annotator);
  });

  it('a page record that changes on the same URL (an app sets its title and date late) goes as page:update: the figures stay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    document.title = 'Loading';
    const { annotator, sent, settle } = setup(ARTICLE);
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    const count = sent.length;
    document.title = 'Trade in 2025';
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Updated: 6 percent.' }));
    const done = settle();
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
    await done;
    await annotator.idle();
    expect(sent.slice(count).map((m) => m.type)).toEqual(['figures:add', 'page:update']);
    // The marks of the full read stay with the record (the footer's year names a time).
    const marks = [{ at: 114, sentence: 'Copyright: 2018 firms', lang: 'en' }];
    expect(sent.at(-1)).toEqual({ type: 'page:update', page: { url: location.href, title: 'Trade in 2025', lang: 'en', marks } });
    expect(workerView(sent)).toHaveLength(6);
  });

  it('a figure across a shadow boundary is sent (listed in the popup) but not painted or hit', async () => {
    const { annotator, sent, painter } = setup('<p id="p">Exports rose <span id="host"></span> percent.</p><p>Then 4 percent.</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append('3.5');
    await scan(annotator);
    expect(figuresSent(sent).map((f) => f.text)).toEqual(['3.5 percent', '4 percent']);
    expect(painter.texts()).toEqual(['4 percent']);
    const across = annotator.index.all()[0]!;
    expect(across.paintable).toBe(false);
    expect(annotator.index.at(shadow.firstChild!, 1)).toBeUndefined();
    expect(annotator.index.step(null, 1)?.figure.text).toBe('4 percent');
  });
});

describe('highlights off and on, and navigation', () => {
  it('off erases every highlight and keeps the figures; on paints them again', async () => {
    const { annotator, painter, sent } = setup(ARTICLE);
    await scan(annotator);
    annotator.setHighlights(false);
    expect(painter.painted.size).toBe(0);
    expect(annotator.status()).toMatchObject({ highlightsOn: false, figureCount: 5 });
    annotator.setHighlights(true);
    await annotator.idle();
    expect(painter.texts()).toHaveLength(5);
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(1);
  });

  it('highlights turned on while the page is read again: what that read found in its earlier slices is painted too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    // Longer than the largest slice (64,000 characters), so the read goes in several.
    const notes = 'The bureau published the statement on its website with notes on its methods, its sources and the revisions made since the last release. '.repeat(2);
    const paragraphs = (n: number) => Array.from({ length: 300 }, (_, i) => `<p>Line ${i}: output rose ${i % 9}.${n} percent to ${i + n} trillion yuan in the year. ${notes}</p>`).join('');
    let rereading = false;
    let slices = 0;
    const annotatorRef: { current?: Annotator } = {};
    const { annotator, painter } = setup(paragraphs(1), {
      detect: (text, lang) => {
        // Between the first slice of the full read and the next, the reader turns highlights on.
        if (rereading && ++slices === 1) queueMicrotask(() => annotatorRef.current!.setHighlights(true));
        return detect(text, lang);
      },
    });
    annotatorRef.current = annotator;
    const scanned = scan(annotator);
    await vi.runAllTimersAsync();
    await scanned;
    annotator.setHighlights(false);
    // The page is rebuilt (new nodes, so the full read makes new figures) and too much changed to sort out.
    setHtml(document.body, paragraphs(2));
    rereading = true;
    const done = annotator.changed(null);
    await vi.advanceTimersByTimeAsync(RESYNC_MS * 3);
    // Whatever the read still waits for (a slice's turn is a timer here), however long it took.
    await vi.runAllTimersAsync();
    await done;
    await annotator.idle();
    expect(slices).toBeGreaterThan(1);
    expect(annotator.highlightsOn).toBe(true);
    expect(annotator.index.size).toBe(600);
    expect(painter.painted.size).toBe(600);
    // A page of 1,200 paragraphs in happy-dom: seconds on a loaded machine.
  }, 30_000);

  it('starting with highlights off finds and sends figures without painting', async () => {
    const { annotator, painter, sent } = setup(ARTICLE, { highlights: false });
    await scan(annotator);
    expect(painter.painted.size).toBe(0);
    expect(figuresSent(sent)).toHaveLength(5);
  });

  it('with the wrapping fallback, off restores the DOM exactly and on reads the page again under the same ids', async () => {
    const painter = createPainter(window as Window & typeof globalThis);
    const { annotator, sent } = setup(ARTICLE, { painter });
    const html = document.body.innerHTML;
    await scan(annotator);
    expect(document.querySelectorAll('figurelens-mark').length).toBeGreaterThan(0);
    const ids = idsSent(sent);
    annotator.setHighlights(false);
    expect(document.body.innerHTML).toBe(html);
    annotator.setHighlights(true);
    await annotator.idle();
    const again = sent.slice(sent.map((m) => m.type).lastIndexOf('page:start'));
    expect(idsSent(again)).toEqual(ids);
  });

  it('an SPA navigation starts over: page:start with the new URL, ids from zero, old highlights gone', async () => {
    const { annotator, sent, painter } = setup(ARTICLE);
    await scan(annotator);
    history.pushState(null, '', '/next');
    setHtml(document.body, '<p>Now 9 percent.</p>');
    await scan(annotator, location.href);
    const last = sent.map((m) => m.type).lastIndexOf('page:start');
    expect(sent[last]).toMatchObject({ page: { url: location.href } });
    expect(figuresSent(sent.slice(last))).toMatchObject([{ id: 'f4', text: '9 percent' }]);
    expect(sent.slice(last + 1).every((m) => m.type !== 'figures:add' || m.url === location.href)).toBe(true);
    expect(painter.texts()).toEqual(['9 percent']);
  });

  it('navigations in quick succession leave exactly the last page’s figures', async () => {
    const { annotator, sent, painter } = setup('<p>Story 0: 1 percent</p>');
    const scans: Promise<void>[] = [];
    for (let n = 1; n <= 5; n++) {
      history.pushState(null, '', `/story/${n}`);
      setHtml(document.body, `<p>Story ${n}: ${n} percent and ${n} trillion yuan</p>`);
      scans.push(annotator.scanPage(location.href));
    }
    await Promise.all(scans);
    await annotator.idle();
    expect(annotator.index.all().map((p) => p.figure.text)).toEqual(['5 percent', '5 trillion yuan']);
    expect(painter.texts()).toEqual(['5 percent', '5 trillion yuan']);
    expect(sent.filter((m) => m.type === 'page:start')).toHaveLength(1);
    expect(figuresSent(sent).map((f) => f.text)).toEqual(['5 percent', '5 trillion yuan']);
  });

  it('stop() because the reader turned the site off: the worker forgets the page (page:end), after what was on its way', async () => {
    const { annotator, sent } = setup(ARTICLE);
    await scan(annotator);
    expect(workerView(sent)).toHaveLength(5);
    annotator.stop({ withdraw: true });
    await annotator.idle();
    expect(sent.at(-1)).toEqual({ type: 'page:end', url: location.href });
    expect(workerView(sent)).toEqual([]);
  });

  it('stop() in the middle of reading a change leaves nothing of the page in the worker', async () => {
    let ticks = 0;
    const { annotator, sent, records } = setup(`${ARTICLE}<p id="late">Later 3 percent.</p>`, { slicer: new Slicer(0, () => ticks++) });
    await scan(annotator);
    document.getElementById('late')!.textContent = 'Later 4 percent.';
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The change's job takes the paragraph's figure out, then yields while it reads the paragraph again.
    const change = annotator.changed(records.splice(0));
    await Promise.resolve();
    annotator.stop({ withdraw: true });
    await change;
    await annotator.idle();
    expect(workerView(sent)).toEqual([]);
  });

  it('stop() leaves no highlight and ignores later changes', async () => {
    const { annotator, painter, sent, settle } = setup(ARTICLE);
    await scan(annotator);
    annotator.stop();
    const count = sent.length;
    document.body.append(Object.assign(document.createElement('p'), { textContent: '8 percent' }));
    await settle();
    expect(painter.painted.size).toBe(0);
    expect(sent.length).toBe(count);
  });
});
