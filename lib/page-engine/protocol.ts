/**
 * What the page asks the engine and what it answers. The engine (detection,
 * the page's time marks and tables, its date) runs in the background worker,
 * so the content script carries none of its code and does none of its work
 * on the page's main thread: the page sends a read's text once and then asks
 * for it a slice at a time.
 *
 * - `engine:read` with `begin`: a new read (or one taken up again where it
 *   stood, when the worker answered `unknown` because it restarted and lost
 *   it): the text, its language and host, its tables, and whether to read its
 *   time marks (a full read of the page) and from where.
 * - `engine:read` without `begin`: the next slice of that read, from where
 *   the last answer said.
 * - `engine:date`: the page's date from what its DOM offers.
 *
 * The worker rebuilds every request field by field (`parseEngineMessage`):
 * table cells are offsets into the read's own text, their text is taken from
 * it, never from the message.
 */
import type { Figure, Lang, TimeMark } from '../figure';
import { LANGS } from '../messages';
import type { PublishedCandidates, PublishedDate } from '../normalize/published';
import type { Table, TableCell } from '../tables';
import { fail, int, isRecord, oneOf, optStr, str, validate, type Validation } from '../validation';

/** The longest text one read may have (characters): a 5 MB page's text with room to spare. */
export const MAX_READ_TEXT = 12_000_000;
/**
 * The most characters one slice may ask for: a slice is a bounded piece of
 * the worker's time (another tab's message waits for one at most; 64,000
 * characters of a dense statistical release took the detector 25–45 ms on
 * the 2-core test machine under load).
 */
export const MAX_SLICE = 64_000;
const MAX_READ_ID = 64;
const MAX_TABLES = 200;
/** Cells over all of a read's tables, colspan repeats included. */
const MAX_TABLE_ENTRIES = 400_000;
/** What page/published.ts gathers of a page's date, at most; the worker refuses more. */
export const PUBLISHED_LIMITS = { meta: 300, attribute: 300, jsonLd: 20, jsonLdChars: 100_000, times: 50, text: 4000 } as const;
const { attribute: MAX_ATTRIBUTE, jsonLd: MAX_JSON_LD, jsonLdChars: MAX_JSON_LD_CHARS, times: MAX_TIMES, text: MAX_CANDIDATE_TEXT } = PUBLISHED_LIMITS;
/** Meta tags, and as many microdata items as `<time>` elements. */
const MAX_META = PUBLISHED_LIMITS.meta + PUBLISHED_LIMITS.times;

export interface EngineBegin {
  text: string;
  lang: Lang;
  /** The page's host: it says which dollar a bare "$" is. */
  host?: string;
  tables: Table[];
  /** Read the text's time marks from here (a full read of the page); absent: no marks. */
  marksFrom?: number;
}

export interface EngineReadMessage {
  type: 'engine:read';
  /** The read, named by the page: unique within its content script's life. */
  read: string;
  from: number;
  size: number;
  begin?: EngineBegin;
}

export interface EngineDateMessage {
  type: 'engine:date';
  candidates: PublishedCandidates;
}

export type EngineMessage = EngineReadMessage | EngineDateMessage;

export interface EngineSlice {
  /** The slice's figures (table cells among them), offsets and ids in the read's text. */
  figures: Figure[];
  /** Where the next slice begins; the text's length once it is all read. */
  next: number;
  /** How many characters the detector read for it. */
  read: number;
  /** Time marks found with the slice (a read that asked for them). */
  marks: TimeMark[];
  /** Where the time marks' reading stands: a read taken up again starts its marks there. */
  marksTo?: number;
}

/** `unknown`: the worker does not hold that read (it restarted): begin it again where it stood. */
export type EngineReadReply = EngineSlice | { unknown: true };

/** The answer to `engine:date`. */
export interface EngineDateReply {
  date: PublishedDate | null;
}

/** How the page reaches the engine: the worker by messages, or the engine itself in tests and the scan CLI. */
export interface PageEngine {
  read(message: Omit<EngineReadMessage, 'type'>): Promise<EngineReadReply>;
  date(candidates: PublishedCandidates): Promise<PublishedDate | null>;
}

function cell(v: unknown, text: string, field: string): TableCell | undefined {
  if (v === null || v === undefined) return undefined;
  if (!isRecord(v)) fail(`${field} is not a cell`);
  const start = int(v.start, `${field}.start`, 0);
  const end = int(v.end, `${field}.end`, start);
  if (end > text.length) fail(`${field} lies outside the text`);
  return { text: text.slice(start, end), start, end };
}

