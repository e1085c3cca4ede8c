/**
 * What the whole text says of its calendar, read before its figures: whether
 * it counts in fiscal years, and the year an undated text is written in, when the text itself says it: a
 * sentence that speaks of "this year" ("今年10月…") and compares it with
 * the same month of a named year ("较2016年同月上升3.6%") is in the year
 * after that one. Only when every such sentence agrees; a text that says
 * nothing of the kind, or contradicts itself, has no implied year. It holds
 * from that sentence on: a reader of the lines before it does not know yet.
 */
import type { Lang } from '../figure';
import { PHRASES, readable } from './phrases';
import { findTimeWords } from './time-words';

export interface ImpliedYear {
  year: number;
  /** The words that say it ("2016年同月"), as the page writes them. */
  phrase: string;
  /** Where the sentence that says it starts in the text. */
  from: number;
}

/** Whether the text names a fiscal year anywhere ("FY2025", "fiscal 2016", "2021/22", "2019/20年度"). */
export function countsInFiscalYears(sentences: Iterable<{ sentence: string; lang: Lang }>): boolean {
  for (const { sentence, lang } of sentences) {
    if (findTimeWords(sentence, lang).some((w) => w.kind === 'year' && (w.fiscal || w.fromYear !== undefined))) return true;
  }
  return false;
}

export function yearImpliedByText(sentences: Iterable<{ sentence: string; lang: Lang; at: number }>): ImpliedYear | undefined {
  let found: ImpliedYear | undefined;
  for (const { sentence, lang, at } of [...sentences].sort((a, b) => a.at - b.at)) {
    const words = findTimeWords(sentence, lang);
    if (!words.some((w) => w.kind === 'relative' && w.offset === 0 && !w.comparison)) continue;
    const text = readable(sentence, lang);
    const { before, after } = PHRASES[lang].time.yearAgoBase;
    for (const w of words) {
      if (w.kind !== 'year' || !w.comparison || w.fromYear !== undefined) continue;
      const lead = before?.exec(text.slice(Math.max(0, w.start - 30), w.start));
      const tail = after?.exec(text.slice(w.end, w.end + 8));
      if (!lead && !tail) continue;
      const year = w.year + 1;
      if (found && found.year !== year) return undefined;
      found ??= { year, phrase: sentence.slice(w.start - (lead?.[0].length ?? 0), w.end + (tail?.[0].length ?? 0)).trim(), from: at };
    }
  }
  return found;
}
