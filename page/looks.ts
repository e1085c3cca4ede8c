/**
 * How highlights look: one CSS text, made from the reader's looks per kind,
 * for both ways of painting (::highlight() rules for the Custom Highlight
 * API, <figurelens-mark> rules for the wrapping fallback).
 *
 * The default looks ship as the content script's stylesheet
 * (entrypoints/content/style.css, checked against this module by a test):
 * the browser injects it without adding a node to the page. Other looks go in
 * a constructed stylesheet adopted by the document, which adds no node either.
 */
import { FIGURE_KINDS, type FigureKind } from '@/lib/figure';
import type { KindLook } from '@/lib/settings';

export const KINDS: readonly FigureKind[] = FIGURE_KINDS;

/** The registry name of a kind's highlight; `focus` is the figure the card or a reveal points at. */
export function highlightName(kind: FigureKind | 'focus'): string {
  return `figurelens-${kind}`;
}

const FOCUS_RGB = '255 64 129';

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

/**
 * Declarations for one look. Backgrounds are translucent and the text keeps
 * its own colour, so the page's contrast holds on light and dark pages alike;
 * lines are drawn in the full colour.
 */
function declarations(look: KindLook): string {
  const c = rgb(look.color);
  switch (look.style) {
    case 'underline':
      return `background-color: transparent; text-decoration: underline 2px rgb(${c});`;
    case 'outline':
      return `background-color: rgb(${c} / 0.12); text-decoration: underline overline 1px rgb(${c});`;
    default:
      return `background-color: rgb(${c} / 0.4);`;
  }
}

export function looksCss(looks: Record<FigureKind, KindLook>): string {
  const rules: string[] = [];
  for (const kind of KINDS) {
    const d = declarations(looks[kind]);
    rules.push(`::highlight(${highlightName(kind)}) { ${d} }`);
    rules.push(`figurelens-mark[data-kind="${kind}"] { all: unset; ${d} }`);
  }
  const focus = `background-color: rgb(${FOCUS_RGB} / 0.45); text-decoration: underline 2px rgb(${FOCUS_RGB});`;
  rules.push(`::highlight(${highlightName('focus')}) { ${focus} }`);
  rules.push(`figurelens-mark[data-focus] { ${focus} }`);
  return rules.join('\n') + '\n';
}

/** Whether two sets of looks paint the same. */
export function sameLooks(a: Record<FigureKind, KindLook>, b: Record<FigureKind, KindLook>): boolean {
  return KINDS.every((k) => a[k].color.toLowerCase() === b[k].color.toLowerCase() && a[k].style === b[k].style);
}

type StyleRoot = Document | ShadowRoot;

/**
 * The reader's own looks, as a constructed stylesheet adopted by the document
 * (and any shadow root holding figures). Adoption can fail where content
 * scripts see the page through wrappers (older Firefox): the shipped defaults
 * then stay in force, which is the right degradation.
 */
export class AdoptedLooks {
  private sheet: CSSStyleSheet | null = null;
  private readonly roots = new Set<StyleRoot>();

  constructor(private readonly doc: Document) {}

  /** Applies `css` everywhere it is adopted, or adopts it in the document first. */
  set(css: string): void {
    try {
      this.sheet ??= new (this.doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      this.sheet.replaceSync(css);
      this.adopt(this.doc);
    } catch {
      this.sheet = null;
    }
  }

  /** Adopts the sheet in a shadow root too, once a figure is painted there. */
  adopt(root: StyleRoot): void {
    if (!this.sheet || this.roots.has(root)) return;
    try {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      this.roots.add(root);
    } catch {
      // A page that froze its adoptedStyleSheets keeps the defaults.
    }
  }

  /** Takes the sheet out of every root: no trace left. */
  clear(): void {
    for (const root of this.roots) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // The root is gone or frozen: nothing of ours to take back.
      }
    }
    this.roots.clear();
    this.sheet = null;
  }

  get active(): boolean {
    return this.sheet !== null;
  }
}
