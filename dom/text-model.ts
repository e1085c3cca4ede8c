/**
 * The page's visible text as one string, with a map from string offsets back
 * to DOM text nodes. The content script scans the string with lib/ and turns
 * figure offsets back into DOM Ranges; the scan CLI reads .html files the same
 * way (under happy-dom), so both see the same text.
 */

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'TITLE',
]);

/** Elements that break the text flow: their text is separated from the neighbours' by a newline. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextModel {
  text: string;
  /** Text nodes in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

export interface TextModelOptions {
  /** Extra test for elements to leave out (hidden by CSS, our own UI). */
  skip?: (element: Element) => boolean;
}

function isSkipped(element: Element, options: TextModelOptions): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return options.skip?.(element) ?? false;
}

/**
 * Walks `root` without recursion (a hostile page can nest 100,000 elements)
 * and collects its visible text.
 */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const breakLine = () => {
    if (length > 0) pendingBreak = true;
  };

  // Each stack entry is a node to enter, or a marker to close a block element.
  const stack: Array<Node | 'close-block'> = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'close-block') {
      breakLine();
      continue;
    }
    if (item.nodeType === 3) {
      const data = (item as Text).data;
      if (data.length === 0) continue;
      if (pendingBreak) {
        push('\n');
        pendingBreak = false;
      }
      nodes.push(item as Text);
      starts.push(length);
      push(data);
      continue;
    }
    const isElement = item.nodeType === 1;
    if (isElement && isSkipped(item as Element, options)) continue;
    if (!isElement && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const block = isElement && BLOCK_TAGS.has((item as Element).tagName.toUpperCase());
    if (block) {
      breakLine();
      stack.push('close-block');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node holding `offset` and the offset inside it. Binary search: pages have 10,000s of nodes. */
export function locate(model: TextModel, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const { starts, nodes } = model;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const node = nodes[mid]!;
    const s = starts[mid]!;
    const e = s + node.data.length;
    if (offset < s || (preferEnd && offset === s && mid > 0 && starts[mid - 1]! + nodes[mid - 1]!.data.length === s)) hi = mid - 1;
    else if (offset > e || (!preferEnd && offset === e)) lo = mid + 1;
    else return { node, offset: offset - s };
  }
  return null;
}

/** A DOM Range over text offsets [start, end), or null when they fall outside the model. */
export function rangeFor(model: TextModel, start: number, end: number): Range | null {
  const from = locate(model, start);
  const to = locate(model, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
