/**
 * What a page says about its own date, gathered for lib/normalize's
 * findPublishedDate: meta tags, JSON-LD, `<time>` elements and the start of the
 * visible text. It runs inside any page (content script) and on files (scan
 * CLI under happy-dom), so every read is bounded and nothing it meets can make
 * it throw.
 */
import { PUBLISHED_LIMITS } from '@/lib/page-engine/protocol';
import type { PublishedCandidates } from '@/lib/normalize/published';
import { buildTextModel } from './text-model';

const { meta: MAX_META, jsonLd: MAX_JSON_LD, jsonLdChars: MAX_JSON_LD_CHARS, times: MAX_TIMES, attribute: MAX_ATTRIBUTE } = PUBLISHED_LIMITS;
/** A byline sits above the article body, after the site's menus: the seed article's is at character 600. */
export const BYLINE_TEXT_CHARS = PUBLISHED_LIMITS.text;

function attr(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name);
  return value === null ? undefined : value.slice(0, MAX_ATTRIBUTE);
}

/**
 * `visibleText` is the page's text when the caller already has it (the
 * content script builds the text model for detection); otherwise it is built
 * here.
 */
export function collectPublishedCandidates(doc: Document, visibleText?: string): PublishedCandidates {
  const candidates: PublishedCandidates = { meta: [], jsonLd: [], times: [], text: '' };
  try {
    const metas = doc.querySelectorAll('meta[content]');
    for (let i = 0; i < metas.length && i < MAX_META; i++) {
      const meta = metas[i]!;
      const key = attr(meta, 'property') ?? attr(meta, 'name') ?? attr(meta, 'itemprop');
      const content = attr(meta, 'content');
      if (key && content) candidates.meta.push({ key, content });
    }
    // Microdata outside <meta>: <time itemprop="datePublished" datetime=…>, <span itemprop="datePublished">…</span>.
    const items = doc.querySelectorAll('[itemprop="datePublished"]:not(meta)');
    for (let i = 0; i < items.length && i < MAX_TIMES; i++) {
      const item = items[i]!;
      const content = attr(item, 'datetime') ?? attr(item, 'content') ?? (item.textContent ?? '').slice(0, MAX_ATTRIBUTE);
      if (content) candidates.meta.push({ key: 'datePublished', content });
    }
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++) {
      const json = scripts[i]!.textContent ?? '';
      if (json.length <= MAX_JSON_LD_CHARS) candidates.jsonLd.push(json);
    }
    const times = doc.querySelectorAll('time');
    for (let i = 0; i < times.length && i < MAX_TIMES; i++) {
      const time = times[i]!;
      candidates.times.push({ datetime: attr(time, 'datetime'), text: (time.textContent ?? '').slice(0, MAX_ATTRIBUTE) });
    }
    const text = visibleText ?? buildTextModel(doc.body ?? doc).text;
    candidates.text = text.slice(0, BYLINE_TEXT_CHARS);
  } catch {
    // A page can break any DOM call (exotic elements, torn-down documents): keep what was gathered.
  }
  return candidates;
}
