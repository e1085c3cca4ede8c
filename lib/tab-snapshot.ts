/**
 * A tab's detected figures as one compact string, for the worker's session
 * storage (10 MB in Chromium for all tabs together, and charged per value:
 * a figure as an object of ten fields cost about 740 bytes there).
 *
 * The figures are stored as columns of small numbers beside one string
 * table, so what a page repeats is written once: each sentence (a sentence
 * holds several figures), each currency, noun and scale. What follows from
 * the rest is not stored at all: `text` is the sentence's characters at
 * `sentenceOffset` (the worker's validator refuses a figure where it is not),
 * `end` is `start + text.length`, an id `f<start>` (the content script's
 * usual id) is a zero, and starts are deltas from the previous figure's.
 *
 * Only the detector's part of a figure is kept: analysis is recomputed from it.
 */
import { FIGURE_KINDS, QUANTITY_UNITS, type Figure, type HedgeBound, type Lang, type PageInfo, type PercentUnit, type QuantityUnit } from './figure';

export const SNAPSHOT_VERSION = 2;

const LANGS: readonly Lang[] = ['en', 'zh'];
/** Appended, never reordered: a stored snapshot keeps its indices. Multiples and quantities' base units came with issue 10. */
const UNITS: readonly (PercentUnit | QuantityUnit | undefined)[] = [undefined, '%', 'pp', 'bp', 'x', ...QUANTITY_UNITS];

/** m: valueMax; h: the hedge as "bound words" in the string table; q: equivalentOf; t: a table cell's place as [at, row, col, total?]. */
interface Extra {
  m?: number;
  h?: number;
  q?: string;
  t?: number[];
}

/** One letter per column: the names are written once per tab, the values once per figure. */
interface Columns {
  /** 0: `f<start>`; else 1 + the string table index of the id. */
  i: number[];
  /** Delta from the previous figure's start (the first from 0). */
  s: number[];
  /** Delta from the previous figure's sentence index in the string table. */
  n: number[];
  o: number[];
  l: number[];
  /** kind index × 2 + language index, + 8 when `value` is stored divided by the scale (14e12 as 14). */
  k: number[];
  v: number[];
  /** 0: none; else 1 + string index (currency, noun, scale written as a string). */
  c: number[];
  u: number[];
  w: number[];
  x: number[];
  /** The rare fields, by figure index. */
  e: Array<[number, Extra]>;
}

interface Encoded {
  v: number;
  page: PageInfo | null;
  strings: string[];
  columns: Columns;
}

export interface Snapshot {
  page: PageInfo | null;
  figures: Figure[];
}

/** The detected figures of a page (in page order) as one string. */
export function encodeSnapshot(page: PageInfo | null, figures: readonly Figure[]): string {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let at = index.get(s);
    if (at === undefined) {
      at = strings.push(s) - 1;
      index.set(s, at);
    }
    return at;
  };
  const optional = (s: string | undefined) => (s === undefined ? 0 : intern(s) + 1);
  const c: Columns = { i: [], s: [], n: [], o: [], l: [], k: [], v: [], c: [], u: [], w: [], x: [], e: [] };
  let lastStart = 0;
  let lastSentence = 0;
  figures.forEach((f, i) => {
    c.i.push(f.id === `f${f.start}` ? 0 : intern(f.id) + 1);
    c.s.push(f.start - lastStart);
    lastStart = f.start;
    const sentence = intern(f.sentence);
    c.n.push(sentence - lastSentence);
    lastSentence = sentence;
    c.o.push(f.sentenceOffset);
    c.l.push(f.text.length);
    const scaled = f.scale ? f.value / f.scale : NaN;
    const byScale = f.scale !== undefined && scaled * f.scale === f.value;
    c.k.push(FIGURE_KINDS.indexOf(f.kind) * 2 + LANGS.indexOf(f.lang) + (byScale ? 8 : 0));
    c.v.push(byScale ? scaled : f.value);
    c.c.push(optional(f.currency));
    c.u.push(UNITS.indexOf(f.unit));
    c.w.push(optional(f.noun));
    c.x.push(optional(f.scale === undefined ? undefined : String(f.scale)));
    if (f.valueMax !== undefined || f.hedge || f.equivalentOf !== undefined || f.cell) {
      const extra: Extra = {};
      if (f.valueMax !== undefined) extra.m = f.valueMax;
      if (f.hedge) extra.h = intern(`${f.hedge.bound} ${f.hedge.text}`);
      if (f.equivalentOf !== undefined) extra.q = f.equivalentOf;
      if (f.cell) extra.t = [f.cell.at, f.cell.row, f.cell.col, ...(f.cell.total !== undefined ? [f.cell.total] : [])];
      c.e.push([i, extra]);
    }
  });
  return JSON.stringify({ v: SNAPSHOT_VERSION, page, strings, columns: c } satisfies Encoded);
}

/** The page and figures of `encodeSnapshot`'s string; null for anything else (another version, a damaged value). */
export function decodeSnapshot(text: unknown): Snapshot | null {
  if (typeof text !== 'string') return null;
  try {
    const { v, page, strings, columns: c } = JSON.parse(text) as Encoded;
    if (v !== SNAPSHOT_VERSION) return null;
    const extras = new Map(c.e);
    const figures: Figure[] = [];
    let start = 0;
    let sentenceAt = 0;
    for (let i = 0; i < c.i.length; i++) {
      start += c.s[i]!;
      sentenceAt += c.n[i]!;
      const sentence = strings[sentenceAt]!;
      const offset = c.o[i]!;
      const text = sentence.slice(offset, offset + c.l[i]!);
      const figure: Figure = {
        id: c.i[i] === 0 ? `f${start}` : strings[c.i[i]! - 1]!,
        text,
        start,
        end: start + text.length,
        kind: FIGURE_KINDS[(c.k[i]! & 7) >> 1]!,
        value: c.v[i]!,
        sentence,
        sentenceOffset: offset,
        lang: LANGS[c.k[i]! & 1]!,
      };
      const extra = extras.get(i);
      if (extra?.m !== undefined) figure.valueMax = extra.m;
      if (c.c[i]) figure.currency = strings[c.c[i]! - 1];
      const unit = UNITS[c.u[i]!];
      if (unit) figure.unit = unit;
      if (c.w[i]) figure.noun = strings[c.w[i]! - 1];
      if (c.x[i]) figure.scale = Number(strings[c.x[i]! - 1]);
      if (c.k[i]! & 8) figure.value *= figure.scale!;
      if (extra?.h !== undefined) {
        const [bound, ...words] = strings[extra.h]!.split(' ');
        figure.hedge = { text: words.join(' '), bound: bound as HedgeBound };
      }
      if (extra?.q !== undefined) figure.equivalentOf = extra.q;
      if (extra?.t) {
        const [at, row, col, total] = extra.t;
        figure.cell = { at: at!, row: row!, col: col!, ...(total !== undefined ? { total } : {}) };
      }
      figures.push(figure);
    }
    return { page, figures };
  } catch {
    return null;
  }
}

/** What a string costs in storage: its UTF-8 bytes (a Chinese character is three). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
