/**
 * share-of: a share with its base, when both are there. "Exports of 3.08
 * trillion yuan, accounting for 15.3 percent of the total" gives the total
 * (3.08 trillion ÷ 0.153); "30 percent of the 5 billion yuan budget" gives the
 * part (5 billion × 0.3). A share of an increase ("contributing 38.7 percent
 * to the national trade increment") is not a share of the amount beside it,
 * and gets no note.
 */
import { PHRASES, readable } from '../normalize/phrases';
import type { Texts } from '../format';
import type { NoteRule } from './context';
import { about, amount, asWritten, bare, capitalize } from './text';

const WHOLE: Texts<{ part: string; share: string; whole: string; arithmetic: string }> = {
  en: (a) => `${capitalize(a.part)} is ${a.share} of the total → total ${a.whole} (${a.arithmetic}).`,
  zh: (a) => `${a.part}占${a.share} → 总量${a.whole}（${a.arithmetic}）。`,
};
const PART: Texts<{ share: string; base: string; part: string; arithmetic: string }> = {
  en: (a) => `${capitalize(a.share)} of ${a.base} → ${a.part} (${a.arithmetic}).`,
  zh: (a) => `${a.base}的${a.share} → ${a.part}（${a.arithmetic}）。`,
};

function ratio(percentValue: number): string {
  return String(Number((percentValue / 100).toFixed(6)));
}

export const shareOf: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  for (const f of ctx.figures) {
    if (f.kind !== 'percent' || f.role !== 'share' || f.valueMax !== undefined || !(f.value > 0 && f.value < 100)) continue;
    const end = f.sentenceOffset + f.text.length;
    const words = PHRASES[f.lang].share;
    const sentence = readable(f.sentence, f.lang);
    const around = sentence.slice(Math.max(0, f.sentenceOffset - 40), end + 40);
    const base = ctx
      .sameSentence(f)
      .find((b) => (b.kind === 'money' || b.kind === 'count') && b.sentenceOffset >= end && words.ofAmount.test(sentence.slice(end, b.sentenceOffset)));
    if (base) {
      const part = (base.value * f.value) / 100;
      const text = PART[fmt.lang]({
        share: asWritten(f, fmt),
        base: asWritten(base, fmt),
        part: about(fmt, f, base) + amount(part, base, fmt),
        arithmetic: `${bare(base.value, fmt)} × ${ratio(f.value)}`,
      });
      yield { on: f, note: { type: 'share-of', text, value: part, ...(base.currency ? { currency: base.currency } : {}), ...(base.year !== undefined ? { year: base.year } : {}) } };
      continue;
    }
    const s = f.subject ? ctx.byId.get(f.subject) : undefined;
    if (!s || !words.ofTotal.test(around) || words.ofChange.test(sentence.slice(f.sentenceOffset, end + 60))) continue;
    const whole = s.value / (f.value / 100);
    const text = WHOLE[fmt.lang]({
      part: asWritten(s, fmt),
      share: asWritten(f, fmt),
      whole: about(fmt, f, s) + amount(whole, s, fmt),
      arithmetic: `${bare(s.value, fmt)} ÷ ${ratio(f.value)}`,
    });
    yield { on: f, note: { type: 'share-of', text, value: whole, ...(s.currency ? { currency: s.currency } : {}), ...(s.year !== undefined ? { year: s.year } : {}) } };
  }
};
