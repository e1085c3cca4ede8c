/**
 * FigureLens on a corpus page, as `npm run scan` reads a plain-text file: the
 * date from the page's own text (its byline or dateline), the language from
 * its script, figures detected and analysed with the reader in USD.
 */
import { BYLINE_TEXT_CHARS } from '@/page/published';
import { analyzePage, detectFigures, findPublishedDate, readTimeMarks, type PageInfo } from '@/lib/index';
import { pageLang } from '@/lib/page';
import type { Reading } from './score';

export function readPage(slug: string, text: string): Reading {
  const lang = pageLang(null, text);
  const published = findPublishedDate({ meta: [], jsonLd: [], times: [], text: text.slice(0, BYLINE_TEXT_CHARS) });
  const page: PageInfo = { url: `file:///${slug}.txt`, title: '', lang };
  if (published) Object.assign(page, { publishedAt: published.date, publishedFrom: published.from });
  // As the scan CLI: headings and sentences without figures set the time of the figures after them.
  const marks = readTimeMarks(text, lang);
  if (marks.length > 0) page.marks = marks;
  const figures = analyzePage(page, detectFigures(text, { lang }), { readerCurrency: 'USD', locale: 'en-US' });
  return { figures, ...(published ? { publishedAt: published.date } : {}) };
}
