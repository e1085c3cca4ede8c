/**
 * The page's time marks (lib/normalize readTimeMarks: headings and sentences
 * without figures that set the time of the figures after them), read a
 * stretch at a time alongside detection, so a 2 MB page costs the worker no
 * long stall for them either. Offsets are in the text read, which for a full read is
 * the page space itself (space.whole starts at 0).
 *
 * A stretch ends just after a sentence end, where readTimeMarks of the whole
 * text ends a sentence too, so the stretches give exactly what the whole
 * text gives: after the last line break before the cut, else after the last
 * 。！？ or . ! ? before a space. A stretch with neither (one sentence longer
 * than MAX_PENDING) is cut where it stands: its marks may differ, its cost
 * stays bounded.
 */
import { MAX_MARKS, type Lang, type TimeMark } from '@/lib/figure';
import { readTimeMarks } from '@/lib/normalize/marks';

/** How far back from a cut a sentence end is looked for when the stretch has no line break. */
const SENTENCE_LOOKBACK = 2000;
/** Text held back waiting for a sentence end, at most. */
const MAX_PENDING = 64_000;

export class TimeMarkReader {
  readonly marks: TimeMark[] = [];

  /** `from`: where reading begins (a read taken up again where it stood). */
  constructor(
    private readonly text: string,
    private readonly lang: Lang,
    private readonly read: (text: string, lang: Lang) => TimeMark[] = readTimeMarks,
    private from = 0,
  ) {}

  /** Where reading stands: the text before it has been read. */
  get position(): number {
    return this.from;
  }

  /** Everything has been read. */
  get done(): boolean {
    return this.from >= this.text.length;
  }

  /** Reads the sentences that end before `to` (all of them once `to` reaches the end); gives the marks it found. */
  readTo(to: number): TimeMark[] {
    const { text, from } = this;
    const cut = to >= text.length ? text.length : sentenceCut(text, from, to);
    if (cut <= from) return [];
    this.from = cut;
    const found: TimeMark[] = [];
    for (const mark of this.read(text.slice(from, cut), this.lang)) {
      if (this.marks.length >= MAX_MARKS) break;
      const at = { ...mark, at: mark.at + from };
      this.marks.push(at);
      found.push(at);
    }
    return found;
  }
}

/** Where a stretch from `from` may end at or before `to`; `from` when nowhere yet. */
function sentenceCut(text: string, from: number, to: number): number {
  const lineEnd = text.lastIndexOf('\n', to - 1);
  if (lineEnd >= from) return lineEnd + 1;
  for (let i = to - 1; i >= Math.max(from, to - SENTENCE_LOOKBACK); i--) {
    const c = text[i]!;
    if (c === '。' || c === '！' || c === '？') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return to - from > MAX_PENDING ? to : from;
}
