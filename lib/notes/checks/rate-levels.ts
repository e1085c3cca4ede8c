/**
 * rate-levels: a growth rate against the two levels it joins. "Sales rose 8
 * percent to 540 million yuan from 520 million yuan" → the levels give 3.8%,
 * not 8%. And one amount given two rates on the page ("exports of 500
 * billion yuan, up 10%" and, later, "up 12%" for the same 500 billion) implies
 * two different priors.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { bare, percent } from '../text';
import { isAmount, levelsOf, onEach, plain, points, samePeriod, sameUnit, speaksOf, verdict } from './shared';
import { rangeOf, written } from './tolerance';

type Ctx = Parameters<NoteRule>[0];

const LEVELS: Texts<{ from: string; to: string; computed: string; stated: string; off: string; flagged: boolean }> = {
  en: (a) =>
    `From ${a.from} to ${a.to} is ${a.computed}` +
    (a.flagged ? `, not ${a.stated}: ${a.off} points beyond what rounding allows.` : `, which checks out against ${a.stated}.`),
  zh: (a) => `从${a.from}到${a.to}变化${a.computed}` + (a.flagged ? `，而非${a.stated}：超出四舍五入误差${a.off}个百分点。` : `，与${a.stated}相符。`),
};

const PRIORS: Texts<{ amount: string; a: string; b: string; priorA: string; priorB: string }> = {
  en: (x) => `${x.amount} is given two rates, ${x.a} and ${x.b}: they imply two different priors, ${x.priorA} and ${x.priorB}.`,
  zh: (x) => `${x.amount}有两个增速${x.a}和${x.b}：推算出的上期数不同，分别为${x.priorA}和${x.priorB}。`,
};

/** A growth rate as signed percent: "fell 3 percent" → −3. */
function signedRate(ctx: Ctx, f: Figure): number {
  return f.value < 0 ? f.value : ctx.percent(f).sign * f.value;
}

function* againstLevels(ctx: Ctx, f: Figure) {
  const { fmt } = ctx;
  const sentence = ctx.sameSentence(f);
  const subject = f.subject ? ctx.byId.get(f.subject) : undefined;
  for (const levels of levelsOf(sentence, (g) => g !== f && isAmount(g) && g.value > 0, subject)) {
    if (!speaksOf(sentence, f, levels)) continue;
    const { from, to } = levels;
    const rate = signedRate(ctx, f);
    const computed = (to.value / from.value - 1) * 100;
    // A rate with the opposite sign of its levels' change may be the article's sign word misread: leave it.
    if (Math.sign(computed) !== Math.sign(rate) && Math.abs(computed) > 0.5) continue;
    const v = verdict(written(f, rate), rangeOf((a, b) => (b / a - 1) * 100, [written(from), written(to)]));
    const text = LEVELS[fmt.lang]({
      from: from.text,
      to: to.text,
      computed: percent(computed, fmt, 1),
      stated: f.text,
      off: points(v.excess, fmt),
      flagged: v.flagged,
    });
    yield* onEach('rate-levels', [f, from, to].sort((a, b) => a.start - b.start), text, v.flagged, { value: computed });
    return;
  }
}

/** Growth rates of one amount (same value, unit, period and basis) that differ beyond rounding. */
function* twoPriors(ctx: Ctx) {
  const { fmt } = ctx;
  const byAmount = new Map<string, { rate: Figure; amount: Figure }[]>();
  for (const f of ctx.figures) {
    const s = f.role === 'growth' && f.subject && plain(f) ? ctx.byId.get(f.subject) : undefined;
    if (!s || !plain(s) || !isAmount(s) || f.hedge || s.hedge) continue;
    const metric = ctx.metric(s);
    if (!metric) continue;
    const key = [metric, s.kind, s.currency, s.noun, s.value, s.year, s.period?.fromMonth, s.period?.toMonth, f.basis ?? 'yoy'].join('|');
    byAmount.set(key, [...(byAmount.get(key) ?? []), { rate: f, amount: s }]);
  }
  for (const list of byAmount.values()) {
    const [a, b] = list;
    if (!a || !b || a.amount === b.amount || !sameUnit(a.amount, b.amount) || !samePeriod(a.amount, b.amount)) continue;
    const ra = signedRate(ctx, a.rate);
    const rb = signedRate(ctx, b.rate);
    const v = verdict(written(a.rate, ra), written(b.rate, rb));
    if (!v.flagged) continue;
    const prior = (r: number) => bare(a.amount.value / (1 + r / 100), fmt);
    const text = PRIORS[fmt.lang]({ amount: a.amount.text, a: a.rate.text, b: b.rate.text, priorA: prior(ra), priorB: prior(rb) });
    yield* onEach('rate-levels', [a.rate, b.rate], text, true);
  }
}

export const rateLevels: NoteRule = function* (ctx) {
  for (const f of ctx.figures) {
    if (f.kind === 'percent' && f.unit === '%' && f.role === 'growth' && plain(f)) yield* againstLevels(ctx, f);
  }
  yield* twoPriors(ctx);
};
