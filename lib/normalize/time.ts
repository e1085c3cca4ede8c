/**
 * The year (and finer period) a figure is about.
 *
 * Time words are found in the figure's own clause first, then in its
 * sentence: explicit years ("in 2024", "2024年", "FY2025"), words relative to
 * the publication date ("last year", "去年"), words relative to the sentence's
 * own year ("a year earlier"), and periods ("first half", "前三季度", "in
 * March"). Words that name the base of a comparison ("up 5% from 2023",
 * "比上年增长", "the highest since 2021") say nothing about the figure's own
 * year and are skipped. Without any time word, the year the text was last
 * talking about (set by normalizeFigures) or else the publication year.
 */
import type { Figure, Lang, PageInfo, Period } from '../figure';
import { clauseAround, clauseBoundaries, gap, type Span } from './clauses';
import { PHRASES } from './phrases';
import { findTimeWords, periodLabel, saysRespectively, yearAgoAround, type TimeWord } from './time-words';
import type { ImpliedYear } from './text-calendar';
import { isBase, nearest, reach } from './time-nearest';
import { monthOnMonth, seasonal, stockMonths } from './time-stock';
import { impliedOf, monthsUnknown, readYear, wholeYear, yearsCountFrom, type Months, type PeriodWord } from './time-year';

export type { Months } from './time-year';

export { monthsIn, periodLabel, timeLabel } from './time-words';

export interface PublishedDay {
  iso: string;
  year: number;
  month: number;
}

export function publishedDay(page: Pick<PageInfo, 'publishedAt'>): PublishedDay | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(page.publishedAt ?? '');
  return m ? { iso: page.publishedAt!, year: Number(m[1]), month: Number(m[2]) } : undefined;
}

export interface TimeContext {
  published?: PublishedDay;
  /** On an undated page, the year the text says it is written in ("今年…较2016年同月"): words like "last year" count from it. */
  implied?: ImpliedYear;
  /** The year the text was last talking about (from earlier sentences), when known. */
  contextYear?: number;
  /** The months the text was last talking about ("前三季度", "in H1"), when it named some. */
  contextPeriod?: Months;
  /** Spans (in the sentence) of the other figures of the same sentence. */
  siblings?: readonly Span[];
  /** The figure with its restatement in brackets ("14 trillion yuan (US$ 1.9 trillion)"), when it has one. */
  extent?: Span;
  /** Where the figure stands among the sentence's figures (restatements left out), for "respectively" and "分别". */
  rank?: { index: number; count: number };
  /** The text counts in fiscal years somewhere ("FY2025", "2021/22"): its quarters and halves are not the calendar's. */
  fiscalText?: boolean;
  /** The text names a company's fiscal years ("fiscal 2016"): its years are fiscal ones, whose months it does not give. */
  fiscalNamed?: boolean;
  /** Time words per sentence, shared across the figures of a page. */
  cache?: Map<string, { words: TimeWord[]; compared: TimeWord[]; basePeriods: PeriodWord[]; boundaries: Span[] }>;
}

export interface FigureTime {
  year?: number;
  period?: Period;
  /** Where the year came from: a time word of the text, the text before, or the publication date. */
  from: 'text' | 'context' | 'published' | 'unknown';
  /** The year is the one before the sentence's ("compared with 4% a year earlier"): a contrast, not the text's year. */
  contrast?: true;
  /** A phrase relative to the publication date ("last year", "去年") that gave the year, and where it is in the sentence; year absent when the date is unknown. */
  relative?: { phrase: string; at: number; year?: number; implied?: string; review?: true; stated?: true };
  /**
   * Words relative to the publication date that the sentence uses as the base of a comparison ("up 222.5%
   * from the same period last year"): they say nothing of the figure's year, but the reader still asks which
   * year they mean.
   */
  compared?: { phrase: string; at: number; year?: number; implied?: string; review?: true }[];
  /** Where the months came from: a word of the figure's sentence, or the text before it. */
  periodFrom?: 'text' | 'context';
  /** The figure is the base of a comparison ("compared with ~NIS 377 million for the first half of 2017") or a look back ("in the previous quarter"): its time is not the text's. */
  base?: true;
  /** The months are a point of the text's own words, the year's end ("年底"): a stock's time, which a sentence without figures does not carry on. */
  point?: true;
  /** The months are the last of those the text carried, because a rate of the sentence is on the month before: a guess. */
  monthsGuessed?: true;
  /** The year is known, not its months: a fiscal year of a text that never gives its calendar, a season, a seasonal crop. */
  monthsUnknown?: true;
  /** A stock of a whole year, read at its end ("In 2018, the number of … exceeded 10 million"): a rate of it without a basis word is on the year before's end. */
  yearEnd?: true;
  /** The sentence ends the months the text carried: it says "for the full year"/"全年", or names a fiscal quarter whose months are unknown. */
  endsMonths?: true;
}

