/**
 * streak: "for the 36th consecutive year" in a sentence about 2024 means
 * every year since 1989 (2024 − 36 + 1). The note goes on the figure nearest
 * the phrase, whose year it takes.
 */
import type { Figure } from '../figure';
import type { Texts } from '../format';
import { sentenceStart } from '../normalize';
import { gap } from '../normalize/clauses';
import { PHRASES, readable } from '../normalize/phrases';
import type { NoteRule } from './context';
import { capitalize } from './text';

interface Args {
  phrase: string;
  year: number;
  n: number;
  since: number;
}

const TEXTS: Texts<Args> = {
  en: (a) => `${capitalize(a.phrase)} as of ${a.year} → every year since ${a.since} (${a.year} − ${a.n} + 1).`,
  zh: (a) => `${a.phrase}（截至${a.year}年）→ 自${a.since}年起每年（${a.year} − ${a.n} + 1）。`,
};

function* streaksIn(sentence: string, lang: Figure['lang']) {
  for (const { re, count } of PHRASES[lang].streak) {
    for (const m of readable(sentence, lang).matchAll(re)) {
      const n = count(m);
      if (n >= 2) yield { n, phrase: sentence.slice(m.index, m.index + m[0].length), span: { start: m.index, end: m.index + m[0].length } };
    }
  }
}

export const streak: NoteRule = function* (ctx) {
  const seen = new Set<number>();
  const write = (phrase: string, year: number, n: number) => {
    const since = year - n + 1;
    return { type: 'streak' as const, text: TEXTS[ctx.fmt.lang]({ phrase, year, n, since }), year: since };
  };
  for (const first of ctx.figures) {
    const start = sentenceStart(first);
    if (seen.has(start)) continue;
    seen.add(start);
    const group = ctx.sameSentence(first).filter((f) => !f.equivalentOf);
    for (const { n, phrase, span: at } of streaksIn(first.sentence, first.lang)) {
      let nearest: Figure | undefined;
      for (const f of group) {
        const span = { start: f.sentenceOffset, end: f.sentenceOffset + f.text.length };
        if (!nearest || gap(span, at) < gap({ start: nearest.sentenceOffset, end: nearest.sentenceOffset + nearest.text.length }, at)) nearest = f;
      }
      // The streak's year is the statement's: a guessed one would give a wrong first year.
      if (!nearest || !ctx.knownTime(nearest)) continue;
      yield { on: nearest, note: write(phrase, nearest.year!, n) };
    }
  }
  // "The city has kept its AAA rating for 20 consecutive years." holds no figure: the note goes on the figure nearest it.
  for (const { mark, time } of ctx.marks) {
    if (time.year === undefined || (time.from !== 'text' && time.from !== 'context')) continue;
    for (const { n, phrase } of streaksIn(mark.sentence, mark.lang)) {
      const on = ctx.nearestFigure(mark.at);
      if (on) yield { on, note: write(phrase, time.year, n) };
    }
  }
};
