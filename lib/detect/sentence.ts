/**
 * The sentence a figure stands in. Intl.Segmenter would be the obvious
 * choice, but in V8 (Node 20, Chrome) its sentence iterator is quadratic on
 * long strings (200 kB: 1.2 s) and costs ~95 µs per 1,500-character span,
 * more than the whole detector. So boundaries are found here with the core
 * of UAX #29: line breaks, 。！？, and . ! ? before a space and a
 * non-lower-case word, not after an abbreviation or an initial ("U.S.").
 *
 * A sentence longer than MAX_SENTENCE is cut into consecutive pieces at
 * clause boundaries (；; then ，,、, never before a restatement such as
 * ", or US$ 1.9 trillion"), and a figure's sentence is its piece.
 * Normalization and notes group figures by where their sentence starts, so
 * every figure of a piece must get the same piece: a span clipped around
 * each figure gave "exceeded 9 trillion yuan, up 9.8 percent" in a
 * 1,045-character sentence two different sentences, and the growth rate lost
 * its amount. Only where a stretch of MAX_SENTENCE has no clause mark at all
 * is a piece cut at a space (or anywhere), and if that cut falls inside the
 * next figure, that figure's piece starts with it: the two pieces then share
 * less than a figure's length.
 *
 * Figures come in text order. Each search runs outward from a figure, back
 * to the end of the previous figure's piece and forward to the next
 * boundary, so the regions never overlap and sentences without figures are
 * never read: linear, and cheap on sparse pages.
 */
import { MAX_SENTENCE } from '../figure';
import { equivalenceOpeners } from './lexicon';
import { isInlineSpace, isLetter } from './chars';
import { Trie } from './trie';

const CLOSERS = new Set('"\'”’」』）)]》'.split('').map((c) => c.charCodeAt(0)));
/** Words whose full stop ends no sentence ("Mr. Wang", "Jan. 28"); read backwards from the point. */
const ABBREVIATIONS = new Trie<true>(true).addAll(
  'mr mrs ms dr prof st no co inc ltd corp jr sr vs etc gov sen rep gen jan feb mar apr jun jul aug sep sept oct nov dec approx est fig vol rs e.g i.e'.split(' '),
  () => true,
  'en',
);

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

const MARKS = /[.!?\u3002\uff01\uff1f\n\r\u2028\u2029]/g;

/**
 * Where an overlong sentence may be cut: after a semicolon (strong, between
 * clauses that stand alone) or a comma (weak). ASCII marks count only before
 * a space, so "1,234" and "a;b" are never cut.
 */
const CLAUSE_ENDS: ReadonlyMap<number, { strong: boolean; needsSpace: boolean }> = new Map([
  [0x3b, { strong: true, needsSpace: true }], // ;
  [0xff1b, { strong: true, needsSpace: false }], // ；
  [0x2c, { strong: false, needsSpace: true }], // ,
  [0xff0c, { strong: false, needsSpace: false }], // ，
  [0x3001, { strong: false, needsSpace: false }], // 、
]);

export class SentenceFinder {
  /** The piece of the previous figure (untrimmed), reused while figures stay inside it. */
  private from = 0;
  private to = 0;
  /** Where the figure starts within the sentence `around` last returned. */
  offset = 0;
  private last = '';
  private lastFrom = -1;
  private lastTo = -1;

  /** The characters isMark accepts; one copy per finder, since lastIndex is state. */
  private readonly marks = new RegExp(MARKS);

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

  /** The start of the sentence holding `at`: the last boundary at or before it, no further back than `limit` (then `limit`). */
  private startBefore(at: number, limit: number): number {
    const { text } = this;
    for (let i = at - 1; i >= limit; i--) {
      if (!isMark(text.charCodeAt(i))) continue;
      const b = this.boundaryAt(i);
      if (b >= 0 && b <= at) return b;
    }
    return limit;
  }

  /** The end of the sentence going on at `at`: the first boundary after it, or -1 when there is none up to `limit`. */
  private endAfter(at: number, limit: number): number {
    // The next mark by regular expression: V8's scan runs several times faster than a loop over charCodeAt.
    const marks = this.marks;
    marks.lastIndex = at;
    while (marks.test(this.text)) {
      const i = marks.lastIndex - 1;
      if (i >= limit) return -1;
      const b = this.boundaryAt(i);
      if (b >= 0) return b <= limit ? b : -1;
    }
    return -1;
  }

