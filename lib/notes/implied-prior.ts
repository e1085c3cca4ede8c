/**
 * implied-prior: a growth rate linked to an amount gives the amount of the
 * period before. "Imports and exports exceeded 9 trillion yuan, a 9.8 percent
 * year-on-year growth" → about 8.2 trillion yuan in 2023 (9 trillion ÷ 1.098).
 */
import type { Figure, GrowthBasis, Period } from '../figure';
import type { Texts } from '../format';
import { isRealGrowth } from '../normalize/metric';
import { monthsIn } from '../normalize/time';
import type { NoteRule } from './context';
import { about, amount, asWritten, bare, capitalize, factor, percent, timeLabel } from './text';

/** Months back to the period compared with. */
const SHIFT: Record<Exclude<GrowthBasis, 'other'>, number> = { yoy: 12, qoq: 3, mom: 1 };

function shifted(year: number, period: Pick<Period, 'fromMonth' | 'toMonth'> | undefined, months: number) {
  if (!period) return { year: year - months / 12, period: undefined };
  const from = year * 12 + period.fromMonth - 1 - months;
  const to = year * 12 + period.toMonth - 1 - months;
  return { year: Math.floor(from / 12), period: { fromMonth: (from % 12) + 1, toMonth: (to % 12) + 1 } };
}

interface Args {
  subject: string;
  when: string;
  down: boolean;
  /** The rate without its sign: "9.8%". */
  rate: string;
  basis?: Exclude<GrowthBasis, 'other'>;
  prior: string;
  priorWhen: string;
  /** The later year whose prices a real growth rate leaves the prior amount in. */
  pricesOf?: number;
  arithmetic: string;
}

const BASIS: Record<'en' | 'zh', Record<Exclude<GrowthBasis, 'other'>, string>> = {
  en: { yoy: ' year on year', qoq: ' quarter on quarter', mom: ' month on month' },
  zh: { yoy: '同比', qoq: '环比', mom: '环比' },
};

const TEXTS: Texts<Args> = {
  en: (a) =>
    `${capitalize(a.subject)} in ${a.when}, ${a.down ? 'down' : 'up'} ${a.rate}` +
    `${a.basis ? BASIS.en[a.basis] : ''} → ${a.prior} in ${a.priorWhen}${a.pricesOf ? `, in ${a.pricesOf} prices` : ''} (${a.arithmetic}).`,
  zh: (a) =>
    `${a.when}${a.subject}，${a.basis ? BASIS.zh[a.basis] : ''}${a.down ? '下降' : '增长'}${a.rate}` +
    ` → ${a.priorWhen}${a.prior}（${a.pricesOf ? `按${a.pricesOf}年价格，` : ''}${a.arithmetic}）。`,
};

const WITHHELD: Texts<{ subject: string; rates: string }> = {
  en: (a) => `No prior value for ${a.subject}: the page gives it more than one growth rate (${a.rates}), and they imply different amounts.`,
  zh: (a) => `未推算${a.subject}的上期值：页面给出不止一个增速（${a.rates}），推算结果互相矛盾。`,
};

