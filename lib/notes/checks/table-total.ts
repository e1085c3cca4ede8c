/**
 * table-total: a table's total row against the rows it adds up
 * (lib/tables decides which: `cell.total`), column by column, within what
 * the cells' rounding allows. "Total 84.0" over "Taxes 61.0, Fees 15.0,
 * Other 5.0" is 3.0 short. Growth rates and shares in a column do not add up
 * to their total row and are not summed. A gap of more than a tenth of the
 * total says more about the table (rows of two levels, a selection of items)
 * than about its sum: no note then.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { bare } from '../text';
import { onEach, sameUnit, verdict } from './shared';
import { sum, written } from './tolerance';

/** Past this share of the total, the rows are not what the total adds up. */
const MAX_GAP_SHARE = 0.1;

interface Args {
  column: string;
  sum: string;
  total: string;
  gap: string;
  allowed: string;
  flagged: boolean;
}

const TEXTS: Texts<Args> = {
  en: (a) =>
    `${a.column ? `${a.column}: t` : 'T'}he rows sum to ${a.sum}` +
    (a.flagged ? `, ${a.gap} off the total ${a.total}; rounding allows at most ${a.allowed}.` : `, which checks out against the total ${a.total}.`),
  zh: (a) => `${a.column ? `${a.column}：` : ''}各行合计${a.sum}` + (a.flagged ? `，与总计${a.total}相差${a.gap}，超出四舍五入所能解释的${a.allowed}。` : `，与总计${a.total}相符。`),
};

/** The column's words in the cell's sentence: what follows the row label ("2025" in "84.0 — Total, 2025 (…)"). */
function columnOf(total: Figure): string {
  const said = total.sentence.slice(total.text.length).replace(/^\s*(?:—|：)\s*/, '');
  const labels = said.replace(/\s*[(（].*$/, '').split(/[,，]\s*/);
  return labels.length > 1 ? labels.slice(1).join(', ') : '';
}

export const tableTotal: NoteRule = function* (ctx) {
  const groups = new Map<string, Figure[]>();
  for (const f of ctx.figures) {
    if (!f.cell || f.cell.total === undefined || f.kind === 'percent') continue;
    const key = `${f.start - f.cell.at}:${f.cell.col}:${f.cell.total}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    const total = group.find((f) => f.cell!.row === f.cell!.total);
    if (!total) continue;
    const parts = group.filter((f) => f !== total && sameUnit(f, total));
    if (parts.length < 2 || parts.length !== group.length - 1) continue;
    const value = parts.reduce((s, p) => s + p.value, 0);
    const gap = Math.abs(total.value - value);
    if (gap > MAX_GAP_SHARE * Math.abs(total.value)) continue;
    const v = verdict(written(total), sum(parts.map((p) => written(p))));
    const text = TEXTS[ctx.fmt.lang]({
      column: columnOf(total),
      sum: bare(value, ctx.fmt),
      total: total.text,
      gap: bare(gap, ctx.fmt),
      allowed: bare(gap - v.excess, ctx.fmt),
      flagged: v.flagged,
    });
    yield* onEach('parts-total', [total, ...parts].sort((a, b) => a.start - b.start), text, v.flagged);
  }
};
