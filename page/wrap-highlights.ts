/**
 * The fallback for browsers without the CSS Custom Highlight API (Firefox
 * before 140, Safari before 17.2): wrap each text node a figure covers in a
 * <figurelens-mark>, and undo it exactly.
 *
 * "Exactly" is the point. Hypothesis-style removal (replace the wrapper by its
 * children, then normalize()) merges text nodes the page kept apart and loses
 * the identity of the nodes it split, which a framework holding references to
 * them then trips over. Here a split is remembered as (head, tail) and undone
 * by appending the tail's text back to the head, so the page gets back the
 * very node objects it had, with the same data.
 */
import { MARK_TAG } from './scope';

export interface Wrapping {
  marks: HTMLElement[];
  /** Text nodes split to fit the range: `head` is the page's node, `tail` ours. */
  splits: Array<{ head: Text; tail: Text }>;
}

const WHITESPACE_ONLY = /^\s*$/;

/** The text nodes a range touches, in document order (its boundary nodes included). */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) out.push(node as Text);
  }
  return out;
}

/**
 * Wraps the text `range` covers, one mark per text node, with `data-kind` set
 * for styling. Whitespace-only nodes are left alone: a wrapper between table
 * rows or list items is invalid markup and breaks the layout.
 */
export function wrapRange(range: Range, kind: string): Wrapping {
  const wrapping: Wrapping = { marks: [], splits: [] };
  if (range.collapsed) return wrapping;
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const nodes = textNodesIn(range);
  if (nodes.length === 0) return wrapping;

  // Boundaries at the very edge of a node take none of its text.
  if (nodes[nodes.length - 1] === endContainer && endOffset === 0) nodes.pop();
  if (nodes[0] === startContainer && startOffset >= (startContainer as Text).length) nodes.shift();
  if (nodes.length === 0) return wrapping;

  // Split the end first so the start offset stays valid when both are one node.
  const last = nodes[nodes.length - 1]!;
  if (last === endContainer && endOffset < last.length) {
    wrapping.splits.push({ head: last, tail: last.splitText(endOffset) });
  }
  const first = nodes[0]!;
  if (first === startContainer && startOffset > 0) {
    const tail = first.splitText(startOffset);
    wrapping.splits.push({ head: first, tail });
    nodes[0] = tail;
  }

  for (const node of nodes) {
    if (WHITESPACE_ONLY.test(node.data) || !node.parentNode) continue;
    const mark = node.ownerDocument.createElement(MARK_TAG);
    mark.setAttribute('data-kind', kind);
    node.parentNode.insertBefore(mark, node);
    mark.appendChild(node);
    wrapping.marks.push(mark);
  }
  return wrapping;
}

/**
 * Takes the marks out and joins split nodes back. Whatever the page did to
 * those nodes since (removed them, moved them) is left as the page made it.
 */
export function unwrap(wrapping: Wrapping): void {
  for (const mark of wrapping.marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  for (let i = wrapping.splits.length - 1; i >= 0; i--) {
    const { head, tail } = wrapping.splits[i]!;
    if (head.nextSibling !== tail) continue;
    head.appendData(tail.data);
    tail.parentNode!.removeChild(tail);
  }
  wrapping.marks = [];
  wrapping.splits = [];
}
