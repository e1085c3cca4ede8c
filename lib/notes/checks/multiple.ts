/**
 * multiple: "doubled", "tripled", "翻番", "增长两倍" against the two levels
 * given. "Exports doubled from 30 billion dollars to 75 billion dollars" →
 * 75 ÷ 30 is 2.5 times. A multiple word is itself rounded speech ("doubled"
 * for ×2.03 is fair), so it stands for its factor ±5%, on top of the levels'
 * own rounding.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { formatRate } from '../../format';
import { multiplesIn } from './phrases';
import { isAmount, levelsOf, onEach, verdict } from './shared';
import { exact, rangeOf, widen, written } from './tolerance';

const SPOKEN_ROUNDING = 0.05;

const TEXTS: Texts<{ word: string; factor: number; from: string; to: string; ratio: string; flagged: boolean }> = {
  en: (a) =>
    `From ${a.from} to ${a.to} is ×${a.ratio}` + (a.flagged ? `, not the ×${a.factor} that "${a.word}" says.` : `, which checks out against "${a.word}".`),
  zh: (a) => `从${a.from}到${a.to}是原来的${a.ratio}倍` + (a.flagged ? `，而非“${a.word}”所说的${a.factor}倍。` : `，与“${a.word}”相符。`),
};

export const multiple: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  const done = new Set<readonly Figure[]>();
  for (const f of ctx.figures) {
    const group = ctx.sameSentence(f);
    if (done.has(group)) continue;
    done.add(group);
    for (const word of multiplesIn(f.sentence, f.lang)) {
      const pair = levelsOf(group, (g) => isAmount(g) && g.value > 0).find(
        ({ from, to }) => (word.factor > 1 ? to.value > from.value : to.value < from.value) && Math.min(Math.abs(from.sentenceOffset - word.start), Math.abs(to.sentenceOffset - word.start)) < 80,
      );
      if (!pair) continue;
      const { from, to } = pair;
      const v = verdict(widen(exact(word.factor), SPOKEN_ROUNDING), rangeOf((a, b) => b / a, [written(from), written(to)]));
      const text = TEXTS[fmt.lang]({ word: word.text, factor: word.factor, from: from.text, to: to.text, ratio: formatRate(to.value / from.value, fmt.locale), flagged: v.flagged });
      yield* onEach('multiple', [from, to], text, v.flagged, { value: to.value / from.value });
    }
  }
};
