/**
 * The year of a figure from the time words chosen for it (time.ts): a year named, one relative to the
 * publication ("last year") or to the sentence's own ("a year earlier"), a period's year, the text's.
 */
import type { Lang, Period } from '../figure';
import type { Span } from './clauses';
import { PHRASES, readable } from './phrases';
import type { FigureTime, TimeContext } from './time';
import { isBase } from './time-nearest';
import type { TimeWord } from './time-words';

/** `today`: counted from the publication day ("today", "since the beginning of the year"), so in its year. */
export type PeriodWord = TimeWord & { kind: 'period'; previous?: true; today?: true };

/** Months of a year; `across` > 0 for a period that starts that many years earlier (a fiscal year). */
export type Months = Pick<Period, 'fromMonth' | 'toMonth'> & { across?: number };

export const wholeYear = (m: Months | undefined) => m !== undefined && m.fromMonth === 1 && m.toMonth === 12 && !m.across;

interface YearReading {
  year?: number;
  from: FigureTime['from'];
  relative?: FigureTime['relative'];
  contrast: boolean;
  /** The figure is a base whose "last year" counts from the text's year (see below). */
  baseLastYear: boolean;
}

/** The year of a figure from the year and period words chosen for it (figureTime). */
export function readYear(sentence: string, lang: Lang, span: Span, usable: readonly TimeWord[], yearWord: TimeWord | undefined, periodWord: PeriodWord | undefined, ctx: TimeContext): YearReading {
  const fallbackYear = ctx.contextYear ?? ctx.published?.year;
  const now = yearsCountFrom(ctx);
  const impliedBy = impliedOf(ctx);
  let year: number | undefined;
  let from: FigureTime['from'] = 'text';
  let relative: FigureTime['relative'];
  let contrast = false;
  // "…increased to 1.60 billion pounds from 1.59 billion pounds, last year" in a text about 2022 (undated, or
  // published in another year): the base is the year before the text's, not before the publication's.
  // The text's year is one named before the base ("For the year 2024, … from $4.9 billion last year"), not one after
  // it ("… from 9.8 pence last year, due to the rights shares issued in 2018"), else the one the text carries.
  const textYear = usable.find((w): w is TimeWord & { kind: 'year' } => w.kind === 'year' && w.end <= span.start)?.year ?? ctx.contextYear;
  let baseLastYear = yearWord?.kind === 'relative' && yearWord.offset === -1 && textYear !== undefined && textYear !== ctx.published?.year && isBase(sentence, lang, span);
  if (yearWord?.kind === 'year') year = yearWord.year;
  else if (baseLastYear) {
    year = textYear! - 1;
    contrast = true;
  } else if (yearWord?.kind === 'relative') {
    year = yearWord.year ?? (now === undefined ? undefined : now + yearWord.offset);
    relative = { phrase: sentence.slice(yearWord.start, yearWord.end), at: yearWord.start, year, ...(yearWord.year !== undefined ? { stated: true as const } : impliedBy) };
    if (year === undefined) from = 'unknown';
  } else if (yearWord?.kind === 'anchored') {
    const anchor = usable.find((w): w is TimeWord & { kind: 'year' } => w.kind === 'year');
    const base = anchor?.year ?? fallbackYear;
    year = base === undefined ? undefined : base + yearWord.offset;
    contrast = true;
    if (!anchor && ctx.contextYear === undefined) from = base === undefined ? 'unknown' : 'published';
  } else if (periodWord && (ctx.published || ctx.contextYear !== undefined) && !wholeYear(periodWord)) {
    // A period named without a year is in the year the text is talking about, unless that one has not
    // begun by the publication date; else the latest that had: "四季度" in January 2025 is Q4 2024,
    // "上半年" in July 2025 is H1 2025.
    const pub = ctx.published;
    const begun = (y: number) => !pub || y < pub.year || (y === pub.year && periodWord.fromMonth <= pub.month);
    if (periodWord.today && pub) year = pub.year;
    else if (ctx.contextYear !== undefined && begun(ctx.contextYear)) {
      year = ctx.contextYear;
      from = 'context';
    } else if (pub) year = periodWord.fromMonth <= pub.month ? pub.year : pub.year - 1;
  } else if (!yearWord && !periodWord && bareBase(sentence, lang, span, ctx.contextPeriod)) {
    // "Earnings per share was 6.0 pence compared to 5.3 pence" in a report of a half-year: the same half a year back.
    year = ctx.contextYear === undefined ? undefined : ctx.contextYear - 1;
    if (year === undefined) from = 'unknown';
    contrast = true;
    baseLastYear = true;
  } else if (ctx.contextYear !== undefined) {
    year = ctx.contextYear;
    from = 'context';
  } else if (ctx.published) {
    year = ctx.published.year;
    from = 'published';
  } else from = 'unknown';
  return { year, from, relative, contrast, baseLastYear };
}

/**
 * A base of comparison without a time word of its own, in a text reporting a part of a year longer than a
 * month (a quarter, a half, a fiscal half): results are compared with the same part of the year before. In
 * a monthly report a bare base ("rose to 3.6% from 3.5%") is the month before, which is not read.
 */
export function bareBase(sentence: string, lang: Lang, span: Span, c: Months | undefined): boolean {
  if (!c || wholeYear(c) || (!c.across && c.fromMonth === c.toMonth)) return false;
  const lead = readable(sentence, lang).slice(Math.max(0, span.start - 20), span.start).replace(/[~≈]\s*$/, '');
  return isBase(sentence, lang, span) && PHRASES[lang].time.bareBase.test(lead);
}

/**
 * Whether a figure's year is known but not its months: "the 2010/11 season"; a year of a text that names its
 * fiscal years ("Looking ahead to fiscal 2016, … from adjusted earnings of $2.69 in 2015"); a fiscal quarter or
 * half (`fiscalPart`); a seasonal crop.
 */
export function monthsUnknown(yearWord: TimeWord | undefined, ctx: TimeContext, fiscalPart: boolean, crop: boolean): boolean {
  if (crop || fiscalPart) return true;
  if (yearWord?.kind !== 'year') return false;
  return yearWord.season === true || (ctx.fiscalNamed === true && yearWord.fromYear === undefined);
}

/** The year words like "last year" count from: the publication's, or on an undated page the one the text implies. */
export function yearsCountFrom(ctx: TimeContext): number | undefined {
  return ctx.published?.year ?? ctx.implied?.year;
}

/** On an undated page whose text implies its year, the words that do: notes say how they know. */
export function impliedOf(ctx: TimeContext): { implied?: string; review?: true } {
  return !ctx.published && ctx.implied ? { implied: ctx.implied.phrase, ...(ctx.implied.review ? { review: true as const } : {}) } : {};
}
