/**
 * Figure + page → what the figure means: the year and period it is about,
 * money in the reader's currency, and the role of each percentage and the
 * amount it modifies. Pure: new figures out, the input untouched. One pass in
 * page order, with per-sentence caches, so a page of 20,000 figures costs
 * about as much as 20,000 sentences.
 */
import type { CurrencyCode, Figure, GrowthBasis, PageInfo, Period, TimeMark } from '../figure';
import { textFormat } from '../format';
import type { RateTable } from '../rates';
import type { Span } from './clauses';
import { convertMoney } from './currency';
import { metricOf, type MetricCache } from './metric';
import { continuesList, findSubject, hasTargetWord, readPercent, type PercentReading, type SentenceCache } from './percent';
import { headlineTimes } from './headline';
import { readCalendar } from './text-calendar';
import { figureTime, timeWordsOf, monthsIn, periodLabel, publishedDay, timeLabel, type FigureTime, type Months, type PublishedDay, type TimeContext } from './time';

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

/**
 * A sentence of plans does not set the year of the facts after it; a forecast word about a year already
 * over ("is projected to surpass 14 trillion yuan for 2024") does.
 */
function isPlan(time: FigureTime, sentence: string, lang: Figure['lang'], published: PublishedDay | undefined, cache: SentenceCache): boolean {
  // "明年便可降至2%以下": a year after the publication year is not yet a year of facts, whatever the words.
  if (published && time.year !== undefined && time.year > published.year) return true;
  // "Swedbank posted a first-quarter operating profit … and said it expected …" on April 23: a period over
  // by the publication month is a period of facts, whatever else the sentence expects.
  const p = time.period;
  if (published && p && time.year === published.year && !p.fromYear && p.toMonth < published.month) return false;
  return (!published || (time.year ?? 0) >= published.year) && hasTargetWord(sentence, lang, cache);
}

/**
 * "More than 160 Fortune 500 companies … have indicated their willingness" on a page of June 2018: a count whose
 * sentence names no time of its own is a number of things as the page is written, the publication month.
 */
function atPublication(f: Figure, time: FigureTime, published: PublishedDay | undefined): FigureTime {
  if (f.kind !== 'count' || time.from !== 'published' || time.period || !published || time.year !== published.year) return time;
  const { year, month } = published;
  return { ...time, period: { year, fromMonth: month, toMonth: month, label: periodLabel(year, month, month) } };
}

/** The marks that are not the sentence of a figure (those are read with their figures). */
function marksBetweenFigures(marks: readonly TimeMark[], groups: Map<number, Figure[]>): TimeMark[] {
  const spans = [...groups.entries()].map(([start, g]) => ({ start, end: start + g[0]!.sentence.length })).sort((a, b) => a.start - b.start);
  let i = 0;
  return [...marks]
    .sort((a, b) => a.at - b.at)
    .filter((m) => {
      while (i < spans.length && spans[i]!.end <= m.at) i++;
      const s = spans[i];
      return !s || s.start >= m.at + m.sentence.length;
    });
}

/** The detector's part of a figure: what normalization and notes add is computed afresh. */
function detectedPart(f: Figure): Figure {
  const { year: _y, period: _p, monthsUnknown: _m, normalized: _n, unconverted: _u, role: _r, basis: _b, subject: _s, notes: _notes, ...detected } = f;
  return detected;
}

/** The time the text is talking about at a point: the year and the months it named last. */
interface TextTime {
  year?: number;
  period?: Months;
  end: number;
}

/** What a figure-less sentence of the page (a TimeMark) says, as normalization read it, for the notes. */
export interface MarkReading {
  mark: TimeMark;
  time: FigureTime;
}

const markReadings = new WeakMap<readonly TimeMark[], MarkReading[]>();

/** The readings of a page's marks, as the last normalizeFigures of that page made them. */
export function readingsOfMarks(page: Pick<PageInfo, 'marks'>): readonly MarkReading[] {
  return (page.marks && markReadings.get(page.marks)) ?? [];
}

const sameMonths = (a: TextTime['period'], b: TextTime['period']) => a?.fromMonth === b?.fromMonth && a?.toMonth === b?.toMonth && a?.across === b?.across;

