/**
 * The page's visible text as one string, with a map from string offsets back
 * to DOM text nodes. The content script scans the string with lib/ and turns
 * figure offsets back into DOM Ranges; the scan CLI reads .html files the same
 * way (under happy-dom), so both see the same text.
 *
 * The string is the flat tree's text: open shadow roots are read in place of
 * their host's children, and slotted children where their slot is. Each text
 * node contributes its data one character for one (tabs and source newlines
 * become spaces, so "up\n  6.4 percent" in an HTML file reads as a sentence);
 * a block element's boundary adds one "\n". Offsets inside a node are
 * therefore the node's own offsets, which keeps the map exact.
 */
import { composedParent, isBlock, isBoilerplate, isSkipped } from './scope';

export interface TextModel {
  text: string;
  /** Text nodes in flat-tree order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
  /** Menus, footers and sidebars as [start, end) pairs, flattened and in order. */
  boilerplate: number[];
}

export interface TextModelOptions {
  /** Extra test for elements to leave out (hidden by CSS, for instance). */
  skip?: (element: Element) => boolean;
  /** Called for each open shadow root read, so the caller can watch it for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * Called as each block element and open shadow root is left, with where its
   * text lies in `text`: [start, end) from its first character to its last
   * (end < start when it has none). Reading that node alone gives exactly
   * that stretch of text, so a caller can put a later read of it back there.
   */
  onRegion?: (node: Element | ShadowRoot, start: number, end: number) => void;
}

const LAYOUT_WHITESPACE = /[\t\n\r\f]/g;

/** Where a block or shadow root began, kept on the stack until it is left (only when regions are asked for). */
class OpenRegion {
  constructor(
    readonly node: Element | ShadowRoot,
    readonly start: number,
    readonly block: boolean,
  ) {}
}

type StackItem = Node | 'close-block' | 'close-boilerplate' | OpenRegion;

/**
 * Reads a subtree a slice at a time: a 2 MB article has 100,000 nodes, and the
 * page must stay responsive while they are read. Iterative, with an explicit
 * stack, because a hostile page can nest 100,000 elements.
 */
export class TextWalker {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly boilerplate: number[] = [];
  private readonly stack: StackItem[];
  private length = 0;
  private pendingBreak = false;
  private boilerplateDepth = 0;
  private model: TextModel | null = null;

  constructor(
    root: Node,
    private readonly options: TextModelOptions = {},
  ) {
    const context = ancestorContext(root, options);
    this.stack = context.skipped ? [] : [root];
    if (context.boilerplate) this.openBoilerplate();
  }

  /**
   * Reads on until the subtree is done (true) or `pause` asks to stop (false;
   * call again to go on). `pause` is asked every few hundred nodes.
   */
  walk(pause: () => boolean = () => false): boolean {
    const { stack, options } = this;
    let sinceCheck = 0;
    while (stack.length > 0) {
      if (++sinceCheck === 256) {
        sinceCheck = 0;
        if (pause()) return false;
      }
      const item = stack.pop()!;
      if (item === 'close-block') {
        this.breakLine();
        continue;
      }
      if (item === 'close-boilerplate') {
        if (--this.boilerplateDepth === 0) this.closeBoilerplate();
        continue;
      }
      if (item instanceof OpenRegion) {
        // A region ends at its last character: the line break a block adds comes before what follows it.
        options.onRegion?.(item.node, item.start, this.length);
        if (item.block) this.breakLine();
        continue;
      }
      const type = item.nodeType;
      if (type === 3) {
        this.pushText(item as Text);
        continue;
      }
      if (type === 1) {
        const element = item as Element;
        if (isSkipped(element) || options.skip?.(element)) continue;
        const block = isBlock(element);
        if (block) {
          this.breakLine();
          stack.push(options.onRegion ? new OpenRegion(element, this.nextStart(), true) : 'close-block');
        }
        if (isBoilerplate(element)) {
          this.openBoilerplate();
          stack.push('close-boilerplate');
        }
        const shadow = options.onRegion ? (element as HTMLElement).shadowRoot : null;
        if (shadow) stack.push(new OpenRegion(shadow, this.nextStart(), false));
        pushChildren(stack, contentOf(element, options));
        continue;
      }
      if (type === 9 || type === 11) pushChildren(stack, item.childNodes);
    }
    return true;
  }

  /** How many characters have been read so far. */
  get textLength(): number {
    return this.length;
  }

  /** The text read so far (all of it once `walk` returned true). */
  result(): TextModel {
    if (this.boilerplateDepth > 0 && this.stack.length === 0) {
      this.closeBoilerplate();
      this.boilerplateDepth = 0;
    }
    this.model ??= { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, boilerplate: this.boilerplate };
    return this.model;
  }

