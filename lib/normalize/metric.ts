/**
 * What a figure measures (GDP, trade, retail sales…), so a target can meet
 * the matching actual on the same page. The word nearest the figure in its
 * clause wins, else in its sentence.
 */
import type { Figure } from '../figure';
import { clauseAround, clauseBoundaries, gap, type Span } from './clauses';
import { PHRASES, readable, type Metric } from './phrases';

export type { Metric };

/**
 * Growth of these is reported at constant prices ("按可比价格计算"), so
 * applying it to a nominal amount gives that amount in the later year's
 * prices, which a note must say.
 */
const REAL_GROWTH: ReadonlySet<Metric> = new Set<Metric>(['gdp', 'industry']);

type Word = { metric: Metric; start: number; end: number };
export type MetricCache = Map<string, { words: Word[]; boundaries: Span[] }>;

/** Metric words of a sentence; "export" inside "import and export" is the trade's, not a word of its own. */
function metricWords(sentence: string, lang: Figure['lang']): Word[] {
  const all: Word[] = [];
  for (const { metric, re } of PHRASES[lang].metrics) {
    for (const m of readable(sentence, lang).matchAll(re)) all.push({ metric, start: m.index, end: m.index + m[0].length });
  }
  const len = (w: Word) => w.end - w.start;
  return all.filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && len(b) > len(a)));
}

/** The measure nearest the figure in its clause, else (unless `clauseOnly`) in its sentence. */
export function metricOf(
  figure: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang'>,
  cache?: MetricCache,
  clauseOnly = false,
): Metric | undefined {
  const { sentence } = figure;
  const key = `${figure.lang}\u0000${sentence}`;
  let entry = cache?.get(key);
  if (!entry) {
    entry = { words: metricWords(sentence, figure.lang), boundaries: clauseBoundaries(sentence) };
    cache?.set(key, entry);
  }
  const { words, boundaries } = entry;
  const span = { start: figure.sentenceOffset, end: figure.sentenceOffset + figure.text.length };
  const clause = clauseAround(boundaries, sentence.length, span.start, span.end);
  let best: { metric: Metric; score: number } | undefined;
  for (const word of words) {
    const outside = word.start < clause.start || word.end > clause.end;
    if (outside && clauseOnly) continue;
    const score = gap(word, span) + (outside ? 100_000 : 0);
    if (!best || score < best.score) best = { metric: word.metric, score };
  }
  return best?.metric;
}

/** Whether a growth rate of this figure is in real terms (GDP, value added, or the sentence says so). */
export function isRealGrowth(metric: Metric | undefined, figure: Pick<Figure, 'sentence' | 'lang'>): boolean {
  return (metric !== undefined && REAL_GROWTH.has(metric)) || PHRASES[figure.lang].realGrowth.test(readable(figure.sentence, figure.lang));
}
