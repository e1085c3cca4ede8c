/**
 * Which parts of a page are article text. The text model reads only what a
 * reader sees as prose: not code, not form controls, not what the page hides,
 * not what the reader is typing, and not FigureLens's own UI. Menus and
 * footers are read, but marked as boilerplate: a count there ("24 hours",
 * "Copyright 2017-2018") is chrome, not news.
 */

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
]);

/** Elements that break the text flow: their text is separated from the neighbours' by a newline. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** The fallback highlight wrapper's tag name. */
export const MARK_TAG = 'figurelens-mark';
/** Names the hover card's host (a plain `div`) for people and tests; never how we recognise it. */
export const CARD_HOST_ATTRIBUTE = 'data-figurelens-card';

/**
 * FigureLens's own elements, known by identity: a page can copy a tag name or
 * an attribute (and so hide its own text from us), not an entry here.
 */
const ownUi = new WeakSet<Element>();

export function markOwnUi(element: Element): void {
  ownUi.add(element);
}

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

export function isOwnUi(element: Element): boolean {
  return ownUi.has(element);
}

/** Never read: code, controls, hidden or editable content, our own card. */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  // contenteditable="" and "true" and "plaintext-only" all make the subtree the reader's own text.
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return isOwnUi(element);
}

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search']);

/**
 * Sectioning content that makes a header or footer belong to it (HTML-AAM:
 * only a header/footer outside these maps to banner/contentinfo). The seed
 * article's site footer is body-level; an article's own footer is not chrome.
 */
const SECTIONING = 'article, aside, main, nav, section, [role="article"], [role="main"]';

/** Site navigation, banners, footers and sidebars: read, but their counts are not news. */
export function isBoilerplate(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role !== null && role.trim() !== '') return BOILERPLATE_ROLES.has(role.trim().toLowerCase());
  switch (element.tagName.toUpperCase()) {
    case 'NAV':
    case 'ASIDE':
      return true;
    case 'HEADER':
    case 'FOOTER':
      return element.parentElement?.closest(SECTIONING) == null;
    default:
      return false;
  }
}

/** The parent in the flat tree's ancestor chain: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode.nodeType === 11 ? ((node.parentNode as ShadowRoot).host ?? null) : node.parentNode;
  return null;
}
