/**
 * What to read again after the page changed: from a batch of MutationRecords,
 * the smallest subtrees whose text may hold new or different figures, and the
 * subtrees that left the page.
 *
 * A figure never crosses a block boundary (the text model puts a newline
 * there), so a change inside a paragraph means reading that paragraph, and an
 * appended article (infinite scroll, "load more") means reading just it, not
 * the feed it was appended to.
 */
import { composedParent, isBlock } from './scope';

export interface MutationScopes {
  /** Subtrees to read again: connected, none inside another, in no particular order. */
  scopes: Node[];
  /** Subtrees taken out of the page: the figures in them are gone. */
  removed: Node[];
}

/** The nearest block-level ancestor (or the node itself), else its shadow root or the document's body. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current) {
    if (current.nodeType === 1 && isBlock(current as Element)) return current;
    if (current.nodeType === 11 || current.nodeType === 9) return current.nodeType === 9 ? ((current as Document).body ?? current) : current;
    current = current.parentNode;
  }
  return node;
}

/** Keeps only the outermost of nested scopes. */
function outermost(nodes: Set<Node>): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    let covered = false;
    for (let up = composedParent(node); up && !covered; up = composedParent(up)) covered = nodes.has(up);
    if (!covered && node.isConnected) out.push(node);
  }
  return out;
}

function isInline(node: Node): boolean {
  return node.nodeType === 3 || (node.nodeType === 1 && !isBlock(node as Element));
}

/** Nodes that never carry visible text: pages add scripts, styles and comments all the time (ads, analytics, CSS-in-JS). */
const INERT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BASE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

function isInert(node: Node): boolean {
  if (node.nodeType === 8 || node.nodeType === 7) return true;
  return node.nodeType === 1 && INERT_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Whether a node is in the document's <head>, whose changes are never article text. */
function inHead(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('head') != null;
}

/** `isOwn` tells FigureLens's own nodes (the card's host), whose comings and goings are not the page's. */
export function scopesOf(records: readonly MutationRecord[], isOwn: (node: Node) => boolean): MutationScopes {
  const scopes = new Set<Node>();
  const removed: Node[] = [];
  /** Per parent: the nodes it got in this batch, the blocks among them, and whether it lost any. */
  const lists = new Map<Node, { added: Set<Node>; blocks: Node[]; lost: boolean }>();
  for (const record of records) {
    const target = record.target;
    if (isOwn(target) || inHead(target)) continue;
    switch (record.type) {
      case 'characterData':
        scopes.add(blockOf(target));
        break;
      case 'attributes':
        scopes.add(blockOf(target));
        break;
      case 'childList': {
        let list = lists.get(target);
        if (!list) lists.set(target, (list = { added: new Set(), blocks: [], lost: false }));
        let joinsNeighbours = false;
        for (const node of record.addedNodes) {
          if (isOwn(node)) continue;
          list.added.add(node);
          if (isInert(node)) continue;
          if (isInline(node)) joinsNeighbours = true;
          else if (node.nodeType === 1) list.blocks.push(node);
        }
        for (const node of record.removedNodes) {
          if (isOwn(node) || isInert(node)) continue;
          removed.push(node);
          list.lost = true;
          // "up <b>6.4</b> percent" losing its <b> may make a new figure of its neighbours.
          if (isInline(node)) joinsNeighbours = true;
        }
        if (joinsNeighbours) scopes.add(blockOf(target));
        break;
      }
    }
  }
  for (const [target, { added, blocks, lost }] of lists) {
    if (blocks.length === 0) continue;
    // A container whose whole content was swapped (innerHTML, replaceChildren: a framework re-rendering
    // a list) is read as itself, in the place it had; reading it costs what reading its new children would.
    if (lost && everyChildIn(target, added)) scopes.add(blockOf(target));
    else for (const block of blocks) scopes.add(block);
  }
  return { scopes: outermost(scopes), removed };
}

function everyChildIn(parent: Node, nodes: ReadonlySet<Node>): boolean {
  for (let child = parent.firstChild; child; child = child.nextSibling) if (!nodes.has(child)) return false;
  return parent.firstChild !== null;
}

/** Every text node under `root`, open shadow trees included (where figures may have been painted). */
export function textNodesUnder(root: Node): Text[] {
  return textNodesWithin(root, Infinity)!;
}

/**
 * The text nodes under `root` when it holds at most `maxChars` characters of
 * text, else null: the walk stops as soon as it knows the element is large.
 */
export function textNodesWithin(root: Node, maxChars: number): Text[] | null {
  const out: Text[] = [];
  let chars = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      chars += (node as Text).data.length;
      if (chars > maxChars) return null;
      out.push(node as Text);
      continue;
    }
    const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
