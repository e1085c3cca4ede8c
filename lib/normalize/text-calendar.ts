/**
 * What the whole text says of its calendar, read once before its figures:
 *
 * - whether it names a company's fiscal years ("fiscal 2016"), whose calendar it does not give;
 * - whether it counts in fiscal years anywhere ("FY2025", "fiscal 2016",
 *   "2021/22", "2019/20年度"), so that its quarters and halves are not the
 *   calendar's;
 * - on an undated page, the year the text itself says it is written in: a
 *   sentence that speaks of "this year" ("今年10月…") and compares it with
 *   the same month of a named year ("较2016年同月上升3.6%") is in the year
 *   after that one. Only when every such sentence agrees; a text that says
 *   nothing of the kind, or contradicts itself, has none. It holds from that
 *   sentence on: a reader of the lines before it does not know yet.
 */
import type { Lang } from '../figure';
import { findTimeWords, yearAgoAround, type TimeWord } from './time-words';

export interface ImpliedYear {
  year: number;
  /** The words that say it ("2016年同月"), as the page writes them. */
  phrase: string;
  /** Where the sentence that says it starts in the text. */
  from: number;
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
  for (const { sentence, lang, at } of [...sentences].sort((a, b) => a.at - b.at)) {
    const words = findTimeWords(sentence, lang);
    fiscal ||= words.some((w) => w.kind === 'year' && (w.fiscal || w.fromYear !== undefined));
    fiscalNamed ||= words.some((w) => w.kind === 'year' && w.fiscal === true);
    if (dated || contradicted) continue;
    for (const found of yearsSaid(sentence, lang, words, at)) {
      if (implied && implied.year !== found.year) contradicted = true;
      implied ??= found;
    }
  }
  return { fiscal, fiscalNamed, ...(implied && !contradicted ? { implied } : {}) };
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