/** The time words of a sentence that are not a comparison's base, from the page's cache (figureTime fills it). */
export function timeWordsOf(sentence: string, lang: Lang, cache: TimeContext['cache']): readonly TimeWord[] {
  return wordsOf(sentence, lang, { cache }).words;
}

function wordsOf(sentence: string, lang: Lang, ctx: TimeContext) {
  const key = `${lang}\u0000${sentence}`;
  let entry = ctx.cache?.get(key);
  if (!entry) {
    const all = findTimeWords(sentence, lang);
    entry = {
      words: all.filter((w) => !w.comparison),
      compared: all.filter((w) => w.comparison && w.kind === 'relative'),
      basePeriods: all.filter((w): w is PeriodWord => w.comparison && w.kind === 'period'),
      boundaries: clauseBoundaries(sentence),
    };
    ctx.cache?.set(key, entry);
  }
  return entry;
}



/** A time word as months, the words relative to the text's period resolved against `c` (none when they cannot be). */
function asPeriod(w: TimeWord, c: Months | undefined, published: PublishedDay | undefined): PeriodWord[] {
  // "中央銀行今天舉行第3季理監事會，宣布升息半碼": a decision of the publication day is that month's.
  if (w.kind === 'today') return published ? [{ ...w, kind: 'period', fromMonth: published.month, toMonth: published.month, today: true }] : [];
  if (w.kind === 'to-date' && published) {
    const m = published.month;
    return [w.months === 12 ? { ...w, kind: 'period', fromMonth: m, toMonth: m, across: 1, today: true } : { ...w, kind: 'period', fromMonth: 1, toMonth: m, today: true }];
  }
  // "…for the six months ended 31 March 2022. First half adjusted operating profit…": the text's own half-year.
  if (w.kind === 'period') return [w.firstHalf && c && isOwnHalf(c) ? { ...w, fromMonth: c.fromMonth, toMonth: c.toMonth, ...(c.across ? { across: c.across } : {}) } : w];
  // "exports stood at 2.8 trillion yuan in the period": the months the text named last.
  if (w.kind === 'same-period') return c ? [{ ...w, kind: 'period', ...c }] : [];
  // The period before, when the text's is one of that length within a year (Q1's previous quarter is in the year before: not read).
  if (w.kind === 'previous-period' && c && !c.across && c.toMonth - c.fromMonth + 1 === w.months && c.fromMonth > w.months) {
    return [{ ...w, kind: 'period', fromMonth: c.fromMonth - w.months, toMonth: c.toMonth - w.months, previous: true }];
  }
  return [];
}

/** A half-year that is not a calendar one (October to March, April to September): a reporter's own. */
function isOwnHalf(c: Months): boolean {
  const length = c.toMonth - c.fromMonth + 1 + 12 * (c.across ?? 0);
  return length === 6 && (c.across !== undefined || (c.fromMonth !== 1 && c.fromMonth !== 7));
}




