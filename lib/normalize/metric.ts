/**
 * What a figure measures (GDP, trade, retail sales…), so a target can meet
 * the matching actual on the same page. The word nearest the figure in its
 * clause wins, else in its sentence.
 */
import type { Figure, Lang } from '../figure';
import { clauseAround, clauseBoundaries, gap, type Span } from './clauses';

export type Metric =
  | 'gdp' | 'trade' | 'exports' | 'imports' | 'retail' | 'investment' | 'industry'
  | 'prices' | 'unemployment' | 'income' | 'loans' | 'fiscal' | 'rnd';

const METRICS: { metric: Metric; en: RegExp; zh: RegExp }[] = [
  { metric: 'gdp', en: /\bGDP\b|gross domestic product|\beconom(?:y|ic growth|ic output)\b/gi, zh: /GDP|国内生产总值|地区生产总值|生产总值|经济增长|经济增速|经济总量/g },
  { metric: 'trade', en: /\bimports? and exports?\b|\bforeign trade\b|\btotal trade\b|\btrade (?:volume|value)\b|\btrade\b/gi, zh: /进出口|外贸|货物贸易/g },
  { metric: 'exports', en: /\bexports?\b/gi, zh: /出口/g },
  { metric: 'imports', en: /\bimports?\b/gi, zh: /进口/g },
  { metric: 'retail', en: /\bretail sales\b|\bconsumer spending\b/gi, zh: /社会消费品零售总额|社零|零售额/g },
  { metric: 'investment', en: /\bfixed[- ]asset investment\b|\binvestment\b/gi, zh: /固定资产投资|投资/g },
  { metric: 'industry', en: /\bindustrial (?:output|production|value[- ]added)\b|\bvalue[- ]added\b/gi, zh: /工业增加值|增加值|工业生产/g },
  { metric: 'prices', en: /\bCPI\b|\bconsumer prices?\b|\binflation\b/gi, zh: /CPI|居民消费价格|物价|通胀/g },
  { metric: 'unemployment', en: /\bunemployment\b|\bjobless\b/gi, zh: /失业率/g },
  { metric: 'income', en: /\bdisposable income\b|\bincome\b/gi, zh: /可支配收入|收入/g },
  { metric: 'loans', en: /\bloans?\b|\blending\b|\bcredit\b/gi, zh: /贷款|信贷/g },
  { metric: 'fiscal', en: /\bfiscal revenue\b|\bbudget\b|\bdeficit\b/gi, zh: /财政收入|赤字|预算/g },
  { metric: 'rnd', en: /\bR&D\b|\bresearch and development\b/gi, zh: /研发|R&D/g },
];

/**
 * Growth of these is reported at constant prices ("按可比价格计算"), so
 * applying it to a nominal amount gives that amount in the later year's
 * prices, which a note must say.
 */
const REAL_GROWTH: ReadonlySet<Metric> = new Set<Metric>(['gdp', 'industry']);
const REAL_WORDS: Record<Lang, RegExp> = {
  en: /\breal(?:ly)?\b|in real terms|inflation[- ]adjusted|at constant prices/i,
  zh: /可比价格|实际增长|不变价/,
};

type Word = { metric: Metric; start: number; end: number };
export type MetricCache = Map<string, { words: Word[]; boundaries: Span[] }>;

/** Metric words of a sentence; "export" inside "import and export" is the trade's, not a word of its own. */
function metricWords(sentence: string, lang: Lang): Word[] {
  const all: Word[] = [];
  for (const { metric, ...res } of METRICS) {
    for (const m of sentence.matchAll(res[lang])) all.push({ metric, start: m.index, end: m.index + m[0].length });
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
  return (metric !== undefined && REAL_GROWTH.has(metric)) || REAL_WORDS[figure.lang].test(figure.sentence);
}
