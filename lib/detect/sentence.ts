/**
 * The sentence a figure stands in. Intl.Segmenter would be the obvious
 * choice, but in V8 (Node 20, Chrome) its sentence iterator is quadratic on
 * long strings (200 kB: 1.2 s) and costs ~95 µs per 1,500-character window,
 * more than the whole detector. So boundaries are found here with the core
 * of UAX #29: line breaks, 。！？, and . ! ? before a space and a
 * non-lower-case word, not after an abbreviation or an initial ("U.S.").
 *
 * Figures come in text order. Each search runs outward from a figure, back
 * to the end of the previous figure's sentence and forward to the next
 * boundary, so the regions never overlap and sentences without figures are
 * never read: linear, and cheap on sparse pages.
 */
import { MAX_SENTENCE } from '../messages';
import { isInlineSpace, Trie } from './trie';

const CLOSERS = new Set('"\'”’」』）)]》'.split('').map((c) => c.charCodeAt(0)));
/** Words whose full stop ends no sentence ("Mr. Wang", "Jan. 28"); read backwards from the point. */
const ABBREVIATIONS = new Trie<true>(true).addAll(
  'mr mrs ms dr prof st no co inc ltd corp jr sr vs etc gov sen rep gen jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol rs e.g i.e'.split(' '),
  () => true,
  'en',
);

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** A character that may end a sentence: . ! ? 。！？ or a line break. */
function isMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || isLineBreak(c);
}

export class SentenceFinder {
  /** The sentence of the previous figure, reused while figures stay inside it. */
  private from = 0;
  private to = 0;
  /** Where the figure starts within the sentence `around` last returned. */
  offset = 0;
  private last = '';
  private lastFrom = -1;
  private lastTo = -1;

  constructor(private readonly text: string) {}

  /** Where a sentence ending at the mark at `i` lets the next one begin, or -1 if it ends nothing. */
  private boundaryAt(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return i + 1;
    let j = i + 1;
    while (j < text.length && j < i + 4 && CLOSERS.has(text.charCodeAt(j))) j++;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return j;
    if (j < text.length && !isSpace(text.charCodeAt(j))) return -1;
    if (c !== 46) return j;
    let k = j;
    while (k < text.length && k < j + 3 && isSpace(text.charCodeAt(k))) k++;
    const following = text.charCodeAt(k);
    if (following >= 97 && following <= 122) return -1;
    // "U.S. Treasury", "J. Smith": a single capital before the point is an initial.
    const before = text.charCodeAt(i - 1);
    if (before >= 65 && before <= 90 && !isLetter(text.charCodeAt(i - 2))) return -1;
    if (ABBREVIATIONS.find(text, i, Math.max(0, i - 6))) return -1;
    return j;
  }

  /** The start of the sentence holding `at`: the last boundary at or before it, no further back than `limit`. */
  private startBefore(at: number, limit: number): number {
    const { text } = this;
    for (let i = at - 1; i >= limit; i--) {
      if (!isMark(text.charCodeAt(i))) continue;
      const b = this.boundaryAt(i);
      if (b >= 0 && b <= at) return b;
    }
    return limit;
  }

  /** The end of the sentence going on at `at`: the first boundary after it, no further than `limit`. */
  private endAfter(at: number, limit: number): number {
    const { text } = this;
    for (let i = at; i < limit; i++) {
      if (!isMark(text.charCodeAt(i))) continue;
      const b = this.boundaryAt(i);
      if (b >= 0) return b;
    }
    return limit;
  }

  /** The sentence around [start, end), trimmed and at most MAX_SENTENCE long; calls must come in text order. */
  around(start: number, end: number): string {
    const { text } = this;
    if (start >= this.to || end > this.to) {
      // A boundary inside the figure ("Rs. 500") does not split it: search from its ends.
      if (start >= this.to) this.from = this.startBefore(start, Math.max(this.to, start - MAX_SENTENCE));
      this.to = this.endAfter(end, Math.min(text.length, end + MAX_SENTENCE));
    }
    let from = this.from;
    let to = this.to;
    if (to - from > MAX_SENTENCE) {
      const room = MAX_SENTENCE - (end - start);
      const left = Math.min(start - from, Math.max(room >> 1, room - (to - end)));
      from = start - left;
      to = Math.min(to, end + room - left);
      // Never cut a surrogate pair in two.
      if (from < start && (text.charCodeAt(from) & 0xfc00) === 0xdc00) from++;
      if (to > end && (text.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--;
    }
    while (from < start && isSpace(text.charCodeAt(from))) from++;
    while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
    this.offset = start - from;
    // Figures in one sentence share one string.
    if (from !== this.lastFrom || to !== this.lastTo) {
      this.lastFrom = from;
      this.lastTo = to;
      this.last = text.slice(from, to);
    }
    return this.last;
  }
}