/** The year and period of one figure. */
export function figureTime(figure: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang'>, ctx: TimeContext = {}): FigureTime {
  const { sentence, lang } = figure;
  const { words, compared, basePeriods, boundaries } = wordsOf(sentence, lang, ctx);
  const span = ctx.extent ?? { start: figure.sentenceOffset, end: figure.sentenceOffset + figure.text.length };
  const clause = clauseAround(boundaries, sentence.length, span.start, span.end);
  const siblings = ctx.siblings ?? [];
  const owned = (w: Span) => {
    const c = clauseAround(boundaries, sentence.length, w.start, w.end);
    return siblings.some((s) => s.start >= c.start && s.end <= c.end);
  };
  // "2024 companies" is a count, not a year: words inside a figure are not time words.
  const overlaps = (w: Span) => [span, ...siblings].some((f) => f.start < w.end && w.start < f.end);
  const usable = words.filter((w) => !overlaps(w));

  const yearWords = usable.filter((w) => w.kind !== 'period' && w.kind !== 'same-period' && w.kind !== 'previous-period' && w.kind !== 'today' && w.kind !== 'to-date');
  // "…in the first eight months of the year, with its surplus widening 46 percent during the period": "the
  // period" is the one named last before it, in its own sentence if there is one, else in the text before.
  const named = usable.filter((w): w is PeriodWord => w.kind === 'period' && !wholeYear(w));
  const namedBefore = (w: TimeWord): Months | undefined => {
    const p = named.filter((n) => n.end <= w.start).at(-1);
    return p ? { fromMonth: p.fromMonth, toMonth: p.toMonth, ...(p.across ? { across: p.across } : {}) } : ctx.contextPeriod;
  };
  const periodWords = usable.flatMap((w) => asPeriod(w, w.kind === 'same-period' ? namedBefore(w) : ctx.contextPeriod, ctx.published));
  // "in 2020, 2021 and 2022, … exceeded 100, 110 and 120 trillion yuan, respectively": the nth figure takes the nth word.
  const respective = <T extends TimeWord>(ws: T[]) =>
    ctx.rank && ws.length === ctx.rank.count && saysRespectively(sentence, lang) ? ws[ctx.rank.index] : undefined;
  const bases = siblings.filter((s) => s.start < span.start || s.start >= span.end).filter((s) => isBase(sentence, lang, s));
  const yearWord = respective(yearWords) ?? nearest(yearWords, span, clause, siblings, lang, owned, bases);
  // Only periods the sentence names count for "respectively" ("历史同期" names none of its own).
  // "similar to the growth observed in March (+$1.03; +3.4%)": figures in brackets after a comparison's month are its.
  const bracketed = basePeriods.find((w) => /^\s*[(（](?:[^()（）]*[;；,，]\s*)?[+\-−]?\s*$/.test(sentence.slice(w.end, span.start)));
  const nearestPeriod = bracketed ?? respective(named) ?? nearest(periodWords, span, clause, siblings, lang, owned, bases);
  // "Inflation … continued to increase in February and ECB staff expect it to average 4.6% in 2023": a year nearer
  // the figure than the months, and not beside them, says the figure is that whole year's.
  const mine = (w: Span) => !siblings.some((s) => reach(w, s, lang) < reach(w, span, lang));
  // So does "from 9.8 pence last year, due to the impact of the rights shares issued in April 2018": April is the issue's.
  const between = (w: Span, a: Span, b: Span) => (a.end <= w.start && w.end <= b.start) || (b.end <= w.start && w.end <= a.start);
  const yearLike = yearWord?.kind === 'year' || ((yearWord?.kind === 'relative' || yearWord?.kind === 'anchored') && nearestPeriod && between(yearWord, span, nearestPeriod));
  const apart = yearLike && yearWord && nearestPeriod && mine(yearWord) && gap(yearWord, nearestPeriod) > 6 && reach(yearWord, span, lang) < reach(nearestPeriod, span, lang);
  const periodWord = apart ? undefined : nearestPeriod;

  const { year, from, relative, contrast, baseLastYear } = readYear(sentence, lang, span, usable, yearWord, periodWord, ctx);

  // A figure whose sentence names no months of its own is in the months the text named last
  // ("前三季度…。其中，出口…"), as long as its sentence names no year: a sentence that names its year again
  // without months ("2024年12月…进口消费品…。2024年，我国对…进出口22.07万亿元") is about the whole year.
  let months: Months | undefined = periodWord && !wholeYear(periodWord) ? periodWord : undefined;
  // "2023-24": a fiscal year, the months of the language's fiscal year across the two.
  if (!months && yearWord?.kind === 'year' && yearWord.fromYear !== undefined && !yearWord.season) {
    const start = PHRASES[lang].time.fiscalYearStart;
    months = { fromMonth: start, toMonth: start === 1 ? 12 : start - 1, across: yearWord.year - yearWord.fromYear };
  }
  // "their annual net profits exceeded 10 billion yuan" on an undated page: which year is unknown, but it is a whole one.
  // So is "今年下修至百分之一點七四" there: a year relative to a date we do not know is still a whole year.
  const wholeYearWord = (periodWord && wholeYear(periodWord)) || (!periodWord && yearWord?.kind === 'relative' && yearWord.wholeYear && !yearAgoAround(sentence, lang, yearWord));
  if (!months && year === undefined && wholeYearWord) months = { fromMonth: 1, toMonth: 12 };
  let periodFrom: FigureTime['periodFrom'] = months ? 'text' : undefined;
  const namesOwnYear = yearWord !== undefined && yearWord.kind !== 'anchored';
  // "in the previous quarter" that cannot be read (after a first quarter) is not the text's months either.
  const looksBack = usable.some((w) => w.kind === 'previous-period');
  if (!periodWord && !contrast && !looksBack && ctx.contextPeriod && !wholeYear(ctx.contextPeriod) && !namesOwnYear && (year === undefined || year === ctx.contextYear || ctx.contextYear === undefined)) {
    months = ctx.contextPeriod;
    periodFrom = 'context';
  }

  // "from 34.6 million pounds in the year-ago period", "from 1.59 billion pounds, last year": the year before, in the
  // months the text is talking about.
  // So is a base "from 24.2 pence a year ago".
  const yearAgo = yearWord?.kind === 'anchored' && (yearWord.samePeriod || isBase(sentence, lang, span));
  if (!months && (yearAgo || baseLastYear) && ctx.contextPeriod && !wholeYear(ctx.contextPeriod)) {
    months = ctx.contextPeriod;
    periodFrom = 'context';
  }
  // "…land sales dropped to 65.57 billion yuan, …, or 55.5 percent month-on-month" in a text about the first half:
  // a rate on the month before is of one month, the last of the months carried (a guess the notes do not build on).
  const oneMonth = periodFrom === 'context' && months !== undefined && (!!months.across || months.fromMonth !== months.toMonth) && monthOnMonth(sentence, lang);
  if (oneMonth) months = { fromMonth: months!.toMonth, toMonth: months!.toMonth };
  const overYear = months === undefined;
  months = stockMonths({ sentence, lang, boundaries, clause, months, year, yearFromText: from === 'text' || from === 'context', published: ctx.published, span, siblings: ctx.siblings ?? [], rate: /[%％]|percent|per cent|百分|个百分点|個百分點/i.test(figure.text) });
  const result: FigureTime = { from };
  if (overYear && months) result.yearEnd = true;
  if (oneMonth) result.monthsGuessed = true;
  if (contrast) result.contrast = true;
  // "This follows a rise of 0.2% in the previous quarter": a look back, which does not move the text's months either.
  if (isBase(sentence, lang, span) || periodWord?.previous || bracketed) result.base = true;
  if (year !== undefined) result.year = year;
  if (relative) result.relative = relative;
  if (compared.length > 0) {
    result.compared = compared.map((w) => {
      const offset = w.kind === 'relative' ? w.offset : 0;
      const now = yearsCountFrom(ctx);
      return { phrase: sentence.slice(w.start, w.end), at: w.start, ...(now === undefined ? {} : { year: now + offset, ...impliedOf(ctx) }) };
    });
  }
  if (months) {
    const fromYear = months.across && year !== undefined ? year - months.across : undefined;
    result.period = {
      ...(year !== undefined ? { year } : {}),
      ...(fromYear !== undefined ? { fromYear } : {}),
      fromMonth: months.fromMonth,
      toMonth: months.toMonth,
      label: periodLabel(year, months.fromMonth, months.toMonth, fromYear),
    };
    result.periodFrom = periodFrom;
  }
  if (periodWord && wholeYear(periodWord)) result.endsMonths = true;
  if (periodWord?.point && result.periodFrom === 'text') result.point = true;
  unknownMonths(result, { usable, periodWord, months, yearWord, sentence, lang, boundaries, clause }, ctx);
  return result;
}

interface MonthsQuery {
  usable: readonly TimeWord[];
  periodWord: PeriodWord | undefined;
  months: Months | undefined;
  yearWord: TimeWord | undefined;
  sentence: string;
  lang: Lang;
  boundaries: readonly Span[];
  clause: Span;
}

/** Takes the months off a figure whose text does not give them, and says when its year is known without them. */
function unknownMonths(result: FigureTime, q: MonthsQuery, ctx: TimeContext): void {
  const { usable, periodWord, months, yearWord, sentence, lang, boundaries, clause } = q;
  // "the fourth quarter of fiscal 2015": a fiscal quarter, whose calendar months the text does not say; so is "a
  // $US9.4 billion first-half profit" in a text that reports "the 2021/22 interim result".
  const fiscalSentence = usable.some((w) => w.kind === 'year' && w.fiscal);
  const fiscalPart = periodWord !== undefined && !months?.across && (fiscalSentence || (ctx.fiscalText === true && periodWord.ordinal === true));
  if (fiscalPart) {
    delete result.period;
    delete result.periodFrom;
    result.endsMonths = true;
  }
  // "前三季度…。全国夏粮总产量13926万吨": a season's harvest is not in the months the text carries.
  const crop = result.periodFrom !== 'text' && seasonal(sentence, lang, boundaries, clause);
  if (crop) {
    delete result.period;
    delete result.periodFrom;
  }
  if (result.year !== undefined && !result.period && monthsUnknown(yearWord, ctx, fiscalPart, crop)) result.monthsUnknown = true;
}