/** A figure's period as months the text carries on. */
function monthsOf(p: Period): Months {
  const across = p.fromYear !== undefined && p.year !== undefined ? p.year - p.fromYear : 0;
  return { fromMonth: p.fromMonth, toMonth: p.toMonth, ...(across ? { across } : {}) };
}

/**
 * The text's time after a sentence whose figures (or whose own words, for a
 * mark) read `times`. A sentence of plans does not move it ("For 2025, the
 * target is…"); a year named moves it and ends the months carried; months
 * named move them, unless the sentence breaks a period down into several
 * ("一季度增长5.3%，二季度增长4.7%").
 */
function advance(context: TextTime | undefined, times: readonly FigureTime[], end: number, plan: boolean): TextTime | undefined {
  if (context) context.end = Math.max(context.end, end);
  if (plan) return context;
  // "…, compared with ~NIS 377 million for the first half of 2017": a base's year does not move the text's.
  const own = times.filter((t) => !t.contrast && !t.base);
  const named = own.filter((t) => t.from === 'text' && t.year !== undefined);
  const months = own.filter((t) => t.periodFrom === 'text').map((t) => monthsOf(t.period!));
  const distinct = months.filter((m, i) => months.findIndex((n) => sameMonths(n, m)) === i);
  const newPeriod = distinct.length === 1 ? distinct[0] : undefined;
  const ended = own.some((t) => t.endsMonths);
  let next = context;
  if (named.length > 0) {
    const year = named[named.length - 1]!.year!;
    const keep = own.some((t) => t.periodFrom === 'context') ? context?.period : undefined;
    next = { year, period: newPeriod ?? (ended ? undefined : keep), end };
  } else if (newPeriod) next = { year: context?.year, period: newPeriod, end };
  else if (ended && context) next = { ...context, period: undefined };
  return next;
}

/** The percent just before a figure in its sentence, when no other figure stands between them. */
function listPrevious(f: Figure, group: readonly Figure[]): Figure | undefined {
  const before = group.filter((g) => g.sentenceOffset < f.sentenceOffset && !g.equivalentOf);
  const last = before[before.length - 1];
  return last?.kind === 'percent' ? last : undefined;
}

/** The basis the text named last ("year-on-year", "環比"), for the rates that break it down without naming one. */
interface BasisContext {
  basis: GrowthBasis;
  end: number;
}

/**
 * A growth rate without a basis word takes the one the text named last, near enough
 * ("11月份…環比下降0.4%…。其中，上海上漲0.1%"); else year on year, the convention of
 * statistical releases. Notes know which it was (basisFrom).
 */