  /** The clause boundary after the mark at `i`, if it is one: where the next clause may begin. */
  private clauseEndAt(i: number): { at: number; strong: boolean } | undefined {
    const { text } = this;
    const mark = CLAUSE_ENDS.get(text.charCodeAt(i));
    if (!mark || (mark.needsSpace && !isSpace(text.charCodeAt(i + 1)))) return undefined;
    // "14 trillion yuan, or US$ 1.9 trillion", "，折合…": an amount and its restatement stay together.
    if (equivalenceOpeners.find(text, i, Math.min(text.length, i + 24))) return undefined;
    return { at: i + 1, strong: mark.strong };
  }

  /**
   * Where to cut the piece of an overlong sentence that starts at `from`, at
   * most at `limit`, never inside the figure [start, end): after the last
   * semicolon in the back half of the piece, else after its last comma or
   * semicolon, else at its last space, else at `limit`.
   */
  private cut(from: number, limit: number, start: number, end: number): number {
    const { text } = this;
    const half = from + ((limit - from) >> 1);
    let weak = -1;
    let space = -1;
    for (let i = limit - 1; i > from; i--) {
      // A cut after i is inside the figure.
      if (i >= start && i < end - 1) continue;
      const c = text.charCodeAt(i);
      if (space < 0 && isSpace(c)) space = i + 1;
      const clause = CLAUSE_ENDS.has(c) ? this.clauseEndAt(i) : undefined;
      if (clause) {
        if (clause.strong && (i >= half || weak < 0)) return clause.at;
        if (weak < 0) weak = clause.at;
      }
      if (weak >= 0 && i < half) return weak;
    }
    if (weak >= 0) return weak;
    if (space >= 0) return space;
    let at = limit > start && limit < end && start > from ? start : limit;
    // Never cut a surrogate pair in two.
    if (at > from + 1 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at--;
    return at;
  }

  /**
   * The end of the piece starting at `from` in a sentence with no boundary
   * between `from` and the figure [start, end): the sentence's end when it
   * comes within MAX_SENTENCE, else a cut.
   */
  private pieceEnd(from: number, start: number, end: number): number {
    const limit = Math.min(this.text.length, from + MAX_SENTENCE);
    if (end <= limit) {
      // A boundary inside the figure ("Rs. 500") does not end it: search from its end.
      const b = this.endAfter(end, limit);
      if (b >= 0) return b;
      if (limit === this.text.length) return limit;
    }
    return this.cut(from, limit, start, end);
  }

  /**
   * Where to start a piece for a figure at `start` in a sentence that began
   * before `limit` (a boundary further back is never looked for: that keeps
   * the finder linear). Like the clipped span it replaces, about half a piece
   * before the figure: the first clause boundary from there, else the last
   * one before it; failing those, a space; failing that, `limit`.
   */
  private resumeAfter(limit: number, start: number): number {
    const { text } = this;
    const mid = Math.max(limit, start - (MAX_SENTENCE >> 1));
    let space = -1;
    for (let i = mid; i < start; i++) {
      const c = text.charCodeAt(i);
      if (CLAUSE_ENDS.has(c) && this.clauseEndAt(i)) return i + 1;
      if (space < 0 && isSpace(c)) space = i + 1;
    }
    for (let i = mid - 1; i >= limit; i--) {
      const c = text.charCodeAt(i);
      if (CLAUSE_ENDS.has(c) && this.clauseEndAt(i)) return i + 1;
      if (space < 0 && isSpace(c)) space = i + 1;
    }
    if (space >= 0) return space;
    return (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit + 1 : limit;
  }

  /**
   * The sentence (or, in an overlong one, the piece) around [start, end),
   * trimmed and at most MAX_SENTENCE long; calls must come in text order.
   * Figures in one piece share one string and one start.
   */
  around(start: number, end: number): string {
    const { text } = this;
    if (end > this.to) {
      let from: number;
      if (start < this.to) {
        // Only a cut made for lack of any clause boundary falls inside a later figure: its piece starts with it.
        from = start;
      } else {
        const limit = Math.max(this.to, start - MAX_SENTENCE);
        from = this.startBefore(start, limit);
        if (from === limit && limit > this.to) from = this.resumeAfter(limit, start);
      }
      let to = this.pieceEnd(from, start, end);
      while (to < end) {
        from = to;
        to = this.pieceEnd(from, start, end);
      }
      this.from = from;
      this.to = to;
    }
    let from = this.from;
    let to = this.to;
    while (from < start && isSpace(text.charCodeAt(from))) from++;
    while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
    this.offset = start - from;
    // Figures in one piece share one string.
    if (from !== this.lastFrom || to !== this.lastTo) {
      this.lastFrom = from;
      this.lastTo = to;
      this.last = text.slice(from, to);
    }
    return this.last;
  }
}
