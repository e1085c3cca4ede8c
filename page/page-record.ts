/** The page record the worker gets (PageInfo): URL, title, language, date, time marks. */
import type { Lang, PageInfo, TimeMark } from '@/lib/figure';
import { MAX_TITLE } from '@/lib/messages';
import type { PublishedDate } from '@/lib/normalize/published';
import type { PageEngine } from '@/lib/page-engine/protocol';
import { collectPublishedCandidates } from './published';

/** How much of the page's text its language and byline are judged by (pageLang samples 20,000 characters). */
export const PAGE_TEXT_SAMPLE = 20_000;

/** `published`: the page's date as the engine read it; `marks`: its time marks, from its last full read (a page record made again keeps them). */
export function pageRecord(doc: Document, url: string, lang: Lang, published: PublishedDate | null, marks?: TimeMark[]): PageInfo {
  const page: PageInfo = { url, title: (doc.title ?? '').slice(0, MAX_TITLE), lang };
  if (marks && marks.length > 0) page.marks = marks;
  if (published) {
    page.publishedAt = published.date;
    page.publishedFrom = published.from;
  }
  return page;
}

/** Marks are not compared: a record made again carries the same ones. */
export function samePage(a: PageInfo, b: PageInfo): boolean {
  return a.url === b.url && a.title === b.title && a.lang === b.lang && a.publishedAt === b.publishedAt && a.publishedFrom === b.publishedFrom;
}

/**
 * The page's date, from what its DOM says (the engine reads it); none when
 * the engine does not answer. The engine is asked again only when what the
 * DOM says changed: the page is looked at again every so often (an app sets
 * its title and date after rendering), and a page that changed nothing should
 * cost the worker nothing.
 */
export class PageDates {
  private last: { said: string; date: PublishedDate | null } | undefined;

  constructor(private readonly engine: PageEngine) {}

  async dateOf(doc: Document, text: string): Promise<PublishedDate | null> {
    const candidates = collectPublishedCandidates(doc, text);
    const said = JSON.stringify(candidates);
    if (this.last?.said === said) return this.last.date;
    try {
      const date = await this.engine.date(candidates);
      this.last = { said, date };
      return date;
    } catch (error) {
      console.debug('FigureLens: the page date was not read', error);
      return null;
    }
  }
}
