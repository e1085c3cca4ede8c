/**
 * The message protocol between content scripts, the background worker and
 * extension pages, with the validators the worker runs on everything it
 * receives. A content script lives in a hostile page, so a message is
 * rebuilt field by field from what passes the checks: unknown fields are
 * dropped, sizes are bounded, and nothing a page sends can reach the
 * normalized part of a Figure.
 */
import { FIGURE_KINDS, MAX_FIGURE_TEXT, MAX_MARKS, MAX_NOUN, MAX_SENTENCE, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, PERCENT_UNITS, QUANTITY_UNITS, type CellPlace, type Figure, type HedgeBound, type Lang, type PageInfo } from './figure';
import { fail, int, isRecord, num, oneOf, optStr, str, validate, type Validation } from './validation';

export { MAX_FIGURE_TEXT, MAX_NOUN, MAX_SENTENCE };

/** Figures per `figures:add` message: large pages send batches. */
export const MAX_FIGURES_PER_MESSAGE = 1000;
/** Figures kept per tab: a 2 MB article has about 16,000; a page that claims more is not an article. */
export const MAX_FIGURES_PER_TAB = 25_000;
export const MAX_URL = 2048;
export const MAX_TITLE = 500;
const MAX_ID = 64;
/** A host name, at most (RFC 1035). */
const MAX_HOST = 253;

/** Content script → background: a page (or a new SPA location) begins; forget the tab's figures. */
export interface PageStartMessage {
  type: 'page:start';
  page: PageInfo;
}

/** Content script → background: figures found in the page, in page order, a batch at a time. */
export interface FiguresAddMessage {
  type: 'figures:add';
  /** The page:start URL this batch belongs to, so a late batch from a previous location is ignored. */
  url: string;
  figures: Figure[];
  /** How many figures the page holds for the worker after this message: a worker holding fewer asks for a resend. */
  held?: number;
}

/** Content script → background: the page's title, language or date changed; its figures stay. */
export interface PageUpdateMessage {
  type: 'page:update';
  page: PageInfo;
}

/** Content script → background: FigureLens stopped on this page (its site was turned off); forget it. */
export interface PageEndMessage {
  type: 'page:end';
  url: string;
}

/** Content script → background: figures that left the page (a block re-rendered without them). */
export interface FiguresRemoveMessage {
  type: 'figures:remove';
  url: string;
  ids: string[];
  /** As in figures:add. */
  held?: number;
}

/** Content script → background: one figure as normalized now (for the hover card), of the page at `url`. */
export interface FigureGetMessage {
  type: 'figure:get';
  url: string;
  id: string;
}

/**
 * Content script → background: store the site's highlight switch (the
 * popup's switch or the keyboard command reached the tab, which knows its
 * site). The worker writes the settings; every tab on the site follows the
 * change through its settings watch.
 */
export interface HighlightsWriteMessage {
  type: 'settings:highlights';
  site: string;
  on: boolean;
}

/** Extension page → background: the figures of a tab. */
export interface FiguresGetMessage {
  type: 'figures:get';
  tabId: number;
}

export type ContentMessage = PageStartMessage | PageUpdateMessage | PageEndMessage | FiguresAddMessage | FiguresRemoveMessage | FigureGetMessage | HighlightsWriteMessage;
export type ExtensionPageMessage = FiguresGetMessage;

/**
 * Extension (popup, background) → content script, through tabs.sendMessage.
 * The content script accepts these only from its own extension.
 */
export type TabMessage =
  /**
   * The keyboard command: flip this page's highlights (the page's script knows
   * whether they are on, and remembers the switch in the settings). The popup's
   * switch is a settings write only: the content script follows the settings.
   */
  | { type: 'highlights:toggle' }
  /** The keyboard commands: focus the next (1) or previous (-1) figure and show its card. */
  | { type: 'figure:step'; direction: 1 | -1 }
  /** Scroll the page to a figure and flash it. */
  | { type: 'figure:reveal'; id: string }
  /** What the page's content script is doing: replies TabStatus. */
  | { type: 'tab:status' }
  /** Send the page and its figures again (the worker lost them). */
  | { type: 'figures:resend' };

export interface TabStatus {
  annotated: boolean;
  highlightsOn: boolean;
  /** Figures the content script holds for the page. */
  figureCount: number;
  /** Nothing is being read or waiting to be sent: the worker should hold `figureCount` figures by now. */
  settled: boolean;
}

export interface TabSummary {
  page: PageInfo | null;
  figures: Figure[];
}

/** Reply to figure:get: the figure with its normalization and notes, or null when unknown. */
export interface FigureGetReply {
  figure: Figure | null;
}

export type { Validation };

