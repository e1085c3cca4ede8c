/**
 * Figure + page → what the figure means: the year and period it is about,
 * money in the reader's currency, and the role of each percentage and the
 * amount it modifies. Pure: new figures out, the input untouched. One pass in
 * page order, with per-sentence caches, so a page of 20,000 figures costs
 * about as much as 20,000 sentences.
 */
import type { CurrencyCode, Figure, PageInfo } from '../figure';
import { textFormat } from '../format';
import type { RateTable } from '../rates';
import type { Span } from './clauses';
import { convertMoney } from './currency';
import { metricOf, type MetricCache } from './metric';
import { findSubject, hasTargetWord, readPercent, type PercentReading, type SentenceCache } from './percent';
import { figureTime, publishedDay, timeLabel, type FigureTime, type TimeContext } from './time';

export interface NormalizeOptions {
  /** The currency money is shown in; default USD. */
  readerCurrency?: CurrencyCode;
  /** Rates to convert with; default the embedded ECB table (or one refreshed with lib/rates' withDailyRates). */
  rates?: RateTable;
  /** The reader's locale: the language of `unconverted` and `normalized.source` ("zh-CN" → Chinese); default English. */
  locale?: string;
}

/**
 * How far (in characters) the year a text was talking about carries into
 * later sentences that name none. The seed article states "for 2024" once,
 * and its next paragraph's "exceeded 9 trillion yuan" is about 2024 too.
 */
const CONTEXT_REACH = 1500;

/**
 * Where a figure's sentence starts in the text: the key figures of one
 * sentence share. The detector gives every figure of a sentence (or of one
 * piece of a sentence longer than MAX_SENTENCE) the same start.
 */
export function sentenceStart(f: Pick<Figure, 'start' | 'sentenceOffset'>): number {
  return f.start - f.sentenceOffset;
}

