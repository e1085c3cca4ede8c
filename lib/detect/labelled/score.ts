/**
 * Precision and recall of a detector on the labelled set. Strict matching
 * (our detector) wants the exact span and every field a reader relies on;
 * lenient matching (to compare with Recognizers-Text, which has no hedges or
 * nouns) wants an overlapping span with the same kind, value and currency/unit.
 */
import type { Figure, FigureKind, Lang } from '@/lib/figure';
import type { Expected, Labelled } from '@/lib/detect/labelled/types';

export type Detected = Pick<Figure, 'start' | 'end' | 'kind' | 'value'> & Partial<Pick<Figure, 'valueMax' | 'currency' | 'unit' | 'noun' | 'hedge' | 'equivalentOf' | 'id'>>;
export type Detector = (sentence: string, lang: Lang) => Detected[];
export type Matching = 'strict' | 'lenient';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Report {
  /** By language, then kind. */
  tallies: Record<Lang, Record<FigureKind, Tally>>;
  /** One line per miss or false alarm, for reading. */
  errors: string[];
}

const same = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)));

function span(sentence: string, e: Expected): [number, number] {
  let at = -1;
  for (let n = 0; n <= (e.nth ?? 0); n++) at = sentence.indexOf(e.text, at + 1);
  if (at < 0) throw new Error(`labelled figure "${e.text}" is not in "${sentence}"`);
  return [at, at + e.text.length];
}

function matches(sentence: string, e: Expected, d: Detected, found: Detected[], how: Matching): boolean {
  const [start, end] = span(sentence, e);
  if (d.kind !== e.kind || !same(d.value, e.value)) return false;
  if (e.kind === 'money' && d.currency !== e.currency) return false;
  if ((e.kind === 'percent' || e.kind === 'quantity') && d.unit !== e.unit) return false;
  if (how === 'lenient') return d.start < end && start < d.end;
  const linked = found.find((f) => f.id !== undefined && f.id === d.equivalentOf);
  return (
    d.start === start &&
    d.end === end &&
    same(d.valueMax, e.valueMax) &&
    (e.kind !== 'count' || d.noun === e.noun) &&
    d.hedge?.bound === e.hedge &&
    (linked ? sentence.slice(linked.start, linked.end) : undefined) === e.equivalentOf
  );
}

const emptyTallies = (): Record<FigureKind, Tally> => ({
  money: { tp: 0, fp: 0, fn: 0 },
  percent: { tp: 0, fp: 0, fn: 0 },
  count: { tp: 0, fp: 0, fn: 0 },
  quantity: { tp: 0, fp: 0, fn: 0 },
});

export function score(set: readonly Labelled[], detect: Detector, how: Matching): Report {
  const report: Report = { tallies: { en: emptyTallies(), zh: emptyTallies() }, errors: [] };
  for (const { lang, sentence, figures } of set) {
    const found = detect(sentence, lang);
    const unmatched = new Set(found);
    for (const e of figures) {
      const hit = [...unmatched].find((d) => matches(sentence, e, d, found, how));
      if (hit) {
        unmatched.delete(hit);
        report.tallies[lang][e.kind].tp++;
      } else {
        report.tallies[lang][e.kind].fn++;
        report.errors.push(`missed ${e.kind} "${e.text}" in: ${sentence}`);
      }
    }
    for (const d of unmatched) {
      report.tallies[lang][d.kind].fp++;
      report.errors.push(`false ${d.kind} "${sentence.slice(d.start, d.end)}" (${d.value}${d.currency ?? d.unit ?? ''}${d.hedge ? ` ${d.hedge.bound}` : ''}) in: ${sentence}`);
    }
  }
  return report;
}

export function f1({ tp, fp, fn }: Tally): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Sum of tallies over kinds (e.g. money and percent together). */
export function total(tallies: Record<FigureKind, Tally>, kinds: readonly FigureKind[]): Tally {
  return kinds.reduce((sum, k) => ({ tp: sum.tp + tallies[k].tp, fp: sum.fp + tallies[k].fp, fn: sum.fn + tallies[k].fn }), { tp: 0, fp: 0, fn: 0 });
}
