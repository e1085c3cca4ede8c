/**
 * conversion-rates: one currency pair converted at different rates in one
 * article. "14 trillion yuan (US$1.95 trillion)" and, further down, "700
 * billion yuan (US$110 billion)" imply 7.18 and 6.36 yuan per dollar. Only
 * conversions of one year are compared (rates move between years), and a
 * rate may move 1% within its year on top of what rounding allows.
 */
import type { Figure } from '../../figure';
import { currencyName, formatRate, type Texts } from '../../format';
import type { NoteRule } from '../context';
import { percent } from '../text';
import { restatedAs } from './phrases';
import { onEach, textBetween, verdict } from './shared';
import { rangeOf, widen, written, type Interval } from './tolerance';

const WITHIN_YEAR = 0.01;

interface Conversion {
  original: Figure;
  restated: Figure;
  /** Units of the pair's first currency (alphabetically) per unit of the second. */
  rate: number;
  range: Interval;
}

const TEXTS: Texts<{ a: string; b: string; rateA: string; rateB: string; unit: string; per: string; off: string }> = {
  en: (x) => `The article converts ${x.unit} and ${x.per} at two rates: ${x.a} implies ${x.rateA} ${x.unit} per ${x.per}, ${x.b} implies ${x.rateB} (${x.off} apart, beyond rounding).`,
  zh: (x) => `文中${x.unit}与${x.per}的换算用了两个汇率：${x.a}意味着1${x.per}兑${x.rateA}${x.unit}，${x.b}意味着${x.rateB}${x.unit}（相差${x.off}，超出四舍五入误差）。`,
};

/** The amount a conversion written outside brackets restates: the money figure right before it, joined by "折合", "equivalent to". */
function writtenOutside(sentence: readonly Figure[], f: Figure): Figure | undefined {
  if (f.kind !== 'money') return undefined;
  const before = sentence.filter((g) => g.kind === 'money' && g.end <= f.start).pop();
  return before && before.currency !== f.currency && restatedAs[f.lang].test(textBetween(before, f)) ? before : undefined;
}

export const conversionRates: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  const byPair = new Map<string, Conversion[]>();
  for (const restated of ctx.figures) {
    const original = restated.equivalentOf ? ctx.byId.get(restated.equivalentOf) : writtenOutside(ctx.sameSentence(restated), restated);
    if (!original || original.kind !== 'money' || restated.kind !== 'money' || !original.currency || !restated.currency) continue;
    if (original.currency === restated.currency || original.value <= 0 || restated.value <= 0 ) continue;
    const upright = original.currency < restated.currency;
    const [a, b] = upright ? [original, restated] : [restated, original];
    const key = `${a.currency}/${b.currency}/${original.year ?? ''}`;
    // "约合人民币374亿元": a conversion's "about" says only that it is rounded.
    const range = rangeOf((x, y) => x / y, [written({ ...a, hedge: undefined }), written({ ...b, hedge: undefined })]);
    byPair.set(key, [...(byPair.get(key) ?? []), { original, restated, rate: a.value / b.value, range }]);
  }
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((x, y) => x.rate - y.rate);
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    if (!verdict(widen(low.range, WITHIN_YEAR), high.range).flagged) continue;
    const [first, second] = low.original.start < high.original.start ? [low, high] : [high, low];
    const pairText = (c: Conversion) => (fmt.lang === 'zh' ? `${c.original.text}（${c.restated.text}）` : `${c.original.text} (${c.restated.text})`);
    const [unitCode, perCode] = [first.original.currency!, first.restated.currency!].sort() as [string, string];
    const text = TEXTS[fmt.lang]({
      a: pairText(first),
      b: pairText(second),
      rateA: formatRate(first.rate, fmt.locale),
      rateB: formatRate(second.rate, fmt.locale),
      unit: currencyName(unitCode, fmt),
      per: currencyName(perCode, fmt),
      off: percent((high.rate / low.rate - 1) * 100, fmt, 1),
    });
    const involved = [first.original, first.restated, second.original, second.restated];
    yield* onEach('conversion-rates', involved, text, true);
  }
};
