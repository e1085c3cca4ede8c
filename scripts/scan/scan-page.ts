/** One source → its figures, analysed as the extension analyses a page. */
import { BYLINE_TEXT_CHARS, collectPublishedCandidates } from '@/page/published';
import { analyzePage, findPublishedDate, type CurrencyCode, type Figure, type PageInfo } from '@/lib/index';
import { readWhole } from '@/lib/page-engine/reads';
import type { Source } from './read-source';

export interface ScanOptions {
  currency: CurrencyCode;
  locale: string;
}

/** One line of --json output. */
export interface ScanResult {
  source: string;
  /** "YYYY-MM-DD", or null when the page does not say (never today's date). */
  publishedAt: string | null;
  publishedFrom?: PageInfo['publishedFrom'];
  /** The reader's currency the money figures are normalized to. */
  currency: CurrencyCode;
  figures: Figure[];
}

export function scan(source: Source, options: ScanOptions = { currency: 'USD', locale: 'en-US' }): ScanResult {
  const candidates = source.document
    ? collectPublishedCandidates(source.document, source.text)
    : { meta: [], jsonLd: [], times: [], text: source.text.slice(0, BYLINE_TEXT_CHARS) };
  const published = findPublishedDate(candidates);
  const page: PageInfo = { url: source.name, title: source.title, lang: source.lang };
  if (published) Object.assign(page, { publishedAt: published.date, publishedFrom: published.from });
  // Read as the extension's worker reads a page: figures, table cells the caption or a header gives a unit, and the
  // headings and sentences without figures that set the time of the figures after them.
  const { figures: detected, marks } = readWhole({ text: source.text, lang: source.lang, tables: source.tables ?? [], marksFrom: 0 });
  if (marks.length > 0) page.marks = marks;
  const figures = analyzePage(page, detected, { readerCurrency: options.currency, locale: options.locale });
  return {
    source: source.name,
    publishedAt: published?.date ?? null,
    ...(published ? { publishedFrom: published.from } : {}),
    currency: options.currency,
    figures,
  };
}
