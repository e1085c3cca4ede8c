/**
 * relative-year: which year "last year" (去年, this year…) means for the
 * article's date (or, on an undated page, for the year the text implies:
 * "今年…较2016年同月"), or that it cannot be told because the date is unknown.
 */
import type { Figure } from '../figure';
import type { Texts } from '../format';
import { sentenceStart } from '../normalize';
import type { NoteRule } from './context';

const KNOWN: Texts<{ phrase: string; year: number; date: string }> = {
  en: (a) => `“${a.phrase}” here is ${a.year}: the article is dated ${a.date}.`,
  zh: (a) => `“${a.phrase}”指${a.year}年（文章日期：${a.date}）。`,
};
const IMPLIED: Texts<{ phrase: string; year: number; by: string }> = {
  en: (a) => `“${a.phrase}” here is ${a.year}: the page shows no date, but the text compares with “${a.by}”.`,
  zh: (a) => `“${a.phrase}”指${a.year}年（页面未注明日期，但文中与“${a.by}”比较）。`,
};
const REVIEWED: Texts<{ phrase: string; year: number; by: string }> = {
  en: (a) => `“${a.phrase}” here is ${a.year}: the page shows no date, but the text reviews “${a.by}” as over.`,
  zh: (a) => `“${a.phrase}”指${a.year}年（页面未注明日期，但文中把“${a.by}”作为已结束的一年介绍）。`,
};
const STATED: Texts<{ phrase: string; year: number }> = {
  en: (a) => `“${a.phrase}” here is ${a.year}, as the text writes beside it.`,
  zh: (a) => `“${a.phrase}”指${a.year}年（文中注明）。`,
};
const UNKNOWN: Texts<{ phrase: string }> = {
  en: (a) => `“${a.phrase}”: the article’s date is unknown, so its year is too.`,
  zh: (a) => `“${a.phrase}”：文章日期不详，无法确定年份。`,
};

export const relativeYear: NoteRule = function* (ctx) {
  // One note per phrase, on the figure nearest it: "今年上半年，进出口20.1万亿元，增长2.1%，其中出口…" says it once.
  const nearest = new Map<string, { f: Figure; distance: number; phrase: string; year?: number; implied?: string; review?: true; stated?: true }>();
  for (const f of ctx.figures) {
    // A restatement takes its year from what it restates, not from the phrase.
    const relative = f.equivalentOf ? undefined : ctx.time(f).relative;
    // "今(2025)年" on a dated page writes its year: nothing to add. On an undated one it says the text's year.
    if (!relative || (relative.stated && ctx.published)) continue;
    const key = `${sentenceStart(f)}:${relative.at}`;
    const distance = Math.abs(f.sentenceOffset - relative.at);
    const known = nearest.get(key);
    if (!known || distance < known.distance) nearest.set(key, { f, distance, phrase: relative.phrase, year: relative.year, implied: relative.implied, ...(relative.review ? { review: true as const } : {}), ...(relative.stated ? { stated: true as const } : {}) });
  }
  // A sentence without figures ("Last year, the city…") says it too; its note goes on the figure nearest it.
  // "This year"/"今年" there says no more than the date beside the page's title, and is not noted.
  for (const { mark, time } of ctx.marks) {
    const on = time.relative && time.relative.year !== ctx.published?.year && ctx.nearestFigure(mark.at);
    if (on) nearest.set(`mark:${mark.at}`, { f: on, distance: 0, phrase: time.relative!.phrase, year: time.relative!.year, implied: time.relative!.implied });
  }
  // A base of comparison ("from the same period last year", "比去年同期") means a year too: noted once per
  // phrase and year on the page, on the figure of its sentence nearest it, when nothing above noted it.
  const noted = new Set([...nearest.values()].map((n) => `${n.phrase.toLowerCase()}|${n.year}`));
  for (const f of ctx.figures) {
    for (const c of (f.equivalentOf ? undefined : ctx.time(f).compared) ?? []) {
      const id = `${c.phrase.toLowerCase()}|${c.year}`;
      const key = `${sentenceStart(f)}:${c.at}`;
      const distance = Math.abs(f.sentenceOffset - c.at);
      const known = nearest.get(key);
      if (noted.has(id) && !known) continue;
      if (!known || distance < known.distance) nearest.set(key, { f, distance, phrase: c.phrase, year: c.year, implied: c.implied, ...(c.review ? { review: true as const } : {}) });
      noted.add(id);
    }
  }
  const { lang } = ctx.fmt;
  for (const { f, phrase, year, implied, review, stated } of nearest.values()) {
    if (year !== undefined && ctx.published) {
      const text = KNOWN[lang]({ phrase, year, date: ctx.published.iso });
      yield { on: f, note: { type: 'relative-year', text, year } };
    } else if (year !== undefined && stated) {
      yield { on: f, note: { type: 'relative-year', text: STATED[lang]({ phrase, year }), year } };
    } else if (year !== undefined && implied) {
      const text = (review ? REVIEWED : IMPLIED)[lang]({ phrase, year, by: implied });
      yield { on: f, note: { type: 'relative-year', text, year } };
    } else {
      yield { on: f, note: { type: 'relative-year', text: UNKNOWN[lang]({ phrase }) } };
    }
  }
};
