/**
 * A balance against its two flows (a parts-total check): "the goods and
 * services deficit was $67.1 billion in August … August exports were $165.2
 * billion … August imports were $226.6 billion" → imports less exports is
 * $61.4 billion, $5.7 billion short of the deficit. Only the first balance of
 * a period is the headline one ("the goods deficit of $83.9 billion" further
 * down is another measure), the flows are exports and imports of the same
 * period and currency, and a flow compared with another ("$10.0 billion more
 * than July exports") or a change ("up $3.7 billion") is neither.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { bare } from '../text';
import { balanceBefore, comparedAfter, endsWithChange } from './phrases';
import { onEach, plain, samePeriod, sameUnit, textBefore, verdict } from './shared';
import { rangeOf, written } from './tolerance';

type Ctx = Parameters<NoteRule>[0];

/** How far (characters) from the balance its flows may be written. */
const REACH = 1500;

const TEXTS: Texts<{ balance: string; exports: string; imports: string; difference: string; gap: string; allowed: string; flagged: boolean }> = {
  en: (a) =>
    `Exports ${a.exports} and imports ${a.imports} differ by ${a.difference}` +
    (a.flagged ? `, ${a.gap} off the balance ${a.balance}; rounding allows at most ${a.allowed}.` : `, which checks out against the balance ${a.balance}.`),
  zh: (a) => `出口${a.exports}与进口${a.imports}相差${a.difference}` + (a.flagged ? `，与差额${a.balance}相差${a.gap}，超出四舍五入所能解释的${a.allowed}。` : `，与差额${a.balance}相符。`),
};

function isLevel(ctx: Ctx, f: Figure): boolean {
  const before = textBefore(f, ctx.sameSentence(f));
  return plain(f) && f.kind === 'money' && f.value > 0 && !endsWithChange[f.lang].test(before) && !comparedAfter[f.lang].test(f.sentence.slice(f.sentenceOffset + f.text.length));
}

function flowOf(ctx: Ctx, balance: Figure, metric: 'exports' | 'imports'): Figure | undefined {
  return ctx.figures.find(
    (g) => g !== balance && Math.abs(g.start - balance.start) < REACH && sameUnit(g, balance) && samePeriod(g, balance) && ctx.metric(g) === metric && isLevel(ctx, g),
  );
}

export const balanceOfFlows: NoteRule = function* (ctx) {
  const { fmt } = ctx;
  const periods = new Set<string>();
  for (const b of ctx.figures) {
    if (!isLevel(ctx, b) || !balanceBefore[b.lang].test(textBefore(b, ctx.sameSentence(b)))) continue;
    const key = `${b.currency}|${b.year}|${b.period?.fromMonth}-${b.period?.toMonth}`;
    if (periods.has(key)) continue;
    periods.add(key);
    const exports = flowOf(ctx, b, 'exports');
    const imports = flowOf(ctx, b, 'imports');
    if (!exports || !imports) continue;
    const difference = Math.abs(exports.value - imports.value);
    const v = verdict(written(b), rangeOf((x, m) => Math.abs(x - m), [written(exports), written(imports)]));
    const text = TEXTS[fmt.lang]({
      balance: b.text,
      exports: exports.text,
      imports: imports.text,
      difference: bare(difference, fmt),
      gap: bare(Math.abs(difference - b.value), fmt),
      allowed: bare(Math.abs(difference - b.value) - v.excess, fmt),
      flagged: v.flagged,
    });
    yield* onEach('parts-total', [b, exports, imports].sort((x, y) => x.start - y.start), text, v.flagged, { value: difference });
  }
};