function rows(v: unknown, text: string, field: string, count: { entries: number }): TableCell[][] {
  if (!Array.isArray(v)) fail(`${field} is not a list`);
  return v.map((row, r) => {
    if (!Array.isArray(row)) fail(`${field}[${r}] is not a list`);
    count.entries += row.length;
    if (count.entries > MAX_TABLE_ENTRIES) fail(`more than ${MAX_TABLE_ENTRIES} table cells`);
    // A grid has holes where a row is short: they stay holes.
    return row.map((c, i) => cell(c, text, `${field}[${r}][${i}]`)) as TableCell[];
  });
}

function tables(v: unknown, text: string): Table[] {
  if (!Array.isArray(v)) fail('begin.tables is not a list');
  if (v.length > MAX_TABLES) fail(`more than ${MAX_TABLES} tables`);
  const count = { entries: 0 };
  return v.map((t, i) => {
    const field = `begin.tables[${i}]`;
    if (!isRecord(t)) fail(`${field} is not a table`);
    const table: Table = { header: rows(t.header, text, `${field}.header`, count), body: rows(t.body, text, `${field}.body`, count) };
    const caption = cell(t.caption, text, `${field}.caption`);
    const before = cell(t.before, text, `${field}.before`);
    if (caption) table.caption = caption;
    if (before) table.before = before;
    if (t.lang !== undefined) table.lang = oneOf(t.lang, `${field}.lang`, LANGS);
    return table;
  });
}

function begin(v: unknown): EngineBegin {
  if (!isRecord(v)) fail('begin is not an object');
  const text = str(v.text, 'begin.text', MAX_READ_TEXT);
  const out: EngineBegin = { text, lang: oneOf(v.lang, 'begin.lang', LANGS), tables: tables(v.tables, text) };
  const host = optStr(v.host, 'begin.host', 255);
  if (host) out.host = host;
  if (v.marksFrom !== undefined) out.marksFrom = int(v.marksFrom, 'begin.marksFrom', 0);
  return out;
}

function list<T>(v: unknown, field: string, max: number, item: (v: Record<string, unknown>, field: string) => T): T[] {
  if (!Array.isArray(v)) fail(`${field} is not a list`);
  return v.slice(0, max).map((x, i) => {
    if (!isRecord(x)) fail(`${field}[${i}] is not an object`);
    return item(x, `${field}[${i}]`);
  });
}

function candidates(v: unknown): PublishedCandidates {
  if (!isRecord(v)) fail('candidates is not an object');
  const jsonLd = Array.isArray(v.jsonLd) ? v.jsonLd.slice(0, MAX_JSON_LD) : fail('candidates.jsonLd is not a list');
  return {
    meta: list(v.meta, 'candidates.meta', MAX_META, (m, f) => ({ key: str(m.key, `${f}.key`, MAX_ATTRIBUTE), content: str(m.content, `${f}.content`, MAX_ATTRIBUTE) })),
    jsonLd: jsonLd.map((j, i) => str(j, `candidates.jsonLd[${i}]`, MAX_JSON_LD_CHARS)),
    times: list(v.times, 'candidates.times', MAX_TIMES, (t, f) => {
      const time: PublishedCandidates['times'][number] = { text: str(t.text, `${f}.text`, MAX_ATTRIBUTE) };
      const datetime = optStr(t.datetime, `${f}.datetime`, MAX_ATTRIBUTE);
      if (datetime !== undefined) time.datetime = datetime;
      return time;
    }),
    text: str(v.text, 'candidates.text', MAX_CANDIDATE_TEXT),
  };
}

/** Rebuilds an engine request from a content script; anything else is refused with its reason. */
export function parseEngineMessage(v: unknown): Validation<EngineMessage> {
  return validate((): EngineMessage => {
    if (!isRecord(v)) fail('message is not an object');
    if (v.type === 'engine:date') return { type: 'engine:date', candidates: candidates(v.candidates) };
    if (v.type !== 'engine:read') fail('not an engine message');
    const message: EngineReadMessage = {
      type: 'engine:read',
      read: str(v.read, 'read', MAX_READ_ID),
      from: int(v.from, 'from', 0),
      size: int(v.size, 'size', 1),
    };
    if (message.size > MAX_SLICE) fail(`size is over ${MAX_SLICE}`);
    if (v.begin !== undefined) message.begin = begin(v.begin);
    if (message.begin && message.from > message.begin.text.length) fail('from lies outside the text');
    return message;
  });
}

/** Engine messages are told apart before the worker's other content messages are parsed. */
export function isEngineMessage(v: unknown): boolean {
  return isRecord(v) && typeof v.type === 'string' && v.type.startsWith('engine:');
}
