/**
 * Which rows a table's total row adds up: the rows between it and the total
 * above it ("Taxes, Fees, Other, Total"), or, for a total written first
 * ("Total, Goods, Services"), the rows below it up to the next total. A
 * breakdown with a sub-item in it ("其中：工业", "of which", an indented
 * label) is left alone: its rows are not all parts of one level, and a sum of
 * two levels would flag a table that is right.
 */
import type { Lang } from '../figure';

/** Row headers that name a total, per language (traditional Chinese beside simplified). */
const TOTAL_ROWS: Record<Lang, RegExp> = {
  en: /^(?:total|grand total|all items|sum|overall)\b/i,
  zh: /^(?:合计|总计|合計|總計|总额|總額|总量|總量|全市|全省|全国|全國|总数|總數)\s*$/,
};

/** A row that is part of the row before it, not of the total. */
const SUB_ITEM = /^(?:\s|[\u3000]|其中|of which|including|incl\.|among which|among them|in which)/i;

/** For each row, the row of the total it adds up to (the total's own row on a total row). */
export function totalGroups(labels: readonly string[], lang: Lang): (number | undefined)[] {
  const groups: (number | undefined)[] = labels.map(() => undefined);
  const isTotal = labels.map((l) => TOTAL_ROWS[lang].test(l.trim()) || TOTAL_ROWS.en.test(l.trim()));
  const assign = (total: number, parts: number[]) => {
    if (parts.length < 2 || parts.some((p) => SUB_ITEM.test(labels[p] ?? '') || !labels[p]?.trim())) return;
    groups[total] = total;
    for (const p of parts) groups[p] = total;
  };
  let last = -1;
  isTotal.forEach((total, r) => {
    if (!total) return;
    const above = range(last + 1, r);
    if (above.length > 0) {
      assign(r, above);
      last = r;
      return;
    }
    const next = isTotal.indexOf(true, r + 1);
    const end = next < 0 ? labels.length : next;
    assign(r, range(r + 1, end));
    last = end - 1;
  });
  return groups;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
