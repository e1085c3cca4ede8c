/**
 * relative-year: which year "last year" (去年, this year…) means for the
 * article's date, or that it cannot be told because the date is unknown.
 */
import type { NoteRule } from './context';
import type { Texts } from './text';

const KNOWN: Texts<{ phrase: string; year: number; date: string }> = {
  en: (a) => `“${a.phrase}” here is ${a.year}: the article is dated ${a.date}.`,
  zh: (a) => `“${a.phrase}”指${a.year}年（文章日期：${a.date}）。`,
};
const UNKNOWN: Texts<{ phrase: string }> = {
  en: (a) => `“${a.phrase}”: the article’s date is unknown, so its year is too.`,
  zh: (a) => `“${a.phrase}”：文章日期不详，无法确定年份。`,
};

export const relativeYear: NoteRule = function* (ctx) {
  for (const f of ctx.figures) {
    const relative = ctx.time(f).relative;
    if (!relative) continue;
    const { lang } = ctx.fmt;
    if (relative.year !== undefined && ctx.published) {
      const text = KNOWN[lang]({ phrase: relative.phrase, year: relative.year, date: ctx.published.iso });
      yield { on: f, note: { type: 'relative-year', text, year: relative.year } };
    } else {
      yield { on: f, note: { type: 'relative-year', text: UNKNOWN[lang]({ phrase: relative.phrase }) } };
    }
  }
};