/** The figures of one sentence, by the sentence's start in the text. */
export function groupBySentence(figures: readonly Figure[]): Map<number, Figure[]> {
  const groups = new Map<number, Figure[]>();
  for (const f of figures) {
    const key = sentenceStart(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

function spanInSentence(f: Pick<Figure, 'sentenceOffset' | 'text'>): Span {
  return { start: f.sentenceOffset, end: f.sentenceOffset + f.text.length };
}

export function siblingSpans(f: Figure, group: readonly Figure[]): Span[] {
  return group.filter((g) => g !== f).map(spanInSentence);
}

/** What normalization read from a figure's words, kept for the notes that explain it. */
interface Reading {
  time: FigureTime;
  percent?: PercentReading;
}

const readings = new WeakMap<Figure, Reading>();

/** The reading behind a figure returned by normalizeFigures (undefined for any other object). */
export function readingOf(figure: Figure): Reading | undefined {
  return readings.get(figure);
}

/** A sentence's figures, with what every one of them needs to know about the others. */
interface SentenceFigures {
  /** The figures that are not restatements, in order: "respectively" pairs them with time words. */
  listed: Figure[];
  /** Where each figure's restatements in brackets end. */
  restatedTo: Map<string, number>;
}

function sentenceFigures(group: readonly Figure[]): SentenceFigures {
  const restatedTo = new Map<string, number>();
  for (const g of group) {
    if (g.equivalentOf) restatedTo.set(g.equivalentOf, Math.max(restatedTo.get(g.equivalentOf) ?? 0, g.sentenceOffset + g.text.length));
  }
  return { listed: group.filter((g) => !g.equivalentOf), restatedTo };
}

/** The detector's part of a figure: what normalization and notes add is computed afresh. */
function detectedPart(f: Figure): Figure {
  const { year: _y, period: _p, normalized: _n, unconverted: _u, role: _r, basis: _b, subject: _s, notes: _notes, ...detected } = f;
  return detected;
}

/** Every figure with year, period, normalized money (or why not), role, basis and subject. */
export function normalizeFigures(figures: readonly Figure[], page: PageInfo, options: NormalizeOptions = {}): Figure[] {
  const reader = options.readerCurrency ?? 'USD';
  const fmt = textFormat(options.locale);
  const published = publishedDay(page);
  const ordered = [...figures].sort((a, b) => a.start - b.start);
  const groups = groupBySentence(ordered);
  const infos = new Map<readonly Figure[], SentenceFigures>();
  const timeCache: TimeContext['cache'] = new Map();
  const percentCache: SentenceCache = new Map();
  const metricCache: MetricCache = new Map();
  const out = new Map<string, Figure>();

  let context: { year: number; end: number } | undefined;
  for (const f of ordered) {
    const start = sentenceStart(f);
    const group = groups.get(start)!;
    let info = infos.get(group);
    if (!info) infos.set(group, (info = sentenceFigures(group)));
    const restatedTo = info.restatedTo.get(f.id);
    // A figure's own restatement is part of it, not a neighbour.
    const siblings = group.filter((g) => g !== f && g.equivalentOf !== f.id).map(spanInSentence);
    const extent = restatedTo === undefined ? undefined : { start: f.sentenceOffset, end: restatedTo };
    const rank = f.equivalentOf ? undefined : { index: info.listed.indexOf(f), count: info.listed.length };
    if (context && start - context.end > CONTEXT_REACH) context = undefined;
    const time = figureTime(f, { published, contextYear: context?.year, siblings, extent, rank, cache: timeCache });
    const sentenceEnd = start + f.sentence.length;
    if (context) context.end = Math.max(context.end, sentenceEnd);
    // A sentence of plans ("For 2025, the target is…") does not set the year of the facts after it; a
    // forecast word about a year already over ("is projected to surpass 14 trillion yuan for 2024") does.
    const plan = (!published || (time.year ?? 0) >= published.year) && hasTargetWord(f.sentence, f.lang, percentCache);
    if (time.from === 'text' && time.year !== undefined && !time.contrast && !plan) {
      context = { year: time.year, end: sentenceEnd };
    }

    const g = detectedPart(f);
    const reading: Reading = { time };
    if (time.year !== undefined) g.year = time.year;
    if (time.period) g.period = { ...time.period, label: timeLabel(time.period.year, time.period, fmt) };
    if (f.kind === 'percent') {
      const months = time.period ? time.period.toMonth - time.period.fromMonth + 1 : undefined;
      reading.percent = readPercent(f, { siblings, periodMonths: months, cache: percentCache });
      const { role, basis } = reading.percent;
      if (role) g.role = role;
      if (basis) g.basis = basis;
      if (role === 'growth' || role === 'share') {
        const subject = findSubject(f, group);
        // "GDP reached 134.9 trillion yuan, and retail sales grew 3.5 percent": 3.5 percent is not GDP's.
        const a = subject && metricOf(subject, metricCache, true);
        const b = subject && metricOf(f, metricCache, true);
        if (subject && (!a || !b || a === b)) g.subject = subject.id;
      }
    }
    readings.set(g, reading);
    out.set(f.id, g);
  }

  // A restatement ("(US$ 1.9 trillion)") is about the same time as what it restates.
  for (const g of out.values()) {
    const original = g.equivalentOf ? out.get(g.equivalentOf) : undefined;
    if (!original) continue;
    g.year = original.year;
    g.period = original.period;
    if (g.year === undefined) delete g.year;
    if (g.period === undefined) delete g.period;
  }

  for (const g of out.values()) {
    if (g.kind !== 'money') continue;
    const conversion = convertMoney(g, reader, fmt, options.rates);
    if ('normalized' in conversion) g.normalized = conversion.normalized;
    else g.unconverted = conversion.unconverted;
  }
  return figures.map((f) => out.get(f.id)!);
}

export { defaultCurrencyForLocale } from './currency';
export { findPublishedDate, type PublishedCandidates, type PublishedDate } from './published';
