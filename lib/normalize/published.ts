/**
 * A page's publication date, from what the page says about itself, tried in
 * order of how deliberate the statement is: meta tags, JSON-LD, `<time>`
 * elements, then a visible byline ("UPDATED :2025-01-16", "2025年1月16日",
 * "published today (11 November 2022)", a wire dateline "Aug. 28, 2018 /PRNewswire/").
 * When nothing says, the date is unknown: today is never a stand-in, because
 * "last year" in an article of 2025 is 2024 whenever it is read.
 *
 * Dates are taken as written (the publisher's local date): the date part of
 * "2025-01-16T23:30:00-05:00" is 2025-01-16, the day the reader saw printed.
 */
import type { PageInfo } from '../figure';
import { readable } from './phrases';

/** What the DOM offers, gathered by page/published.ts (or built by hand in tests). */
export interface PublishedCandidates {
  /** Meta tags and similar: key is the property/name/itemprop as written. */
  meta: { key: string; content: string }[];
  /** Texts of `<script type="application/ld+json">`. */
  jsonLd: string[];
  times: { datetime?: string; text: string }[];
  /** The first few thousand characters of visible text. */
  text: string;
}

type PublishedFrom = NonNullable<PageInfo['publishedFrom']>;

export interface PublishedDate {
  /** "YYYY-MM-DD". */
  date: string;
  from: PublishedFrom;
}

/** Meta keys that name the publication time, best first (lower case). */
const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'publishtime',
  'firstpublishedtime',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

/** Date shapes, each giving [year, month, day] from its match. */
const DATE_SHAPES: { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  { re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})\\b`, 'i'), ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  // "2025 12/15 09:52:27": Xinhua's traditional-script pages put the year apart from month/day and time.
  { re: /(?<!\d)(\d{4})\s+(\d{1,2})\/(\d{1,2})\s+\d{1,2}:\d{2}/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  // "01/25/2024": month first as in the US, unless the first number cannot be a month ("25/01/2024").
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/, ymd: (m) => (Number(m[1]) > 12 ? [m[3]!, m[2]!, m[1]!] : [m[3]!, m[1]!, m[2]!]) },
];

function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase().slice(0, 3)];
  const d = Number(day);
  if (!m || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The first date in `s` in any known shape ("2025-01-16T10:00+08:00", "2025年1月16日", "Jan. 16, 2025", "20250116"). */
export function parseDate(s: string): string | null {
  const text = s.slice(0, 200);
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(text);
  if (compact) return isoDate(compact[1]!, compact[2]!, compact[3]!);
  let best: { at: number; date: string } | null = null;
  for (const shape of DATE_SHAPES) {
    const m = shape.re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const date = isoDate(...shape.ymd(m));
    if (date) best = { at: m.index, date };
  }
  return best?.date ?? null;
}

function fromMeta(meta: PublishedCandidates['meta']): string | null {
  const byKey = new Map<string, string>();
  for (const { key, content } of meta) {
    const k = key.trim().toLowerCase();
    if (!byKey.has(k) && parseDate(content)) byKey.set(k, content);
  }
  for (const key of PUBLISHED_META_KEYS) {
    const content = byKey.get(key);
    if (content) return parseDate(content);
  }
  return null;
}

const MAX_JSON_LD = 100_000;
const MAX_JSON_NODES = 5_000;

/** The first `datePublished` in a JSON-LD text, walking objects, arrays and @graph without recursion. */
function datePublishedIn(json: string): string | null {
  if (json.length > MAX_JSON_LD) return null;
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch {
    return null;
  }
  const queue: unknown[] = [root];
  for (let next = 0; next < queue.length && next < MAX_JSON_NODES; next++) {
    const node = queue[next];
    if (Array.isArray(node)) queue.push(...node);
    else if (node && typeof node === 'object') {
      const value = (node as Record<string, unknown>).datePublished;
      const date = typeof value === 'string' ? parseDate(value) : null;
      if (date) return date;
      for (const child of Object.values(node)) if (child && typeof child === 'object') queue.push(child);
    }
  }
  return null;
}

/** Byline labels that introduce the page's own date. */
const BYLINE_LABEL =
  /(?:updated|published|posted|last updated|last modified|release date|date|发布时间|发布日期|发表时间|更新时间|时间|日期|来源)\s*[:：]?\s*$|\b(?:published|released|issued) today \($/i;
/** A wire service's name right after the date of its dateline: "AIRPORT CITY, Israel, Aug. 28, 2018 /PRNewswire/ --". */
const WIRE_AFTER = /^\s*\/?\s*(?:PRNewswire|Business\s?Wire|GLOBE NEWSWIRE|ACCESSWIRE)\b/i;
/** Dates that stand alone in a byline: numeric, or the full Chinese form. Month names only after a label. */
const BARE_DATE = /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g;
const ANY_DATE = new RegExp(
  `${BARE_DATE.source}|(?<!\\d)\\d{4}\\s+\\d{1,2}\\/\\d{1,2}\\s+\\d{1,2}:\\d{2}|\\b${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+\\d{4}\\b|(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{4}(?![\\d/])`,
  'gi',
);

/** A dateline is short and is not a sentence: "10:40, January 16, 2025", "15 July 2019 | Reuters", "01/25/2024". */
const MAX_DATELINE = 60;

/** A date on a line of its own near the top: a dateline without a label. */
function fromDateline(head: string): string | null {
  let at = 0;
  for (const line of head.slice(0, 2000).split('\n')) {
    const trimmed = line.trim();
    at += line.length + 1;
    if (trimmed.length === 0 || trimmed.length > MAX_DATELINE || /[.。]$/.test(trimmed)) continue;
    for (const m of trimmed.matchAll(ANY_DATE)) {
      const date = parseDate(m[0]);
      if (date) return date;
    }
  }
  return null;
}

function fromByline(text: string): string | null {
  // "發佈時間：2025-01-16" is read as "发布时间：…".
  const head = readable(text.slice(0, 6000), 'zh');
  for (const m of head.matchAll(ANY_DATE)) {
    if (BYLINE_LABEL.test(head.slice(Math.max(0, m.index - 30), m.index)) || WIRE_AFTER.test(head.slice(m.index + m[0].length, m.index + m[0].length + 20))) {
      const date = parseDate(m[0]);
      if (date) return date;
    }
  }
  const dateline = fromDateline(head);
  if (dateline) return dateline;
  for (const m of head.matchAll(BARE_DATE)) {
    const date = parseDate(m[0]);
    if (date) return date;
  }
  return null;
}

/** The page's publication date and where it was found, or null when the page does not say. */
export function findPublishedDate(candidates: PublishedCandidates): PublishedDate | null {
  const meta = fromMeta(candidates.meta);
  if (meta) return { date: meta, from: 'meta' };
  for (const json of candidates.jsonLd.slice(0, 20)) {
    const date = datePublishedIn(json);
    if (date) return { date, from: 'json-ld' };
  }
  for (const time of candidates.times.slice(0, 50)) {
    const date = parseDate(time.datetime ?? '') ?? parseDate(time.text);
    if (date) return { date, from: 'time' };
  }
  const byline = fromByline(candidates.text);
  return byline ? { date: byline, from: 'byline' } : null;
}
