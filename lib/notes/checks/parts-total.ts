/**
 * parts-total: a total and its breakdown. "The city's revenue was 84 billion
 * yuan: taxes 61 billion, fees 15 billion and other income 5 billion" → the
 * parts sum to 81 billion, 3 billion (3.6%) short. Parts above their total
 * are always wrong; parts below it only when the breakdown claims the whole
 * ("other income", "非税收入", imports beside exports), since "of which
 * Guangzhou 3 trillion, Shenzhen 3.6 trillion" is a selection. Shares listed
 * "respectively" are parts of 100%.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { bare, percent } from '../text';
import { breakdownEnd, breakdownWord, endsWithDecrease, endsWithSum, exhaustiveWord, ofAfterShare, respectivelyWord } from './phrases';
import { isAmount, onEach, plain, samePeriod, sameUnit, textBefore, textBetween, verdict } from './shared';
import { exact, halfUnit, sum, written } from './tolerance';

type Ctx = Parameters<NoteRule>[0];

interface Args {
  parts: string;
  sum: string;
  total: string;
  /** Empty when it checks out. */
  gap: string;
  share: string;
  over: boolean;
  allowed: string;
}

const TEXTS: Texts<Args> = {
  en: (a) =>
    `Parts: ${a.parts} = ${a.sum}` +
    (a.gap ? `, ${a.gap}${a.share ? ` (${a.share})` : ''} ${a.over ? 'more than' : 'short of'} the total ${a.total}; rounding allows at most ${a.allowed}.` : `, which checks out against the total ${a.total}.`),
  zh: (a) =>
    `分项：${a.parts} = ${a.sum}，` +
    (a.gap ? `比总数${a.total}${a.over ? '多' : '少'}${a.gap}${a.share ? `（${a.share}）` : ''}，超出四舍五入所能解释的${a.allowed}。` : `与总数${a.total}相符。`),
};

/** The parts after a total that opens a breakdown: the same unit and period, each smaller than the total. */
function partsOf(ctx: Ctx, total: Figure): Figure[] | undefined {
  const group = ctx.sameSentence(total);
  const after = group.filter((g) => g.sentenceOffset > total.sentenceOffset && plain(g));
  const first = after[0];
  if (!first || !breakdownWord[total.lang].test(textBetween(total, first))) return undefined;
  const end = after.find((g) => breakdownEnd[total.lang].test(textBetween(total, g)));
  const within = end ? after.filter((g) => g.sentenceOffset < end.sentenceOffset) : after;
  const parts = within.filter((g) => sameUnit(g, total) && samePeriod(g, total) && g.value > 0 && g.value < total.value);
  return parts.length >= 2 ? parts : undefined;
}

/** A part as it counts in the sum: a decrease ("票据融资减少1.25万亿元") subtracts. */
function signed(ctx: Ctx, f: Figure): number {
  return endsWithDecrease[f.lang].test(textBefore(f, ctx.sameSentence(f))) ? -f.value : f.value;
}

/** Whether the breakdown claims the whole: a rest ("other income") or imports beside exports of a trade total. */
function exhaustive(total: Figure, parts: readonly Figure[], ctx: Ctx): boolean {
  const last = parts[parts.length - 1]!;
  if (exhaustiveWord[total.lang].test(total.sentence.slice(total.sentenceOffset + total.text.length, last.sentenceOffset))) return true;
  const metrics = new Set(parts.map((p) => ctx.metric(p)));
  return parts.length === 2 && ctx.metric(total) === 'trade' && metrics.has('exports') && metrics.has('imports');
}

/** A breakdown of at least `parts` parts that sums to at least `share` of its total claims the whole. */
const NEARLY_WHOLE = { parts: 3, share: 0.95 };