export const impliedPrior: NoteRule = function* (ctx) {
  // Two rates for one amount that imply different priors: neither is written, and the card says why.
  const found = [...priors(ctx)];
  const bySubject = new Map<string, typeof found>();
  for (const p of found) {
    // A rate on the year before and one on the quarter before (4.6% y/y, 0.9% q/q) speak of different priors.
    const key = `${p.subject.id}|${p.basis}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), p]);
  }
  for (const list of bySubject.values()) {
    const values = new Set(list.map((p) => p.note.value!.toPrecision(3)));
    if (values.size <= 1) {
      for (const { on, note, hedged } of list) if (!hedged) yield { on, note };
      continue;
    }
    const rates = list.map((p) => asWritten(p.on, ctx.fmt)).join(ctx.fmt.lang === 'zh' ? '、' : ', ');
    const text = WITHHELD[ctx.fmt.lang]({ subject: asWritten(list[0]!.subject, ctx.fmt), rates });
    for (const p of list) yield { on: p.on, withheld: text };
  }
};

/** How many months a month-on-month or quarter-on-quarter rate says its amount covers. */
const SPAN_OF: Partial<Record<GrowthBasis, number>> = { mom: 1, qoq: 3 };

/**
 * Amounts whose months were carried from earlier text while a rate of their own sentence says otherwise
 * ("In the first half, … land sales dropped to 65.57 billion yuan, … or 55.5 percent month-on-month"):
 * the carried months are a guess, so no rate on them gives a prior.
 */
function doubtfulMonths(ctx: Parameters<NoteRule>[0]): Set<string> {
  const doubtful = new Set<string>();
  for (const f of ctx.figures) {
    const s = f.kind === 'percent' && f.role === 'growth' && f.subject ? ctx.byId.get(f.subject) : undefined;
    const span = f.basis && SPAN_OF[f.basis];
    if (!s?.period || !span || ctx.time(s).periodFrom !== 'context') continue;
    if (monthsIn(s.period) !== span) doubtful.add(s.id);
  }
  return doubtful;
}

function* priors(ctx: Parameters<NoteRule>[0]) {
  const { fmt } = ctx;
  const doubtful = doubtfulMonths(ctx);
  for (const f of ctx.figures) {
    // A multiple is no percentage: "增长1.6倍" is 2.6 times, "grew 2.5-fold" 2.5 times; no note rather than a wrong one.
    if (f.kind !== 'percent' || f.unit === 'x' || f.role !== 'growth' || !f.subject || f.valueMax !== undefined) continue;
    const s: Figure | undefined = ctx.byId.get(f.subject);
    if (!s || s.year === undefined || s.valueMax !== undefined || s.kind === 'percent') continue;
    // A year or period that is a guess (the publication year, say) gives no prior: it would be presented as fact.
    if (!ctx.knownTime(s) || doubtful.has(s.id)) continue;
    if (f.basis === 'other') continue;
    // Growth at constant prices ("按可比价格计算") of a nominal amount does not give the prior amount.
    if (isRealGrowth(ctx.metric(s) ?? ctx.metric(f), s)) continue;
    // Without a basis the text names, growth of a whole year's amount is on the year before; of a part of a year, unknown.
    // So is growth of a stock at a year's end ("reached 1,120, an increase of 20.5 percent" in 2018).
    const basis = ctx.percent(f).basisFrom === 'default' || !f.basis ? (s.period && !ctx.time(s).yearEnd ? undefined : 'yoy') : f.basis;
    if (!basis) continue;
    // On the month or quarter before only for an amount of one month or one quarter: "H1, down 55.5% m/m" has no month before.
    // A fiscal year's prior is the fiscal year before ("2019/20年度…按年增加15.4%" → 2018/19), on the year before only.
    const fiscal = s.period?.fromYear !== undefined;
    if (fiscal && basis !== 'yoy') continue;
    const months = s.period ? monthsIn(s.period) : 12;
    if ((basis === 'mom' && months !== 1) || (basis === 'qoq' && months !== 3)) continue;
    const rate = f.value < 0 ? f.value : ctx.percent(f).sign * f.value;
    if (rate <= -100) continue;
    const prior = s.value / (1 + rate / 100);
    const then = fiscal ? { year: s.year - 1, period: { ...s.period!, fromYear: s.period!.fromYear! - 1 } } : shifted(s.year, s.period, SHIFT[basis]);
    const text = TEXTS[fmt.lang]({
      subject: asWritten(s, fmt),
      when: timeLabel(s.year, s.period, fmt),
      down: rate < 0,
      rate: percent(Math.abs(rate), fmt),
      basis: f.basis,
      prior: about(fmt, s, f) + amount(prior, s, fmt),
      priorWhen: timeLabel(then.year, then.period, fmt),
      pricesOf: undefined,
      arithmetic: `${bare(s.value, fmt)} ÷ ${factor(rate)}`,
    });
    const note = { type: 'implied-prior' as const, text, value: prior, year: then.year, ...(s.currency ? { currency: s.currency } : {}) };
    // "declined 32.63% to about 4 million sq meters": an amount only about right gives no prior (a rounded
    // one would be a guess presented as arithmetic), but it still shows when another rate of the same amount
    // disagrees. A bound ("exceeded 9 trillion yuan") still bounds the prior, and the note says "about".
    const hedged = s.hedge?.bound === 'approx' || s.vague === true;
    yield { on: f, note, subject: s, basis, hedged };
  }
}
