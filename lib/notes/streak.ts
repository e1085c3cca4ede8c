/**
 * streak: "for the 36th consecutive year" in a sentence about 2024 means
 * every year since 1989 (2024 − 36 + 1). The note goes on the figure nearest
 * the phrase, whose year it takes.
 */
import type { Figure, Lang } from '../figure';
import type { Texts } from '../format';
import { sentenceStart } from '../normalize';
import { gap } from '../normalize/clauses';
import type { NoteRule } from './context';
import { capitalize } from './text';

const EN_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三十六 → 36, 十二 → 12, 八 → 8. */
function zhNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const [tens, units] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? ZH_DIGITS[tens]! : 1) * 10 : 0) + (units ? ZH_DIGITS[units]! : 0);
}

const PHRASES: Record<Lang, { re: RegExp; count: (m: RegExpExecArray) => number }[]> = {
  en: [
    { re: /\b(?:for )?the (\d{1,3})(?:st|nd|rd|th) (?:consecutive|straight|successive|running) year\b/gi, count: (m) => Number(m[1]) },
    {
      re: /\bfor (\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty) (?:consecutive|straight|successive) years\b/gi,
      count: (m) => EN_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]),
    },
    { re: /\bfor the (?:past|last) (\d{1,3}) (?:consecutive )?years\b/gi, count: (m) => Number(m[1]) },
  ],
  zh: [{ re: /连续(?:第)?(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?年/g, count: (m) => zhNumber(m[1]!) }],
};

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

export const streak: NoteRule = function* (ctx) {
  const seen = new Set<number>();
  for (const first of ctx.figures) {
    const start = sentenceStart(first);
    if (seen.has(start)) continue;
    seen.add(start);
    const group = ctx.sameSentence(first).filter((f) => !f.equivalentOf);
    for (const { re, count } of PHRASES[first.lang]) {
      for (const m of first.sentence.matchAll(re)) {
        const n = count(m);
        const phrase = { start: m.index, end: m.index + m[0].length };
        let nearest: Figure | undefined;
        for (const f of group) {
          const span = { start: f.sentenceOffset, end: f.sentenceOffset + f.text.length };
          if (!nearest || gap(span, phrase) < gap({ start: nearest.sentenceOffset, end: nearest.sentenceOffset + nearest.text.length }, phrase)) nearest = f;
        }
        if (!nearest || nearest.year === undefined || !(n >= 2)) continue;
        const since = nearest.year - n + 1;
        const text = TEXTS[ctx.fmt.lang]({ phrase: m[0], year: nearest.year, n, since });
        yield { on: nearest, note: { type: 'streak', text, year: since } };
      }
    }
  }
};
