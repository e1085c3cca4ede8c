/**
 * Detection a slice at a time that finds what detection of the whole text
 * finds: the same figures, each with the same sentence (or piece of an
 * overlong one) and offset, as the scan CLI gives for the page.
 *
 * The detector's sentence finder works forward from one figure's piece to the
 * next, so where a slice may begin is not free. Three places are safe:
 * - just after a block break ("\n"): a sentence ends there whatever came
 *   before, so slices end at one wherever they can;
 * - where the piece of the last figure kept ends, exactly as the finder had
 *   left it;
 * - far enough before the next figure (more than MAX_SENTENCE) that the
 *   finder looks no further back than the slice from there either.
 * A block longer than a slice (one huge paragraph) is read with lookahead:
 * the detector runs past the slice's nominal end, the figures whose pieces
 * begin inside it are kept (with the rest of their pieces), and the next slice
 * begins at one of the last two places. Cutting at ". " instead gave the
 * figures of "The U.S. economy grew 2.5 percent, exports 3 percent" two
 * sentences that the whole text does not have.
 *
 * One case stays inexact: the finder trims the spaces after a piece, and a
 * piece it cut at a space (a sentence of over MAX_SENTENCE characters with
 * no comma or semicolon in half of it) ended after them, where one ended by a
 * full stop or a clause mark ends before. Both trim to the same text, so a
 * slice that begins after such a piece begins at the full stop's place, and
 * the next piece of that same sentence may be cut a few words elsewhere.
 */
import { isInlineSpace } from '@/lib/detect/chars';
import { MAX_SENTENCE, type Figure } from '@/lib/figure';

/** How far past a slice the detector reads in a long block: the rest of a piece begun in it, and the next figure. */
const LOOKAHEAD = MAX_SENTENCE + 600;
/** A figure this close to the end of what was read may be cut short ("14 trillion" without "yuan"): not trusted. */
const TRUST_MARGIN = 600;
/** The finder looks at most this far back from a figure for its sentence's start (and no further than the last piece). */
const LOOKBACK = MAX_SENTENCE + 1;

export interface DetectionSlice {
  /** Figures of the slice, offsets and ids (`f<start>`, equivalents too) in the whole text, as detection of it gives them. */
  figures: Figure[];
  /** Where the next slice begins. */
  next: number;
  /** How many characters the detector read (for sizing the next slice). */
  read: number;
}

/**
 * Detects the figures of `text` from `from` onward, about `size` characters'
 * worth. `detect` gets a piece of `text` and gives figures with offsets and
 * `f<start>` ids into that piece, as detectFigures does.
 */
export function detectSlice(text: string, from: number, size: number, detect: (text: string) => Figure[]): DetectionSlice {
  const target = from + size;
  let end = text.length;
  let whole = true;
  if (target < text.length) {
    // Searched within reach only: in a 2 MB paragraph an unbounded search would cross it on every slice.
    const low = from + (size >> 1);
    const before = text.slice(low, target).lastIndexOf('\n');
    const after = text.slice(target, target + LOOKAHEAD).indexOf('\n');
    if (before >= 0) end = low + before + 1;
    else if (after >= 0) end = target + after + 1;
    else if (target + LOOKAHEAD < text.length) {
      end = target + LOOKAHEAD;
      whole = false;
    }
  }
  const found = detect(text.slice(from, end));
  if (whole) return { figures: inWhole(found, found.length, from), next: end, read: end - from };

  // A long block: keep the figures that start before the target, with every figure of their pieces.
  const aim = Math.max(size, LOOKBACK + 1);
  let kept = 0;
  let pieceEnd = 0;
  while (kept < found.length && found[kept]!.start < Math.max(aim, pieceEnd)) {
    const f = found[kept++]!;
    pieceEnd = Math.max(pieceEnd, f.start - f.sentenceOffset + f.sentence.length);
  }
  // Where the finder left off: a piece that ended at a block break ends after it, not at its trimmed end.
  let next = kept > 0 ? untrimmedEnd(text, from + pieceEnd) : from;
  // With the next figure far enough ahead, jump to a word start short of it: nothing between needs reading again.
  const trusted = end - from - TRUST_MARGIN;
  const ahead = from + Math.min(found[kept]?.start ?? trusted, trusted) - LOOKBACK;
  if (ahead > next) {
    let at = ahead;
    while (at > next && !isSpace(text.charCodeAt(at - 1))) at--;
    next = at > next ? at : ahead;
  }
  return { figures: inWhole(found, kept, from), next, read: end - from };
}

/** The first `count` figures detected in the piece of text at `from`, as detection of the whole text gives them. */
function inWhole(found: readonly Figure[], count: number, from: number): Figure[] {
  const startOf = new Map(found.map((f) => [f.id, f.start]));
  return found.slice(0, count).map((f) => {
    const figure: Figure = { ...f, id: `f${from + f.start}`, start: from + f.start, end: from + f.end };
    const of = f.equivalentOf === undefined ? undefined : startOf.get(f.equivalentOf);
    if (of !== undefined) figure.equivalentOf = `f${from + of}`;
    else delete figure.equivalentOf;
    return figure;
  });
}

/** A trimmed piece ending at `at`: where the finder ended it (after the first line break of the spaces that follow, if any). */
function untrimmedEnd(text: string, at: number): number {
  for (let i = at; i < text.length && isSpace(text.charCodeAt(i)); i++) {
    if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return i + 1;
  }
  return at;
}

/** What the finder trims off a sentence: spaces and line breaks. */
function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13;
}
