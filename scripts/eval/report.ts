/**
 * The eval's printout: per script (en, zh-Hans, zh-Hant) and in all, detection
 * P/R/F1 per kind and false figures, then the accuracy of year, months, role,
 * basis and subject, and notes right / false / missing.
 */
import { addTally, emptyTally, KINDS, type PageScore, type Ratio, type Tally } from './score';

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  –  ');

export function prf(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f1: number } {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

const ratio = (x: Ratio) => `${f3(x.right / x.total)} (${x.right}/${x.total})`;

export function totals(scores: readonly PageScore[], scriptOf: (slug: string) => string): Map<string, Tally> {
  const by = new Map<string, Tally>([['all', emptyTally()]]);
  for (const s of scores) {
    const key = scriptOf(s.slug);
    if (!by.has(key)) by.set(key, emptyTally());
    addTally(by.get(key)!, s.tally);
    addTally(by.get('all')!, s.tally);
  }
  return by;
}

export function formatReport(by: Map<string, Tally>, pages: Map<string, number>): string {
  const lines: string[] = [];
  for (const [script, t] of by) {
    lines.push(`== ${script} (${pages.get(script) ?? 0} pages)`);
    for (const k of KINDS) {
      const c = t.detect[k];
      if (c.tp + c.fp + c.fn === 0) continue;
      const { p, r, f1 } = prf(c);
      lines.push(`  detect ${k.padEnd(8)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f1)}   (found ${c.tp}, false or wrong ${c.fp}, missed ${c.fn})`);
    }
    lines.push(`  false figures (no gold figure there): ${t.falseFigures}`);
    lines.push(`  date     ${ratio(t.published)}`);
    lines.push(`  year     ${ratio(t.year)}`);
    lines.push(`  period   ${ratio(t.period)}`);
    lines.push(`  role     ${ratio(t.role)}`);
    lines.push(`  basis    ${ratio(t.basis)}`);
    lines.push(`  subject  ${ratio(t.subject)}`);
    lines.push(`  notes    right ${t.notes.right}, false ${t.notes.false}, missing ${t.notes.missing}`);
  }
  return lines.join('\n') + '\n';
}
