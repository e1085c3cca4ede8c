/**
 * The sentence a figure stands in. Intl.Segmenter would be the obvious
 * choice, but in V8 (Node 20, Chrome) its sentence iterator is quadratic on
 * long strings (200 kB: 1.2 s) and costs ~95 µs per 1,500-character window,
 * more than the whole detector. So boundaries are found here with the core
 * of UAX #29: line breaks, 。！？, and . ! ? before a space and a
 * non-lower-case word, not after an abbreviation or an initial ("U.S.").
 *
 * Figures are asked for in text order, so one cursor walks the text once.
 */
import { MAX_SENTENCE } from '../messages';
import { isInlineSpace } from './trie';

const MARK = /[\n\r\u2028\u2029\u3002\uff01\uff1f!?.]/g;
const CLOSERS = new Set('"\'”’」』）)]》'.split('').map((c) => c.charCodeAt(0)));
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no co inc ltd corp jr sr vs etc gov sen rep gen jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol rs e.g i.e'.split(' '),
);

function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13;
}

export interface Sentence {
  text: string;
  /** Where the figure starts within `text`. */
  offset: number;
}

export class SentenceFinder {
  /** Start of the sentence the cursor is in. */
  private sentenceStart = 0;
  /** The next boundary at or after the cursor, -1 when not looked for yet; text.length + 1 when there is none. */
  private nextBoundary = -1;

  constructor(private readonly text: string) {
    MARK.lastIndex = 0;
  }

  /** Where a sentence ending at the mark at `i` lets the next one begin, or -1 if the mark ends nothing. */
  private boundaryAt(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i + 1;
    let j = i + 1;
    while (j < text.length && j < i + 4 && CLOSERS.has(text.charCodeAt(j))) j++;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return j;
    if (j < text.length && !isSpace(text.charCodeAt(j))) return -1;
    if (c !== 46) return j;
    let k = j;
    while (k < text.length && k < j + 3 && isSpace(text.charCodeAt(k))) k++;
    const following = text.charCodeAt(k);
    if (following >= 97 && following <= 122) return -1;
    let w = i;
    while (w > 0 && w > i - 6 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
    const word = text.slice(w, i);
    // "U.S. Treasury", "J. Smith": a single capital before the point is an initial.
    if (word.length === 1 && word >= 'A' && word <= 'Z') return -1;
    if (ABBREVIATIONS.has(word.toLowerCase())) return -1;
    return j;
  }

  private peek(): number {
    while (this.nextBoundary < 0) {
      const m = MARK.exec(this.text);
      if (!m) this.nextBoundary = this.text.length + 1;
      else {
        const b = this.boundaryAt(m.index);
        if (b >= 0) this.nextBoundary = b;
        if (MARK.lastIndex < b) MARK.lastIndex = b;
      }
    }
    return this.nextBoundary;
  }

  /** The sentence around [start, end); calls must come in text order. */
  around(start: number, end: number): Sentence {
    const { text } = this;
    while (this.peek() <= start) {
      this.sentenceStart = this.nextBoundary;
      this.nextBoundary = -1;
    }
    // A boundary inside the figure ("Rs. 500") does not split it.
    while (this.peek() < end) this.nextBoundary = -1;
    let from = this.sentenceStart;
    let to = Math.min(this.peek(), text.length);
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
    return { text: text.slice(from, to), offset: start - from };
  }
}
