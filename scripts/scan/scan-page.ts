/** One source → its figures, analysed as the extension analyses a page. */
import { BYLINE_TEXT_CHARS, collectPublishedCandidates } from '@/page/published';
import { analyzePage, detectFigures, findPublishedDate, readTimeMarks, type CurrencyCode, type Figure, type PageInfo } from '@/lib/index';
import { mergeTableFigures, readTable } from '@/lib/tables';
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
  // Headings and sentences without figures set the time of the figures after them.
  const marks = readTimeMarks(source.text, source.lang);
  if (marks.length > 0) page.marks = marks;
  // Table cells the caption or a header gives a unit are figures beside the text's, as in the extension.
  const cells = (source.tables ?? []).flatMap(readTable).sort((a, b) => a.start - b.start);
  const detected = mergeTableFigures(detectFigures(source.text, { lang: source.lang }), cells);
  const figures = analyzePage(page, detected, { readerCurrency: options.currency, locale: options.locale });
  return {
    source: source.name,
    publishedAt: published?.date ?? null,
    ...(published ? { publishedFrom: published.from } : {}),
    currency: options.currency,
    figures,
  };
}
