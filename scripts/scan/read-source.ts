/**
 * What the scan CLI reads: an .html/.htm file as the content script reads a
 * page (its visible text, through the same text model), anything else as
 * plain text.
 */
import { Window } from 'happy-dom';
import { buildTextModel } from '@/dom/text-model';
import { pageLang } from '@/lib/page';
import type { Lang } from '@/lib/figure';

export interface Source {
  /** The file name as given ("-" for stdin). */
  name: string;
  text: string;
  lang: Lang;
  title: string;
  /** The parsed page, for HTML sources (meta tags, JSON-LD, bylines). */
  document?: Document;
}

export function isHtml(name: string): boolean {
  return /\.html?$/i.test(name);
}

export function htmlSource(name: string, html: string): Source {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const text = buildTextModel(document.body ?? document).text;
  return { name, text, lang: pageLang(document.documentElement?.getAttribute('lang'), text), title: document.title ?? '', document };
}

export function textSource(name: string, text: string): Source {
  return { name, text, lang: pageLang(null, text), title: '' };
}
