/**
 * Tables read by their units: cells in, figures out, in English and both
 * Chinese scripts. A cell is a figure only with a unit from the caption or a
 * header; a total row is checked against the rows above it.
 */
import { describe, expect, it } from 'vitest';
import { readTable, type Table, type TableCell } from '.';

/** Cells laid out one after another, as a page's text would hold them. */
function table(caption: string | undefined, header: string[][], body: string[][]): Table {
  let at = 0;
  const cell = (text: string): TableCell => {
    const c = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return c;
  };
  return { ...(caption !== undefined ? { caption: cell(caption) } : {}), header: header.map((r) => r.map(cell)), body: body.map((r) => r.map(cell)) };
}

const pick = (figures: ReturnType<typeof readTable>) => figures.map((f) => [f.text, f.kind, f.value, f.currency ?? f.unit ?? f.noun, f.year, f.period ? `${f.period.fromMonth}-${f.period.toMonth}` : undefined]);

describe('a cell takes its unit from the nearest header, then the caption', () => {
  it('English: "(billion yuan)" in the caption, years in the header, "Growth (%)" as a column of its own', () => {
    const t = table('City revenue (billion yuan)', [['', '2024', '2025', 'Growth (%)']], [['Taxes', '58.5', '61.0', '4.3']]);
    expect(pick(readTable(t))).toEqual([
      ['58.5', 'money', 58.5e9, 'CNY', 2024, undefined],
      ['61.0', 'money', 61e9, 'CNY', 2025, undefined],
      ['4.3', 'percent', 4.3, '%', undefined, undefined],
    ]);
  });

  it('English: "in $m" in a column header, a quarter as the period', () => {
    expect(pick(readTable(table(undefined, [['Segment', 'Q3 2025 revenue, in $m']], [['Cloud', '1,234']])))).toEqual([['1,234', 'money', 1234e6, 'USD', 2025, '7-9']]);
  });

  it('simplified Chinese: 单位：亿元 in the caption, 1–9月 in the header, the year from the caption', () => {
    const t = table('2025年全市财政收入（单位：亿元）', [['项目', '1–9月', '增长（%）']], [['税收收入', '610.2', '3.1']]);
    expect(pick(readTable(t))).toEqual([
      ['610.2', 'money', 610.2e8, 'CNY', 2025, '1-9'],
      ['3.1', 'percent', 3.1, '%', 2025, undefined],
    ]);
  });

  it('traditional Chinese: units in row headers (萬人, 億港元, 人次), negatives in brackets', () => {
    const t = table('訪港旅客及消費', [['', '2024年']], [['旅客（萬人）', '(12.5)'], ['消費（億港元）', '3,250'], ['過境（人次）', '8,100']]);
    expect(pick(readTable(t))).toEqual([
      ['(12.5)', 'count', -125000, '人', 2024, undefined],
      ['3,250', 'money', 3250e8, 'HKD', 2024, undefined],
      ['8,100', 'quantity', 8100, 'person-time', 2024, undefined],
    ]);
  });

  it('no unit anywhere: no figure', () => {
    expect(readTable(table('Results', [['Team', '2025']], [['Alpha', '61.0']]))).toEqual([]);
  });
});

describe('a total row against its cells', () => {
  it('flags a total the rows above do not reach, in each column, and says by how much', () => {
    const t = table('Revenue (billion yuan)', [['', '2024', '2025']], [['Taxes', '58.5', '61.0'], ['Fees', '14.0', '15.0'], ['Other', '5.5', '5.0'], ['Total', '78.0', '84.0']]);
    const totals = readTable(t).filter((f) => f.text === '78.0' || f.text === '84.0');
    expect(totals.map((f) => [f.text, f.notes?.[0]?.flagged])).toEqual([['78.0', false], ['84.0', true]]);
    expect(totals[1]!.notes![0]!.text).toBe('2025: the rows above sum to 81 billion, 3 billion off the total 84.0; rounding allows at most 200 million.');
    expect(totals[1]!.notes![0]!.figures).toHaveLength(4);
  });

  it('Chinese: 合计, and a growth column is not summed', () => {
    const t = table('单位：亿元', [['项目', '2025年', '增长（%）']], [['税收', '610', '3.0'], ['非税', '150', '5.0'], ['合计', '840', '3.4']]);
    const figures = readTable(t);
    expect(figures.find((f) => f.text === '840')!.notes![0]).toMatchObject({ type: 'parts-total', flagged: true });
    expect(figures.find((f) => f.text === '3.4')!.notes).toBeUndefined();
  });
});
