/**
 * A table's total row against the rows above it, column by column, within
 * what the cells' rounding allows: "Total 84.0" over "Taxes 61.0, Fees 15.0,
 * Other 5.0" is 3.0 short. The note is a parts-total note, as for a sentence.
 */
import type { Figure, Lang, Note } from '../figure';
import { bare } from '../notes/text';
import { verdict } from '../notes/checks/shared';
import { sum, written } from '../notes/checks/tolerance';
import { textFormat, type Texts } from '../format';

/** Row headers that name a total, per language and script. */
const TOTAL_ROWS: Record<Lang, RegExp> = {
  en: /^(?:total|grand total|all|sum|overall)\b/i,
  zh: /^(?:合计|总计|合計|總計|总额|總額|全部|总量|總量|全市|全省|全国|全國)\s*$/,
};

const TEXTS: Texts<{ column: string; sum: string; total: string; gap: string; allowed: string; flagged: boolean }> = {
  en: (a) =>
    `${a.column ? `${a.column}: t` : 'T'}he rows above sum to ${a.sum}` +
    (a.flagged ? `, ${a.gap} off the total ${a.total}; rounding allows at most ${a.allowed}.` : `, which checks out against the total ${a.total}.`),
  zh: (a) => `${a.column ? `${a.column}：` : ''}以上各行合计${a.sum}` + (a.flagged ? `，与总计${a.total}相差${a.gap}，超出四舍五入所能解释的${a.allowed}。` : `，与总计${a.total}相符。`),
};

function withNote(f: Figure, note: Note): Figure {
  return { ...f, notes: [...(f.notes ?? []), note] };
}

/** The rows with each total cell (and its parts) carrying its check. */
export function checkTotals(rows: (Figure | undefined)[][], labels: readonly string[], lang: Lang): (Figure | undefined)[][] {
  const fmt = textFormat(lang === 'zh' ? 'zh-CN' : 'en');
  const out = rows.map((r) => [...r]);
  rows.forEach((row, r) => {
    if (!TOTAL_ROWS[lang].test(labels[r] ?? '')) return;
    row.forEach((total, c) => {
      if (!total) return;
      const parts = rows.slice(0, r).map((p, i) => (TOTAL_ROWS[lang].test(labels[i] ?? '') ? undefined : p[c])).filter((p): p is Figure => p !== undefined && p.kind === total.kind && p.unit === total.unit);
      // Growth rates and shares in a column do not add up to their total row.
      if (parts.length < 2 || total.kind === 'percent') return;
      const v = verdict(written(total), sum(parts.map((p) => written(p))));
      const value = parts.reduce((s, p) => s + p.value, 0);
      const text = TEXTS[fmt.lang]({
        column: total.sentence.slice(0, total.sentenceOffset).replace(/^[^,，]*[,，]\s*/, '').replace(/[:：]\s*$/, ''),
        sum: bare(value, fmt),
        total: total.text,
        gap: bare(Math.abs(total.value - value), fmt),
        allowed: bare(Math.abs(total.value - value) - v.excess, fmt),
        flagged: v.flagged,
      });
      const note: Note = { type: 'parts-total', text, flagged: v.flagged, value, figures: [total, ...parts].map((f) => f.id) };
      out[r]![c] = withNote(out[r]![c]!, note);
      for (const p of parts) {
        const i = rows.findIndex((row2) => row2[c] === p);
        out[i]![c] = withNote(out[i]![c]!, note);
      }
    });
  });
  return out;
}
