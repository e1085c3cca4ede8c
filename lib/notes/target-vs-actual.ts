/**
 * target-vs-actual: a target beside the matching actual on the same page.
 * "Matching" is the same measure (GDP, CPI…) in an earlier year: the latest
 * such percentage ("2025 target around 5% vs 2024 growth 3.5%"). Without one,
 * a growth target next to the measure's amount of the year before says what
 * the target means in money: the seed article's "GDP growth target … around
 * 5 percent" for 2025 on "14 trillion yuan … for 2024".
 */
import type { Figure } from '../figure';
import type { Texts } from '../format';
import { isRealGrowth, type Metric } from '../normalize/metric';
import { hasGrowthWord } from '../normalize/percent';
import type { NoteRule } from './context';
import { about, amount, asWritten, bare, factor, timeLabel } from './text';

interface Comparison {
  year: number;
  target: string;
  actual: string;
  actualWhen: string;
  arithmetic: string;
}

interface Projection {
  year: number;
  target: string;
  base: string;
  baseWhen: string;
  projected: string;
  pricesOf?: number;
  arithmetic: string;
}

const COMPARE: Texts<Comparison> = {
  en: (a) => `${a.year} target: ${a.target}, against ${a.actual} in ${a.actualWhen} (${a.arithmetic} points).`,
  zh: (a) => `${a.year}年目标${a.target}，${a.actualWhen}实际为${a.actual}（${a.arithmetic}个百分点）。`,
};

const PROJECT: Texts<Projection> = {
  en: (a) =>
    `${a.year} target of ${a.target} growth on ${a.base} in ${a.baseWhen} → ${a.projected} in ${a.year}` +
    `${a.pricesOf ? `, in ${a.pricesOf} prices` : ''} (${a.arithmetic}).`,
  zh: (a) => `${a.year}年目标增长${a.target}，以${a.baseWhen}${a.base}计 → ${a.year}年${a.projected}（${a.pricesOf ? `按${a.pricesOf}年价格，` : ''}${a.arithmetic}）。`,
};

function push<K>(map: Map<K, Figure[]>, key: K, f: Figure): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

function signed(n: number): string {
  const r = Number(n.toFixed(2));
  return r > 0 ? `+${r}` : String(r);
}

export const targetVsActual: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  if (!ctx.figures.some((f) => f.role === 'target')) return;
  // Actuals by measure, built once: a page has thousands of figures and few targets.
  const rates = new Map<Metric, Figure[]>();
  const amounts = new Map<Metric, Figure[]>();
  const targets: { f: Figure; metric: Metric }[] = [];
  for (const f of ctx.figures) {
    if (!ctx.knownTime(f)) continue;
    const metric = ctx.metric(f);
    if (!metric) continue;
    if (f.kind === 'percent' && f.role === 'target') targets.push({ f, metric });
    else if (f.kind === 'percent' && (f.role === 'growth' || f.role === 'level')) push(rates, metric, f);
    else if ((f.kind === 'money' || f.kind === 'count') && !f.equivalentOf && !f.period) push(amounts, metric, f);
  }

  for (const { f: t, metric } of targets) {
    const year = t.year!;
    const actual = (rates.get(metric) ?? [])
      .filter((a) => a.year! < year && a.valueMax === undefined)
      .reduce<Figure | undefined>((best, a) => (!best || a.year! > best.year! ? a : best), undefined);
    if (actual && t.valueMax === undefined) {
      const diff = t.value - actual.value;
      const text = COMPARE[fmt.lang]({
        year,
        target: asWritten(t, fmt),
        actual: asWritten(actual, fmt),
        actualWhen: timeLabel(actual.year!, actual.period, fmt),
        arithmetic: `${t.value} − ${actual.value} = ${signed(diff)}`,
      });
      yield { on: t, note: { type: 'target-vs-actual', text, value: diff, year } };
      continue;
    }
    const base = (amounts.get(metric) ?? []).find((a) => a.year === year - 1 && a.valueMax === undefined);
    if (!base || t.valueMax !== undefined || !hasGrowthWord(t.sentence, t.lang)) continue;
    const projected = base.value * (1 + t.value / 100);
    const text = PROJECT[fmt.lang]({
      year,
      target: asWritten(t, fmt),
      base: asWritten(base, fmt),
      baseWhen: timeLabel(base.year!, undefined, fmt),
      projected: about(fmt, t, base) + amount(projected, base, fmt),
      pricesOf: isRealGrowth(metric, t) ? base.year : undefined,
      arithmetic: `${bare(base.value, fmt)} × ${factor(t.value)}`,
    });
    yield { on: t, note: { type: 'target-vs-actual', text, value: projected, year, ...(base.currency ? { currency: base.currency } : {}) } };
  }
};