export const LANGS: readonly Lang[] = ['en', 'zh'];
const BOUNDS: readonly HedgeBound[] = ['approx', 'above', 'at-least', 'below', 'at-most'];
const PUBLISHED_FROM = ['meta', 'json-ld', 'time', 'byline'] as const;

/** Rebuilds a detected figure from untrusted input: only the detector's fields survive. */
function detectedFigure(v: unknown, at: number): Figure {
  const field = (name: string) => `figures[${at}].${name}`;
  if (!isRecord(v)) fail(`figures[${at}] is not an object`);
  const text = str(v.text, field('text'), MAX_FIGURE_TEXT);
  const start = int(v.start, field('start'), 0);
  const end = int(v.end, field('end'), 0);
  if (end - start !== text.length) fail(`${field('end')} does not match the text's length`);
  const kind = oneOf(v.kind, field('kind'), FIGURE_KINDS);
  const sentence = str(v.sentence, field('sentence'), MAX_SENTENCE);
  const sentenceOffset = int(v.sentenceOffset, field('sentenceOffset'), 0);
  if (sentence.slice(sentenceOffset, sentenceOffset + text.length) !== text) {
    fail(`${field('sentenceOffset')} does not point at the text in its sentence`);
  }
  const figure: Figure = {
    id: str(v.id, field('id'), MAX_ID),
    text,
    start,
    end,
    kind,
    value: num(v.value, field('value')),
    sentence,
    sentenceOffset,
    lang: oneOf(v.lang, field('lang'), LANGS),
  };
  if (v.valueMax !== undefined) figure.valueMax = num(v.valueMax, field('valueMax'));
  if (kind === 'money') {
    const currency = str(v.currency, field('currency'), 3);
    if (!/^[A-Z]{3}$/.test(currency)) fail(`${field('currency')} is not an ISO 4217 code`);
    figure.currency = currency;
    if (v.currencyFrom === 'page') figure.currencyFrom = 'page';
  }
  if (kind === 'percent') figure.unit = oneOf(v.unit, field('unit'), PERCENT_UNITS);
  if (kind === 'quantity') figure.unit = oneOf(v.unit, field('unit'), QUANTITY_UNITS);
  if (kind === 'count') figure.noun = str(v.noun, field('noun'), MAX_NOUN);
  if (v.scale !== undefined) figure.scale = num(v.scale, field('scale'));
  if (v.vague === true) figure.vague = true;
  if (v.hedge !== undefined) {
    if (!isRecord(v.hedge)) fail(`${field('hedge')} is not an object`);
    figure.hedge = {
      text: str(v.hedge.text, field('hedge.text'), 40),
      bound: oneOf(v.hedge.bound, field('hedge.bound'), BOUNDS),
    };
  }
  const equivalentOf = optStr(v.equivalentOf, field('equivalentOf'), MAX_ID);
  if (equivalentOf !== undefined) figure.equivalentOf = equivalentOf;
  if (v.cell !== undefined) figure.cell = cellPlace(v.cell, start, field('cell'));
  return figure;
}

function cellPlace(v: unknown, start: number, field: string): CellPlace {
  if (!isRecord(v)) fail(`${field} is not an object`);
  const at = int(v.at, `${field}.at`, 0);
  if (at > start) fail(`${field}.at is before the text's start`);
  const row = int(v.row, `${field}.row`, 0);
  const col = int(v.col, `${field}.col`, 0);
  if (row >= MAX_TABLE_ROWS || col >= MAX_TABLE_COLUMNS) fail(`${field} is outside the table bounds`);
  const cell: CellPlace = { at, row, col };
  if (v.total !== undefined) {
    cell.total = int(v.total, `${field}.total`, 0);
    if (cell.total >= MAX_TABLE_ROWS) fail(`${field}.total is outside the table bounds`);
  }
  return cell;
}

