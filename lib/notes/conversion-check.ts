/**
 * conversion-check: an article's own conversion ("14 trillion yuan (US$ 1.9
 * trillion)") against the ECB reference rate of the figure's year. It is
 * flagged when more than 2% off. The written figures' rounding is not
 * forgiven: the note shows what the reference rate gives, so a reader can
 * judge "US$ 1.9 trillion" against US$1.95 trillion.
 */
import type { RateKind } from '../figure';
import { currencyName, formatMoney, formatRate, type TextFormat, type Texts } from '../format';
import { ratePeriodOf } from '../normalize/currency';
import { rateFor, ratePeriodName } from '../rates';
import type { NoteRule } from './context';
import { percent } from './text';

const TOLERANCE = 0.02;

interface Args {
  pair: string;
  implied: string;
  /** Units of `per` each written as… */
  unit: string;
  per: string;
  kind: RateKind;
  /** As ratePeriodName words it: "2024", "March 2026" / "2024年". */
  period: string;
  reference: string;
  off: string;
  flagged: boolean;
  /** Off the figure's period's rate but within 2% of the rate when the page was published: that period's name. */
  published?: string;
  /** The original amount at the reference rate, in the restatement's currency. */
  atReference: string;
  original: string;
}

const REFERENCE: Texts<{ kind: RateKind; period: string }> = {
  en: ({ kind, period }) => (kind === 'daily' ? `the ECB-based rate of ${period}` : `the ${period} ECB-based average`),
  zh: ({ kind, period }) => (kind === 'daily' ? `欧洲央行${period}参考汇率` : `欧洲央行参考汇率${period}均值`),
};

const TEXTS: Texts<Args> = {
  en: (a) =>
    `${a.pair} implies ${a.implied} ${a.unit} per ${a.per}; ${REFERENCE.en(a)} was ${a.reference}: ` +
    (a.flagged
      ? `the article's conversion is ${a.off} off (at ${a.reference}, ${a.original} is ${a.atReference}).`
      : a.published
        ? `the article's conversion is ${a.off} off that, but within 2% of the ${a.published} rate, when the page was published.`
        : `the article's conversion is within 2% (${a.off} off).`),
  zh: (a) =>
    `${a.pair}意味着1${a.per}兑${a.implied}${a.unit}；${REFERENCE.zh(a)}为${a.reference}：` +
    (a.flagged
      ? `文中换算偏差${a.off}（按${a.reference}计，${a.original}约合${a.atReference}）。`
      : a.published
        ? `文中换算与之偏差${a.off}，但与发布时（${a.published}）的汇率相差在2%以内。`
        : `文中换算在2%以内（偏差${a.off}）。`),
};

const UNDATED: Texts<{ pair: string }> = {
  en: (a) => `${a.pair}: the page is undated, so its conversion is not checked against a year's rate.`,
  zh: (a) => `${a.pair}：页面未注明日期，文中换算无法按年份汇率核对。`,
};

function pairText(original: string, restated: string, fmt: TextFormat): string {
  return fmt.lang === 'zh' ? `${original}（${restated}）` : `${original} (${restated})`;
}

export const conversionCheck: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  for (const e of ctx.figures) {
    if (e.kind !== 'money' || !e.equivalentOf || !e.currency || e.value <= 0) continue;
    const o = ctx.byId.get(e.equivalentOf);
    if (!o || o.kind !== 'money' || !o.currency || o.currency === e.currency || o.value <= 0) continue;
    // An undated page gives no year to check the article's conversion against: say so instead of a verdict.
    if (!ctx.published) {
      yield { on: e, withheld: UNDATED[fmt.lang]({ pair: pairText(o.text, e.text, fmt) }) };
      continue;
    }
    const ref = rateFor(e.currency, o.currency, ratePeriodOf(o), ctx.rates);
    if (!ref.ok) continue;
    // Articles convert at the rate of the day they are written ("225.3 billion yuan ($32.56 billion)" in June
    // 2019 about 2018): a conversion that matches the rate at publication is not off.
    const atPublication = rateFor(e.currency, o.currency, { year: ctx.published.year, month: ctx.published.month }, ctx.rates);
    // Quote the rate as units of the weaker currency per unit of the stronger: "7.37 CNY per USD".
    const implied = o.value / e.value;
    const upright = implied >= 1;
    const shownImplied = upright ? implied : 1 / implied;
    const shownReference = upright ? ref.rate : 1 / ref.rate;
    const off = shownImplied / shownReference - 1;
    const offThen = atPublication.ok ? Math.abs(implied / atPublication.rate - 1) : Infinity;
    // A year that is only a guess is no ground for calling the article wrong.
    const flagged = ctx.knownTime(o) && Math.abs(off) > TOLERANCE && offThen > TOLERANCE;
    const atReference = o.value / ref.rate;
    const text = TEXTS[fmt.lang]({
      pair: pairText(o.text, e.text, fmt),
      implied: formatRate(shownImplied, fmt.locale),
      unit: currencyName(upright ? o.currency : e.currency, fmt),
      per: currencyName(upright ? e.currency : o.currency, fmt),
      kind: ref.kind,
      period: ratePeriodName(ref.kind, ref.period, fmt),
      reference: formatRate(shownReference, fmt.locale),
      off: percent(Math.abs(off) * 100, fmt, 1),
      flagged,
      ...(!flagged && Math.abs(off) > TOLERANCE && atPublication.ok ? { published: ratePeriodName(atPublication.kind, atPublication.period, fmt) } : {}),
      atReference: formatMoney(atReference, e.currency, fmt.locale),
      original: o.text,
    });
    const note = { type: 'conversion-check' as const, text, value: atReference, currency: e.currency, flagged, ...(o.year !== undefined ? { year: o.year } : {}) };
    yield { on: e, note };
  }
};
