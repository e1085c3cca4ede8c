/**
 * The pieces every note's sentence is made of, in English and Simplified
 * Chinese: amounts (through lib/format), hedges, periods. The language of a
 * locale, the `Texts` tables and currency names are lib/format's, shared with
 * normalization's reasons and rate sources.
 */
import type { Figure, HedgeBound, Period } from '../figure';
import { formatMoney, formatNumber, formatPercent, type TextFormat, type TextLang } from '../format';
import { timeLabel } from '../normalize/time';

export { timeLabel };

const HEDGES: Record<TextLang, Record<HedgeBound, string>> = {
  en: { approx: 'about ', above: 'over ', 'at-least': 'at least ', below: 'nearly ', 'at-most': 'up to ' },
  zh: { approx: '约', above: '超过', 'at-least': '至少', below: '近', 'at-most': '最多' },
};

/** "about " / "约" when any input is hedged: a note computed from "over 9 trillion" is itself approximate. */
export function about(fmt: TextFormat, ...inputs: (Pick<Figure, 'hedge'> | undefined)[]): string {
  return inputs.some((f) => f?.hedge) ? (fmt.lang === 'zh' ? '约' : 'about ') : '';
}

/** A figure as the article wrote it, with its hedge: "over 9 trillion yuan". */
export function asWritten(f: Pick<Figure, 'text' | 'hedge'>, fmt: TextFormat): string {
  return (f.hedge ? HEDGES[fmt.lang][f.hedge.bound] : '') + f.text;
}

/** A computed amount in the figure's own unit: "8.2 trillion Chinese yuan", "67,000 high-tech enterprises". */
export function amount(value: number, like: Pick<Figure, 'kind' | 'currency' | 'noun' | 'unit'>, fmt: TextFormat): string {
  if (like.kind === 'money' && like.currency) return formatMoney(value, like.currency, fmt.locale, { display: 'name' });
  const n = formatNumber(value, fmt.locale);
  // A quantity is in its base unit: "1.17 billion t".
  if (like.kind === 'quantity' && like.unit) return `${n} ${like.unit}`;
  if (!like.noun) return n;
  return fmt.lang === 'zh' ? `${n}${like.noun}` : `${n} ${like.noun}`;
}

/** A number without its unit, for the arithmetic: "9 trillion", "9万亿". */
export function bare(value: number, fmt: TextFormat): string {
  return formatNumber(value, fmt.locale, 4);
}

/** A percentage given in percent; inputs keep their two decimals ("0.43%"), computed ones take one. */
export function percent(value: number, fmt: TextFormat, fractionDigits = 2): string {
  return formatPercent(value, fmt.locale, fractionDigits);
}

/** A growth factor shown in the arithmetic: 9.8% → "1.098". */
export function factor(growthPercent: number): string {
  return String(Number((1 + growthPercent / 100).toFixed(6)));
}


export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
