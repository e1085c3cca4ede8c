/**
 * share-of: a share of a base the sentence names: "30 percent of the 5
 * billion yuan budget" gives the part (5 billion × 0.3). "Exports of 3.08
 * trillion yuan, accounting for 15.3 percent of the total" gets none: which
 * total is a guess. A share of an increase ("contributing 38.7 percent to the
 * national trade increment") is not a share of the amount beside it either.
 */
import { PHRASES, readable } from '../normalize/phrases';
import type { Texts } from '../format';
import type { NoteRule } from './context';
import { about, amount, asWritten, bare, capitalize } from './text';

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
    const base = ctx
      .sameSentence(f)
      .find((b) => (b.kind === 'money' || b.kind === 'count') && b.sentenceOffset >= end && words.ofAmount.test(sentence.slice(end, b.sentenceOffset)));
    // Only a share of a base the sentence names: "15.3 percent of the total" does not say which total, and
    // 3.08 trillion ÷ 0.153 presented as "the total" is a guess (the real-page gold calls all such notes wrong).
    if (base) {
      const part = (base.value * f.value) / 100;
      const text = PART[fmt.lang]({
        share: asWritten(f, fmt),
        base: asWritten(base, fmt),
        part: about(fmt, f, base) + amount(part, base, fmt),
        arithmetic: `${bare(base.value, fmt)} × ${ratio(f.value)}`,
      });
      yield { on: f, note: { type: 'share-of', text, value: part, ...(base.currency ? { currency: base.currency } : {}), ...(base.year !== undefined ? { year: base.year } : {}) } };
    }
  }
};
