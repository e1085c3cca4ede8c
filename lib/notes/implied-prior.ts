/**
 * implied-prior: a growth rate linked to an amount gives the amount of the
 * period before. "Imports and exports exceeded 9 trillion yuan, a 9.8 percent
 * year-on-year growth" → about 8.2 trillion yuan in 2023 (9 trillion ÷ 1.098).
 */
import type { Figure, GrowthBasis, Period } from '../figure';
import type { Texts } from '../format';
import { isRealGrowth } from '../normalize/metric';
import type { NoteRule } from './context';
import { about, amount, asWritten, bare, capitalize, factor, percent, timeLabel } from './text';

/** Months back to the period compared with. */
const SHIFT: Record<GrowthBasis, number> = { yoy: 12, qoq: 3, mom: 1 };

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
  basis?: GrowthBasis;
  prior: string;
  priorWhen: string;
  /** The later year whose prices a real growth rate leaves the prior amount in. */
  pricesOf?: number;
  arithmetic: string;
}

const BASIS: Record<'en' | 'zh', Record<GrowthBasis, string>> = {
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

export const impliedPrior: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  for (const f of ctx.figures) {
    // A multiple is no percentage: "增长1.6倍" is 2.6 times, "grew 2.5-fold" 2.5 times; no note rather than a wrong one.
    if (f.kind !== 'percent' || f.unit === 'x' || f.role !== 'growth' || !f.subject || f.valueMax !== undefined) continue;
    const s: Figure | undefined = ctx.byId.get(f.subject);
    if (!s || s.year === undefined || s.valueMax !== undefined || s.kind === 'percent') continue;
    // Without a stated basis, growth of a whole year's amount is on the year before.
    const basis = f.basis ?? (s.period ? undefined : 'yoy');
    if (!basis) continue;
    const rate = f.value < 0 ? f.value : ctx.percent(f).sign * f.value;
    if (rate <= -100) continue;
    const prior = s.value / (1 + rate / 100);
    const then = shifted(s.year, s.period, SHIFT[basis]);
    const real = isRealGrowth(ctx.metric(s) ?? ctx.metric(f), s);
    const text = TEXTS[fmt.lang]({
      subject: asWritten(s, fmt),
      when: timeLabel(s.year, s.period, fmt),
      down: rate < 0,
      rate: percent(Math.abs(rate), fmt),
      basis: f.basis,
      prior: about(fmt, s, f) + amount(prior, s, fmt),
      priorWhen: timeLabel(then.year, then.period, fmt),
      pricesOf: real ? s.year : undefined,
      arithmetic: `${bare(s.value, fmt)} ÷ ${factor(rate)}`,
    });
    const note = { type: 'implied-prior' as const, text, value: prior, year: then.year, ...(s.currency ? { currency: s.currency } : {}) };
    yield { on: f, note };
  }
};