function withBasis(reading: PercentReading, at: number, last: BasisContext | undefined): PercentReading {
  if (reading.role !== 'growth' || reading.basis) return reading;
  if (last && at - last.end <= CONTEXT_REACH) return { ...reading, basis: last.basis, basisFrom: 'context' };
  return { ...reading, basis: 'yoy', basisFrom: 'default' };
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
  const marks = marksBetweenFigures(page.marks ?? [], groups);
  const sentences = [...[...groups.entries()].map(([at, g]) => ({ sentence: g[0]!.sentence, lang: g[0]!.lang, at })), ...marks];
  const { fiscal: fiscalText, fiscalNamed, implied } = readCalendar(sentences, published !== undefined);
  const readMarks: MarkReading[] = [];
  let nextMark = 0;

  let context: TextTime | undefined;
  let basisContext: BasisContext | undefined;
  const expire = (at: number) => {
    if (context && at - context.end > CONTEXT_REACH) context = undefined;
  };
  let at = 0;
  const timeContext = () => ({ published, fiscalText, fiscalNamed, implied: implied && at >= implied.from ? implied : undefined, contextYear: context?.year, contextPeriod: context?.period, cache: timeCache });
  const readMark = (mark: TimeMark) => {
    at = mark.at;
    expire(mark.at);
    const time = figureTime({ sentence: mark.sentence, sentenceOffset: 0, text: '', lang: mark.lang }, timeContext());
    readMarks.push({ mark, time });
    const plan = isPlan(time, mark.sentence, mark.lang, published, percentCache);
    // "…strong performance in 2017, coupled with a decline during 2018…": a sentence without figures that names
    // two years says which the text is about no more than a list of them does.
    const years = new Set(timeWordsOf(mark.sentence, mark.lang, timeCache).flatMap((w) => (w.kind === 'year' ? [w.year] : [])));
    // "今年中就已完成年底備貨，但即使接近年末…": a sentence without figures that names the year's end names no
    // stock's time, and leaves the text's time as it was.
    context = advance(context, [time], mark.at + mark.sentence.length, plan || years.size > 1 || time.point === true);
  };

  let pending: { times: FigureTime[]; end: number; plan: boolean } | undefined;
  let current = -1;
  for (const f of ordered) {
    const start = sentenceStart(f);
    if (start !== current) {
      if (pending) context = advance(context, pending.times, pending.end, pending.plan);
      pending = undefined;
      current = start;
      while (nextMark < marks.length && marks[nextMark]!.at < start) readMark(marks[nextMark++]!);
      at = start;
      expire(start);
    }
    const group = groups.get(start)!;
    let info = infos.get(group);
    if (!info) infos.set(group, (info = sentenceFigures(group)));
    const restatedTo = info.restatedTo.get(f.id);
    // A figure's own restatement is part of it, not a neighbour.
    const siblings = group.filter((g) => g !== f && g.equivalentOf !== f.id).map(spanInSentence);
    const extent = restatedTo === undefined ? undefined : { start: f.sentenceOffset, end: restatedTo };
    const rank = f.equivalentOf ? undefined : { index: info.listed.indexOf(f), count: info.listed.length };
    const time = atPublication(f, figureTime(f, { ...timeContext(), siblings, extent, rank }), published);
    const plan = isPlan(time, f.sentence, f.lang, published, percentCache);
    pending ??= { times: [], end: start + f.sentence.length, plan: false };
    if (!f.equivalentOf) pending.times.push(time);
    pending.plan ||= plan;

    const g = detectedPart(f);
    const reading: Reading = { time };
    if (time.year !== undefined) g.year = time.year;
    if (time.period) g.period = { ...time.period, label: timeLabel(time.period.year, time.period, fmt) };
    if (time.monthsUnknown) g.monthsUnknown = true;
    if (f.kind === 'percent') {
      const months = time.period ? monthsIn(time.period) : undefined;
      const rates = group.filter((g) => g !== f && g.kind === 'percent').map(spanInSentence);
      reading.percent = withBasis(readPercent(f, { siblings, rates, periodMonths: months, cache: percentCache }), f.start, basisContext);
      // The next item of a list takes the reading of the one before ("5.3% in 2023, 2.9% in 2024 and 2.1% in 2025").
      const previous = listPrevious(f, group);
      const before = previous && readings.get(out.get(previous.id)!)?.percent;
      if (previous && previous.unit === f.unit && before?.role && continuesList(f.sentence, f.lang, previous.sentenceOffset + previous.text.length, f.sentenceOffset, percentCache)) {
        reading.percent = { ...before };
      }
      if (reading.percent.basisFrom === 'text') basisContext = { basis: reading.percent.basis!, end: start + f.sentence.length };
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
  if (pending) context = advance(context, pending.times, pending.end, pending.plan);
  while (nextMark < marks.length) readMark(marks[nextMark++]!);
  if (page.marks) markReadings.set(page.marks, readMarks);

  // A restatement ("(US$ 1.9 trillion)") is about the same time as what it restates.
  for (const g of out.values()) {
    const original = g.equivalentOf ? out.get(g.equivalentOf) : undefined;
    if (!original) continue;
    g.year = original.year;
    g.period = original.period;
    g.monthsUnknown = original.monthsUnknown;
    if (g.year === undefined) delete g.year;
    if (g.period === undefined) delete g.period;
    if (g.monthsUnknown === undefined) delete g.monthsUnknown;
  }

  headlineTimes([...out.values()], (g) => readings.get(g)?.time);

  for (const g of out.values()) {
    if (g.kind !== 'money') continue;
    const conversion = convertMoney(g, reader, fmt, options.rates);
    if ('normalized' in conversion) g.normalized = conversion.normalized;
    else g.unconverted = conversion.unconverted;
  }
  return figures.map((f) => out.get(f.id)!);
}

export { defaultCurrencyForLocale } from './currency';
export { readTimeMarks } from './marks';
export { findPublishedDate, type PublishedCandidates, type PublishedDate } from './published';