function* check(ctx: Ctx, total: Figure, parts: Figure[], whole: boolean) {
  const { fmt } = ctx;
  const shares = total.kind === 'percent';
  const base = shares ? 100 : total.value;
  const values = parts.map((p) => (shares ? p.value : signed(ctx, p)));
  const v = verdict(shares ? exact(100) : written(total), sum(parts.map((p, i) => written(p, values[i]))));
  const value = values.reduce((a, b) => a + b, 0);
  const over = value > base;
  // Parts short of a total that is not claimed whole are a selection; unless three or more of them, none a decrease,
  // come within a few percent of it ("1.24 million vehicles, of which 612,000 in North America, 398,000 in Europe
  // and 187,000 in Asia"): a selection that close reads as the whole breakdown. A net of rises and falls
  // ("短期贷款增加…，票据融资减少…") leaves small unlisted items out as a matter of course.
  const nearlyWhole = !shares && parts.length >= NEARLY_WHOLE.parts && values.every((x) => x > 0) && value >= NEARLY_WHOLE.share * base;
  if (v.flagged && !over && !whole && !nearlyWhole) return;
  if (!v.flagged && !whole && Math.abs(value - base) > halfUnit(total)) return;
  const show = (x: number) => (shares ? percent(x, fmt) : bare(x, fmt));
  const text = TEXTS[fmt.lang]({
    parts: values.map((x, i) => (i === 0 ? show(x) : x < 0 ? `− ${show(-x)}` : `+ ${show(x)}`)).join(' '),
    sum: show(value),
    total: shares ? '100%' : total.text,
    gap: v.flagged ? show(Math.abs(base - value)) : '',
    share: shares ? '' : percent((Math.abs(base - value) / base) * 100, fmt, 1),
    over,
    allowed: show(Math.abs(base - value) - v.excess),
  });
  yield* onEach('parts-total', shares ? parts : [total, ...parts], text, v.flagged, { value });
}

/** The amounts a total after them sums: "Exports reached $312.4 billion and imports $287.9 billion, bringing total trade to $610.3 billion". */
function partsBefore(ctx: Ctx, total: Figure): Figure[] | undefined {
  const group = ctx.sameSentence(total);
  if (!endsWithSum[total.lang].test(textBefore(total, group))) return undefined;
  const parts = group.filter((g) => g.sentenceOffset < total.sentenceOffset && plain(g) && sameUnit(g, total) && samePeriod(g, total) && g.value > 0 && g.value < total.value);
  return parts.length >= 2 ? parts : undefined;
}

/**
 * Shares of one whole listed in a sentence: "accounted for 4.1%, 38.5% and
 * 57.4% respectively", or "Coal supplied 38% of the country's electricity,
 * gas 27%, nuclear 19% and renewables 21%" (the whole named once, after the
 * first). Shares each "of" their own whole are not parts of one.
 */
function sharesOf(group: readonly Figure[]): { shares: Figure[]; whole: boolean } | undefined {
  const shares = group.filter((g) => plain(g) && g.kind === 'percent' && g.unit === '%' && g.value > 0);
  const [first] = shares;
  if (!first || shares.length < 2 || !shares.every((s) => samePeriod(s, first) && s.role !== 'growth' && s.role !== 'target' && s.role !== 'change')) return undefined;
  const sentence = first.sentence;
  const after = (s: Figure) => sentence.slice(s.sentenceOffset + s.text.length);
  if (respectivelyWord[first.lang].test(sentence) && shares.every((s) => s.role === 'share')) return { shares, whole: exhaustiveWord[first.lang].test(sentence) };
  // Without "respectively", only a list past 100% says the shares do not fit in their whole.
  if (shares.length >= 3 && first.role === 'share' && shares.slice(1).every((s) => !ofAfterShare[s.lang].test(after(s)))) return { shares, whole: false };
  return undefined;
}

export const partsTotal: NoteRule = function* (ctx) {
  const seen = new Set<readonly Figure[]>();
  for (const f of ctx.figures) {
    if (plain(f) && isAmount(f) && f.value > 0) {
      const after = partsOf(ctx, f);
      if (after) yield* check(ctx, f, after, exhaustive(f, after, ctx));
      // A total after its parts says it is their sum.
      const before = after ? undefined : partsBefore(ctx, f);
      if (before) yield* check(ctx, f, before, true);
    }
    const group = ctx.sameSentence(f);
    if (seen.has(group)) continue;
    seen.add(group);
    const list = sharesOf(group);
    if (list) yield* check(ctx, { ...list.shares[0]!, value: 100 }, list.shares, list.whole);
  }
};
