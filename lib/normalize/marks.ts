/**
 * The sentences of a text that set its time without holding a figure:
 * headings ("Review of the Work in 2019"), lead sentences ("In 2019, the
 * city…"), "前三季度，" on a line of its own, "for 20 consecutive years". The
 * page engine (or the scan CLI) reads them from the whole text and sends
 * them with the page; normalization reads them in page order with the
 * figures' sentences.
 */
import { isHan } from '../detect/chars';
import { MAX_MARKS, MAX_SENTENCE, type Lang, type TimeMark } from '../figure';
import { PHRASES, readable } from './phrases';
import { findTimeWords } from './time-words';

/**
 * Sentence ends: a line break, 。！？, or . ! ? before a space; not the point of an initial or a month's short
 * name ("U.S. Federal Open Market Committee Sept. 26: Statement Text" is one heading, not "…Committee Sept.").
 */
const SENTENCE_END = /\n|[。！？]|(?<!\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[.!?](?=\s)/g;

function langOf(sentence: string, page: Lang): Lang {
  for (let i = 0; i < sentence.length; i++) if (isHan(sentence.charCodeAt(i))) return 'zh';
  return page === 'zh' && /[a-z]{3}/i.test(sentence) ? 'en' : page;
}

/** Whether a sentence says something about time: a time word that is not a comparison's base, or a streak. */
export function namesTime(sentence: string, lang: Lang): boolean {
  if (findTimeWords(sentence, lang).some((w) => !w.comparison)) return true;
  const text = readable(sentence, lang);
  return PHRASES[lang].streak.some(({ re }) => new RegExp(re.source, re.flags.replace('g', '')).test(text));
}

/** The text's sentences that name a time or a streak, in order (sentences with figures too: normalization skips those). */
export function readTimeMarks(text: string, lang: Lang): TimeMark[] {
  const marks: TimeMark[] = [];
  let from = 0;
  const take = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim().slice(0, MAX_SENTENCE);
    if (sentence.length >= 4 && marks.length < MAX_MARKS) {
      const l = langOf(sentence, lang);
      if (namesTime(sentence, l)) marks.push({ at: from + lead, sentence, lang: l });
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const to = m.index + m[0].length;
    take(to);
    from = to;
  }
  if (from < text.length) take(text.length);
  return marks;
}
