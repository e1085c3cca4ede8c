/**
 * What the scan CLI reads: an .html/.htm file (or HTML on stdin) as the
 * content script reads a page — its visible text, through the same text
 * model — anything else as plain text. Bytes are decoded by decode.ts first.
 */
import { buildTextModel } from '@/page/text-model';
import { TableCells } from '@/page/table-cells';
import type { Table } from '@/lib/tables';
import { pageLang } from '@/lib/page';
import type { Lang } from '@/lib/figure';
import { decodeBytes } from './decode';

export interface Source {
  /** The file name as given ("-" for stdin). */
  name: string;
  text: string;
  lang: Lang;
  title: string;
  /** The parsed page, for HTML sources (meta tags, JSON-LD, bylines). */
  document?: Document;
  /** An HTML source's tables, their cells placed in `text`. */
  tables?: Table[];
}

export function isHtml(name: string): boolean {
  return /\.html?$/i.test(name);
}

/** Standard input has no name: a page piped from `curl` is known by how it starts. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart();
  return /^<(!doctype\s+html|html[\s>]|head[\s>]|meta\s)/i.test(head);
}

// happy-dom takes most of a second to load: a scan of text files never pays it.
let parser: Promise<DOMParser> | undefined;
function htmlParser(): Promise<DOMParser> {
  parser ??= import('happy-dom').then(({ Window }) => {
    const window = new Window({
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      },
    });
    return new window.DOMParser() as unknown as DOMParser;
  });
  return parser;
}

export async function htmlSource(name: string, html: string): Promise<Source> {
  const document = (await htmlParser()).parseFromString(html, 'text/html');
  const root = document.body ?? document;
  const cells = new TableCells(root);
  const text = buildTextModel(root, { onRegion: (node, start, end) => cells.see(node, start, end) }).text;
  return { name, text, lang: pageLang(document.documentElement?.getAttribute('lang'), text), title: document.title ?? '', document, tables: cells.read(text) };
}

export function textSource(name: string, text: string): Source {
  return { name, text, lang: pageLang(null, text), title: '' };
}

/** The input's bytes as a Source, or why they cannot be read as text. */
export async function sourceOf(name: string, bytes: Uint8Array): Promise<Source | { error: string }> {
  const html = name === '-' ? looksLikeHtml(bytes) : isHtml(name);
  const decoded = decodeBytes(bytes, html);
  if (!decoded.ok) return { error: decoded.reason };
  return html ? htmlSource(name, decoded.text) : textSource(name, decoded.text);
}
