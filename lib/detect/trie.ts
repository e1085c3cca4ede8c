import type { Lang } from '../figure';
import { isInlineSpace, isWordChar } from './chars';

/**
 * Longest-match lookup of lexicon keys in running text, forward from a
 * position (units after a number) or backward to it (currency and hedges
 * before a number). Built once at module load; a lookup reads at most the
 * longest key, so the scanner stays linear.
 */
export interface Entry<T> {
  key: string;
  value: T;
  lang: Lang | undefined;
}

/**
 * Most nodes have one child ("trillio" → "n"), so a node keeps its first
 * child inline, and the others of a branching node in two parallel arrays
 * searched in order: a lookup walks chains with comparisons, not hashing
 * (a Map here cost a twentieth of the detector's time on dense text). Only
 * a node with more than FAN children, in practice the root, adds a Map.
 */
interface Node<T> {
  char: number;
  child: Node<T> | undefined;
  moreChars: number[] | undefined;
  moreNodes: Node<T>[] | undefined;
  many: Map<number, Node<T>> | undefined;
  entry?: Entry<T>;
  /** The key ends (forward) or starts (backward) with a letter or digit, so the text must not go on with one. */
  bounded?: boolean;
}

const SPACE = 32;

/** Forms of a key to insert: see Lexicon for the casing rule. */
function variants(key: string): string[] {
  const title = key.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  const upper = key.toUpperCase();
  if (key !== key.toLowerCase()) return key.includes(' ') ? [key, title, upper] : [key];
  if (key === upper) return [key];
  return [key, key[0]!.toUpperCase() + key.slice(1), title, upper];
}

const FAN = 8;

function newNode<T>(): Node<T> {
  return { char: -1, child: undefined, moreChars: undefined, moreNodes: undefined, many: undefined };
}

function step<T>(node: Node<T>, c: number): Node<T> | undefined {
  if (node.char === c) return node.child;
  const chars = node.moreChars;
  if (chars === undefined) return undefined;
  if (node.many !== undefined) return node.many.get(c);
  for (let i = 0; i < chars.length; i++) if (chars[i] === c) return node.moreNodes![i];
  return undefined;
}

function addChild<T>(node: Node<T>, c: number, child: Node<T>): void {
  const chars = (node.moreChars ??= []);
  const nodes = (node.moreNodes ??= []);
  chars.push(c);
  nodes.push(child);
  if (node.many) node.many.set(c, child);
  else if (chars.length > FAN) node.many = new Map(chars.map((ch, i) => [ch, nodes[i]!]));
}

export class Trie<T> {
  private readonly root: Node<T> = newNode();
  /**
   * Where the last successful find ended (forward) or started (backward).
   * A field rather than a returned pair: the scanner makes several lookups
   * per number, and allocating a pair for each doubled the garbage collector's work.
   */
  at = 0;
  /** Bit per UTF-16 code unit that can begin a lookup: most lookups end here, before any Map. */
  private readonly first = new Uint8Array(8192);

  constructor(private readonly backward = false) {}

  add(key: string, value: T, lang: Lang | undefined): this {
    for (const written of variants(key)) {
      let node = this.root;
      const chars = this.backward ? [...written].reverse().join('') : written;
      this.mark(chars.charCodeAt(0));
      // A key starting with a space also starts with any other inline space.
      if (chars.charCodeAt(0) === SPACE) for (const c of [0xa0, 9, 0x2009, 0x202f, 0x3000]) this.mark(c);
      for (let i = 0; i < chars.length; i++) {
        const c = chars.charCodeAt(i);
        let child = step(node, c);
        if (!child) {
          child = newNode();
          if (!node.child) {
            node.char = c;
            node.child = child;
          } else addChild(node, c, child);
        }
        node = child;
      }
      if (!node.entry) {
        node.entry = { key, value, lang };
        node.bounded = isWordChar(chars.charCodeAt(chars.length - 1));
      }
    }
    return this;
  }

  private mark(c: number): void {
    this.first[c >> 3]! |= 1 << (c & 7);
  }

  private mayStart(c: number): boolean {
    return (this.first[c >> 3]! & (1 << (c & 7))) !== 0;
  }

  addAll(table: Record<string, unknown> | readonly string[], value: (key: string) => T, lang: Lang | undefined): this {
    const keys = Array.isArray(table) ? (table as readonly string[]) : Object.keys(table);
    for (const key of keys) this.add(key, value(key), lang);
    return this;
  }

  /** The longest key starting at `from` (forward) or ending at `from` (backward), not reading past `limit`. */
  find(text: string, from: number, limit: number): Entry<T> | undefined {
    if (this.backward ? from <= limit || !this.mayStart(text.charCodeAt(from - 1)) : from >= limit || !this.mayStart(text.charCodeAt(from))) return undefined;
    return this.backward ? this.findBackward(text, from, limit) : this.findForward(text, from, limit);
  }

  private findForward(text: string, from: number, limit: number): Entry<T> | undefined {
    let node = this.root;
    let best: Entry<T> | undefined;
    let i = from;
    while (i < limit) {
      const c = text.charCodeAt(i);
      let child: Node<T> | undefined;
      if (isInlineSpace(c) && (child = step(node, SPACE))) {
        i += i + 1 < limit && isInlineSpace(text.charCodeAt(i + 1)) ? 2 : 1;
      } else {
        child = step(node, c);
        if (!child) break;
        i++;
      }
      node = child;
      if (node.entry && !(node.bounded && i < text.length && isWordChar(text.charCodeAt(i)))) {
        best = node.entry;
        this.at = i;
      }
    }
    return best;
  }

  private findBackward(text: string, end: number, floor: number): Entry<T> | undefined {
    let node = this.root;
    let best: Entry<T> | undefined;
    let i = end;
    while (i > floor) {
      const c = text.charCodeAt(i - 1);
      let child: Node<T> | undefined;
      if (isInlineSpace(c) && (child = step(node, SPACE))) {
        i -= i - 1 > floor && isInlineSpace(text.charCodeAt(i - 2)) ? 2 : 1;
      } else {
        child = step(node, c);
        if (!child) break;
        i--;
      }
      node = child;
      if (node.entry && !(node.bounded && i > 0 && isWordChar(text.charCodeAt(i - 1)))) {
        best = node.entry;
        this.at = i;
      }
    }
    return best;
  }
}
