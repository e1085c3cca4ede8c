/**
 * share-part-total: a share stated beside both its part and its whole.
 * "Services made up 55 percent of the 2 trillion yuan economy, or 1.3
 * trillion yuan" → 1.3 ÷ 2 is 65%, not 55%. The whole is the amount the
 * share is "of" ("of the 2 trillion yuan economy", "占全市2万亿元GDP的"); the
 * part is the other amount of the sentence in the same unit and period.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { percent } from '../text';
import { breakdownWord, ofWhole, partOfWhole, restatesAsShare, shareOfBefore, wholeFrame } from './phrases';
import { isAmount, onEach, plain, points, samePeriod, sameUnit, textBetween, verdict } from './shared';
import { rangeOf, written } from './tolerance';

type Ctx = Parameters<NoteRule>[0];


const TEXTS: Texts<{ part: string; whole: string; computed: string; stated: string; off: string; flagged: boolean }> = {
  en: (a) =>
    `${a.part} of ${a.whole} is ${a.computed}` + (a.flagged ? `, not ${a.stated}: ${a.off} points beyond what rounding allows.` : `, which checks out against ${a.stated}.`),
  zh: (a) => `${a.part}占${a.whole}的${a.computed}` + (a.flagged ? `，而非${a.stated}：超出四舍五入误差${a.off}个百分点。` : `，与${a.stated}相符。`),
};

/**
 * A whole, a breakdown word, its part, then the share: "全港私人住宅單位約128萬個，其中空置單位約6.1萬個，空置率為6.8%",
 * "出口總額5,420億美元中，電子零組件占2,310億美元，比重達48.6%".
 */
function brokenDown(f: Figure, amounts: readonly Figure[]): { whole: Figure; part: Figure } | undefined {
  const before = amounts.filter((a) => a.sentenceOffset < f.sentenceOffset);
  const part = before[before.length - 1];
  const whole = before[before.length - 2];
  if (!part || !whole || !sameUnit(part, whole) || !samePeriod(part, whole) || part.value >= whole.value) return undefined;
  return breakdownWord[f.lang].test(textBetween(whole, part)) ? { whole, part } : undefined;
}

/**
 * A share that restates a part of a whole named with it: "Women hold 118 of the 435 seats in the House, or 31%",
 * "Of the 2,350 jobs the company cut this year, 940 — or 45% — were in manufacturing". Read whatever role the
 * share was given: the words say it is the part's share.
 */
function restatedPart(f: Figure, amounts: readonly Figure[]): { whole: Figure; part: Figure } | undefined {
  const before = amounts.filter((a) => a.sentenceOffset < f.sentenceOffset);
  const last = before[before.length - 1];
  if (!last || !restatesAsShare[f.lang].test(textBetween(last, f))) return undefined;
  for (let i = 0; i + 1 < before.length; i++) {
    const [a, b] = [before[i]!, before[i + 1]!];
    if (!sameUnit(a, b) || !samePeriod(a, b)) continue;
    // "118 of the 435 seats": the part, "of", the whole.
    if (a.value < b.value && partOfWhole[f.lang].test(textBetween(a, b))) return { part: a, whole: b };
    // "Of the 2,350 jobs …, 940": the frame, the whole, the part.
    if (b.value < a.value && wholeFrame[f.lang].test(f.sentence.slice(0, a.sentenceOffset))) return { part: b, whole: a };
  }
  return undefined;
}

function wholeOf(ctx: Ctx, f: Figure, amounts: readonly Figure[]): Figure | undefined {
  const after = amounts.find((a) => a.sentenceOffset > f.sentenceOffset && ofWhole[f.lang].test(textBetween(f, a)));
  if (after) return after;
  // "服务业增加值1.3万亿元，占全市2万亿元GDP的65%": the whole right after 占, the share after it.
  return amounts.find((a) => a.sentenceOffset < f.sentenceOffset && shareOfBefore[f.lang].test(f.sentence.slice(0, a.sentenceOffset)));
}

export const sharePartTotal: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  for (const f of ctx.figures) {
    // A rate of a part ("空置率為6.8%") is read as a level: it is a share all the same once a breakdown gives its part.
    if (f.kind !== 'percent' || f.unit !== '%' || !plain(f) || !(f.value > 0 && f.value <= 100)) continue;
    const amounts = ctx.sameSentence(f).filter((g) => plain(g) && isAmount(g) && g.value > 0);
    const restated = restatedPart(f, amounts);
    if (!restated && f.role !== 'share' && f.role !== 'level') continue;
    const whole = !restated && f.role === 'share' ? wholeOf(ctx, f, amounts) : undefined;
    const parts = whole ? amounts.filter((p) => p !== whole && sameUnit(p, whole) && samePeriod(p, whole) && p.value < whole.value) : [];
    // The part nearest the share: "…economy, or 1.3 trillion yuan", "服务业增加值1.3万亿元，占…".
    const nearest = whole && parts.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
    const found = restated ?? (whole && nearest ? { whole, part: nearest } : brokenDown(f, amounts));
    if (!found) continue;
    const { part } = found;
    const computed = (part.value / found.whole.value) * 100;
    const v = verdict(written(f), rangeOf((p, w) => (p / w) * 100, [written(part), written(found.whole)]));
    const text = TEXTS[fmt.lang]({ part: part.text, whole: found.whole.text, computed: percent(computed, fmt, 1), stated: f.text, off: points(v.excess, fmt), flagged: v.flagged });
    yield* onEach('share-part-total', [f, part, found.whole].sort((a, b) => a.start - b.start), text, v.flagged, { value: computed });
  }
};
