// @vitest-environment happy-dom
/**
 * The page's tables as the walker leaves their cells: laid out by columns
 * (colspan taken), headers apart, bounded on a page of huge tables, and read
 * a table per detection slice.
 */
import { describe, expect, it } from 'vitest';
import { buildTextModel } from './text-model';
import { fill } from './fill.test-helper';
import { TableCells } from './table-cells';
import { TableFigures } from '@/lib/page-engine/table-figures';

function tablesOf(html: string) {
  fill(document.body, html);
  const cells = new TableCells(document.body);
  const { text } = buildTextModel(document.body, { onRegion: (node, start, end) => cells.see(node, start, end) });
  return { text, tables: cells.read(text) };
}

describe('tables read from the page', () => {
  it('a header spanning two columns heads both; a first row without numbers but years is the header', () => {
    const { tables } = tablesOf('<table><tr><td>项目</td><td colspan="2">2025年</td></tr><tr><td></td><td>1–9月</td><td>增长（%）</td></tr><tr><td>税收</td><td>610.2</td><td>3.1</td></tr></table>');
    expect(tables[0]!.header.map((r) => r.map((c) => c?.text))).toEqual([['项目', '2025年', '2025年'], ['', '1–9月', '增长（%）']]);
    expect(tables[0]!.body.map((r) => r.map((c) => c?.text))).toEqual([['税收', '610.2', '3.1']]);
  });

  it('cells hold their place in the text, so their figures are painted where they stand', () => {
    const { text, tables } = tablesOf('<p>单位：亿元</p><table><tr><th>项目</th><th>2025年</th></tr><tr><td>税收</td><td>610.2</td></tr></table>');
    const cell = tables[0]!.body[0]![1]!;
    expect(text.slice(cell.start, cell.end)).toBe('610.2');
    expect(tables[0]!.before?.text).toBe('单位：亿元');
  });

  it('a huge table is read only to its bound, and a slice reads only the tables begun in it', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<tr><td>Item ${i}</td><td>${i}.5</td><td>${i}.25</td></tr>`).join('');
    const { text, tables } = tablesOf(`<table><caption>Revenue (HK$ million)</caption><tr><th></th><th>2024</th><th>2025</th></tr>${rows}</table><p>after</p>`);
    const cells = tables[0]!.body.flat().length + tables[0]!.header.flat().length;
    expect(cells).toBeLessThanOrEqual(2000);
    const figures = new TableFigures(tables);
    expect(figures.within([], 1)).toHaveLength(0);
    const started = performance.now();
    const all = figures.within([], text.length);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(all.length).toBeGreaterThan(1200);
    expect(all.every((f, i) => i === 0 || all[i - 1]!.start < f.start)).toBe(true);
  });
});
