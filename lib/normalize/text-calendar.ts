/**
 * What the whole text says of its calendar, read once before its figures:
 *
 * - whether it names a company's fiscal years ("fiscal 2016"), whose calendar it does not give;
 * - whether it counts in fiscal years anywhere ("FY2025", "fiscal 2016",
 *   "2021/22", "2019/20年度"), so that its quarters and halves are not the
 *   calendar's;
 * - on an undated page, the year the text itself says it is written in: a
 *   sentence that reviews a whole named year ("介绍2024年全年进出口情况")
 *   and a later one that calls it "last year" (去年) say it is the year after; a
 *   sentence that speaks of "this year" ("今年10月…") and compares it with
 *   the same month of a named year ("较2016年同月上升3.6%") is in the year
 *   after that one. Only when every such sentence agrees; a text that says
 *   nothing of the kind, or contradicts itself, has none. It holds from that
 *   sentence on: a reader of the lines before it does not know yet.
 */
import type { Lang } from '../figure';
import { PHRASES, readable } from './phrases';
import { findTimeWords, yearAgoAround, type TimeWord } from './time-words';

export interface ImpliedYear {
  year: number;
  /** The words that say it ("2016年同月"), as the page writes them. */
  phrase: string;
  /** Where the sentence that says it starts in the text. */
  from: number;
  /** Said by a review of a whole year as over ("介绍2024年全年进出口情况…去年"), not by a comparison. */
  review?: true;
}

export interface TextCalendar {
  fiscal: boolean;
  /** It names a company's fiscal years ("fiscal 2016", "FY2015") and never their months: its bare years are fiscal years too. */
  fiscalNamed: boolean;
  implied?: ImpliedYear;
}

export function readCalendar(sentences: readonly { sentence: string; lang: Lang; at: number }[], dated: boolean): TextCalendar {
  let fiscal = false;
  let fiscalNamed = false;
  let implied: ImpliedYear | undefined;
  let contradicted = false;
  let reviewed: { year: number; phrase: string } | undefined;
  for (const { sentence, lang, at } of [...sentences].sort((a, b) => a.at - b.at)) {
    const words = findTimeWords(sentence, lang);
    fiscal ||= words.some((w) => w.kind === 'year' && (w.fiscal || w.fromYear !== undefined));
    fiscalNamed ||= words.some((w) => w.kind === 'year' && w.fiscal === true);
    if (dated || contradicted) continue;
    const review = reviewedYear(sentence, lang, words);
    const found = yearsSaid(sentence, lang, words, at);
    // "王令浚介绍2024年全年进出口情况。…去年，我国对共建国家进出口增长6.4%": the year reviewed is "last year".
    if (found.length === 0 && reviewed && words.some((w) => w.kind === 'relative' && w.offset === -1 && w.year === undefined && !w.comparison)) {
      found.push({ year: reviewed.year + 1, phrase: reviewed.phrase, from: at, review: true });
    }
    reviewed ??= review;
    for (const said of found) {
      if (implied && implied.year !== said.year) contradicted = true;
      implied ??= said;
    }
  }
  return { fiscal, fiscalNamed, ...(implied && !contradicted ? { implied } : {}) };
}

/** A whole named year the sentence reviews as over ("2024年全年进出口情况", "full-year 2024 results"). */
function reviewedYear(sentence: string, lang: Lang, words: readonly TimeWord[]): { year: number; phrase: string } | undefined {
  const { before, after } = PHRASES[lang].time.wholeYearReviewed;
  const text = readable(sentence, lang);
  for (const w of words) {
    if (w.kind !== 'year' || w.fromYear !== undefined || w.comparison) continue;
    const lead = before?.exec(text.slice(Math.max(0, w.start - 20), w.start));
    const tail = after?.exec(text.slice(w.end, w.end + 6));
    if (lead || tail) return { year: w.year, phrase: sentence.slice(w.start - (lead?.[0].length ?? 0), w.end + (tail?.[0].length ?? 0)).trim() };
  }
  return undefined;
}

/**
 * The years a sentence about "this year" implies by comparing it with the same month of a named one, and the
 * years a relative word says with the year written beside it ("明(2024)年": this year is 2023).
 */
function yearsSaid(sentence: string, lang: Lang, words: readonly TimeWord[], at: number): ImpliedYear[] {
  const stated = words.flatMap((w) => (w.kind === 'relative' && w.year !== undefined ? [{ year: w.year - w.offset, phrase: sentence.slice(w.start, w.end), from: at }] : []));
  if (stated.length > 0) return stated;
  if (!words.some((w) => w.kind === 'relative' && w.offset === 0 && !w.comparison)) return [];
  return words.flatMap((w) => {
    const around = w.kind === 'year' && w.comparison && w.fromYear === undefined ? yearAgoAround(sentence, lang, w) : undefined;
    if (!around || w.kind !== 'year') return [];
    return [{ year: w.year + 1, phrase: sentence.slice(w.start - around[0], w.end + around[1]).trim(), from: at }];
  });
}