function pageInfo(v: unknown): PageInfo {
  if (!isRecord(v)) fail('page is not an object');
  const page: PageInfo = {
    url: str(v.url, 'page.url', MAX_URL),
    title: str(v.title, 'page.title', MAX_TITLE),
    lang: oneOf(v.lang, 'page.lang', LANGS),
  };
  if (v.publishedAt !== undefined) {
    const date = str(v.publishedAt, 'page.publishedAt', 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('page.publishedAt is not YYYY-MM-DD');
    page.publishedAt = date;
    page.publishedFrom = oneOf(v.publishedFrom, 'page.publishedFrom', PUBLISHED_FROM);
  }
  if (v.marks !== undefined) {
    if (!Array.isArray(v.marks) || v.marks.length > MAX_MARKS) fail(`page.marks is not a list of at most ${MAX_MARKS}`);
    page.marks = v.marks.map((m: unknown, i) => {
      if (!isRecord(m)) fail(`page.marks[${i}] is not an object`);
      return { at: int(m.at, `page.marks[${i}].at`, 0), sentence: str(m.sentence, `page.marks[${i}].sentence`, MAX_SENTENCE), lang: oneOf(m.lang, `page.marks[${i}].lang`, LANGS) };
    });
  }
  return page;
}

export function parseContentMessage(v: unknown): Validation<ContentMessage> {
  const dropped: string[] = [];
  const parsed = validate((): ContentMessage => {
    if (!isRecord(v)) fail('message is not an object');
    switch (v.type) {
      case 'page:start':
        return { type: 'page:start', page: pageInfo(v.page) } satisfies PageStartMessage;
      case 'page:update':
        return { type: 'page:update', page: pageInfo(v.page) } satisfies PageUpdateMessage;
      case 'page:end':
        return { type: 'page:end', url: str(v.url, 'url', MAX_URL) } satisfies PageEndMessage;
      case 'figures:add': {
        if (!Array.isArray(v.figures)) fail('figures is not an array');
        if (v.figures.length > MAX_FIGURES_PER_MESSAGE) fail(`more than ${MAX_FIGURES_PER_MESSAGE} figures in one message`);
        const url = str(v.url, 'url', MAX_URL);
        // One bad figure costs only itself: the rest of the batch is still the page's.
        const figures: Figure[] = [];
        v.figures.forEach((f, at) => {
          const one = validate(() => detectedFigure(f, at));
          if (one.ok) figures.push(one.value);
          else dropped.push(one.reason);
        });
        const message: FiguresAddMessage = { type: 'figures:add', url, figures };
        if (v.held !== undefined) message.held = int(v.held, 'held', 0);
        return message;
      }
      case 'figures:remove': {
        if (!Array.isArray(v.ids)) fail('ids is not an array');
        if (v.ids.length > MAX_FIGURES_PER_MESSAGE) fail(`more than ${MAX_FIGURES_PER_MESSAGE} ids in one message`);
        const message: FiguresRemoveMessage = {
          type: 'figures:remove',
          url: str(v.url, 'url', MAX_URL),
          ids: v.ids.map((id, at) => str(id, `ids[${at}]`, MAX_ID)),
        };
        if (v.held !== undefined) message.held = int(v.held, 'held', 0);
        return message;
      }
      case 'figure:get':
        return { type: 'figure:get', url: str(v.url, 'url', MAX_URL), id: str(v.id, 'id', MAX_ID) } satisfies FigureGetMessage;
      case 'settings:highlights':
        if (typeof v.on !== 'boolean') fail('on is not a boolean');
        return { type: 'settings:highlights', site: str(v.site, 'site', MAX_HOST), on: v.on } satisfies HighlightsWriteMessage;
      default:
        return fail(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
    }
  });
  return parsed.ok && dropped.length > 0 ? { ...parsed, dropped } : parsed;
}

export function parseExtensionPageMessage(v: unknown): Validation<ExtensionPageMessage> {
  return validate(() => {
    if (!isRecord(v)) fail('message is not an object');
    switch (v.type) {
      case 'figures:get':
        return { type: 'figures:get', tabId: int(v.tabId, 'tabId', 0) } satisfies FiguresGetMessage;
      default:
        return fail(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
    }
  });
}

/** The parts of a runtime.MessageSender the worker looks at. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderCheck =
  | { from: 'content'; tabId: number }
  | { from: 'extension-page' }
  | { from: 'rejected'; reason: string };

/**
 * Who sent a message. Extension pages (popup, options, the popup opened as a
 * tab) are recognised by their URL's origin; anything else of ours comes from
 * a content script, which must be in a tab. The frame is not checked: our
 * content scripts are declared for top frames only, and a prerendered page's
 * top frame has a frame id other than 0 before and after its activation.
 */
export function checkSender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderCheck {
  if (sender.id !== extensionId) return { from: 'rejected', reason: 'sender is another extension or a web page' };
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return { from: 'extension-page' };
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return { from: 'rejected', reason: 'content message without a tab' };
  return { from: 'content', tabId };
}

/** For the content script: a message from its own extension, rebuilt, or a reason to drop it. */
export function parseTabMessage(v: unknown): Validation<TabMessage> {
  return validate(() => {
    if (!isRecord(v)) fail('message is not an object');
    switch (v.type) {
      case 'highlights:toggle':
        return { type: 'highlights:toggle' };
      case 'figure:step':
        if (v.direction !== 1 && v.direction !== -1) fail('direction is not 1 or -1');
        return { type: 'figure:step', direction: v.direction };
      case 'figure:reveal':
        return { type: 'figure:reveal', id: str(v.id, 'id', MAX_ID) };
      case 'tab:status':
        return { type: 'tab:status' };
      case 'figures:resend':
        return { type: 'figures:resend' };
      default:
        return fail(`unknown message type ${JSON.stringify(String(v.type)).slice(0, 40)}`);
    }
  });
}