  private pushText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak) {
      this.push('\n');
      this.pendingBreak = false;
    }
    this.nodes.push(node);
    this.starts.push(this.length);
    this.push(data.replace(LAYOUT_WHITESPACE, ' '));
  }

  /** Where the next character read will be: after the line break a block boundary left pending. */
  private nextStart(): number {
    return this.length + (this.pendingBreak ? 1 : 0);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private breakLine(): void {
    if (this.length > 0) this.pendingBreak = true;
  }

  private openBoilerplate(): void {
    // The region starts after the newline that its first text will bring.
    if (this.boilerplateDepth++ === 0) this.boilerplate.push(this.length + (this.pendingBreak ? 1 : 0));
  }

  private closeBoilerplate(): void {
    const start = this.boilerplate[this.boilerplate.length - 1]!;
    if (this.length > start) this.boilerplate.push(this.length);
    else this.boilerplate.pop();
  }
}

/** The whole subtree's text at once (the scan CLI, small subtrees). */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  const walker = new TextWalker(root, options);
  walker.walk();
  return walker.result();
}

/**
 * The first `maxChars` or so of a subtree's text (at least that many when
 * there are): what a page's language and byline are judged by, without
 * reading a long page to its end.
 */
export function leadingText(root: Node, maxChars: number, options: TextModelOptions = {}): string {
  const walker = new TextWalker(root, options);
  walker.walk(() => walker.textLength >= maxChars);
  return walker.result().text;
}

/**
 * What an element shows: its open shadow root instead of its light children,
 * a slot's assigned nodes instead of its fallback content.
 */
function contentOf(element: Element, options: TextModelOptions): ArrayLike<Node> {
  const shadow = (element as HTMLElement).shadowRoot;
  if (shadow) {
    options.onShadowRoot?.(shadow);
    return shadow.childNodes;
  }
  if (element.localName === 'slot') {
    // Outside a shadow tree a slot has nothing assigned and shows its children.
    const assigned = (element as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length > 0) return assigned;
  }
  return element.childNodes;
}

function pushChildren(stack: StackItem[], children: ArrayLike<Node>): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}

/**
 * Whether a subtree read on its own (a paragraph filled in after load) sits
 * inside something never read, or inside a menu or footer.
 */
function ancestorContext(root: Node, options: TextModelOptions): { skipped: boolean; boilerplate: boolean } {
  let boilerplate = false;
  for (let node = composedParent(root); node; node = composedParent(node)) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (isSkipped(element) || options.skip?.(element)) return { skipped: true, boilerplate };
    if (!boilerplate && isBoilerplate(element)) boilerplate = true;
  }
  return { skipped: false, boilerplate };
}

/** Whether `offset` falls in a menu, footer or sidebar. */
export function inBoilerplate(model: TextModel, offset: number): boolean {
  const b = model.boilerplate;
  let lo = 0;
  let hi = b.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < b[2 * mid]!) hi = mid - 1;
    else if (offset >= b[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The text node holding `offset` and the offset inside it. Binary search: pages have 10,000s of nodes. */
export function locate(model: TextModel, offset: number, preferEnd = false): { node: Text; offset: number; index: number } | null {
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
    else return { node, offset: offset - s, index: mid };
  }
  return null;
}

/** The text nodes a span of the text covers, in order. */
export function nodesFor(model: TextModel, start: number, end: number): Text[] {
  const from = locate(model, start);
  const to = locate(model, end, true);
  if (!from || !to) return [];
  return model.nodes.slice(from.index, to.index + 1);
}

/**
 * A DOM Range over text offsets [start, end), or null when they fall outside
 * the model, when the nodes changed since they were read, or when the span
 * crosses a shadow boundary (a Range cannot).
 */
export function rangeFor(model: TextModel, start: number, end: number): Range | null {
  const from = locate(model, start);
  const to = locate(model, end, true);
  if (!from || !to) return null;
  if (from.node.data.length < from.offset || to.node.data.length < to.offset) return null;
  if (from.node !== to.node && from.node.getRootNode() !== to.node.getRootNode()) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * For a span that crosses a shadow boundary, where no Range can go: the part
 * of it in the tree where it starts (to place it in document order and notice
 * when its text changes), or null when the nodes changed since they were read.
 */
export function leadingRangeFor(model: TextModel, start: number, end: number): Range | null {
  const from = locate(model, start);
  const to = locate(model, end, true);
  if (!from || !to || from.node.data.length < from.offset) return null;
  const root = from.node.getRootNode();
  let last = from.index;
  while (last < to.index && model.nodes[last + 1]!.getRootNode() === root) last++;
  const node = model.nodes[last]!;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(node, last === to.index ? Math.min(to.offset, node.data.length) : node.data.length);
  return range;
}
