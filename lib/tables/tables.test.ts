/**
 * Tables read by their units: cells in, figures out, in English and both
 * Chinese scripts. A cell is a figure only with a unit from the caption or a
 * header; a total row is checked against the rows above it.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../analyze';
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

describe('a cell is a figure like any other', () => {
  it('its sentence begins with it and says what the table says of it: normalization reads its period there', () => {
    const t = table('2025年全市财政收入（单位：亿元）', [['项目', '1–9月']], [['税收收入', '610.2']]);
    const [f] = readTable(t);
    expect(f!.sentence).toBe('610.2：税收收入，1–9月（2025年全市财政收入（单位：亿元））');
    expect(f!.sentenceOffset).toBe(0);
    const [read] = analyzePage({ url: 'x', title: '', lang: 'zh' }, [f!]);
    expect([read!.year, read!.period?.fromMonth, read!.period?.toMonth]).toEqual([2025, 1, 9]);
  });

  it('names its table, row, column and the total it adds up to', () => {
    const t = table('Revenue (billion yuan)', [['', '2025']], [['Taxes', '61.0'], ['Fees', '15.0'], ['Total', '76.0']]);
    expect(readTable(t).map((f) => [f.start - f.cell!.at, f.cell!.row, f.cell!.col, f.cell!.total])).toEqual([
      [0, 0, 1, 2],
      [0, 1, 1, 2],
      [0, 2, 1, 2],
    ]);
  });
});

describe('real tables', () => {
  // NBS China Statistical Yearbook 2005, table 24-13 (Hong Kong), GDP by expenditure component: "(HKD 100 million)".
  it('HK GDP by expenditure (HKD 100 million): a unit written as an amount, the years from the header', () => {
    const t = table('24-13 Gross Domestic Product by Expenditure Component (HKD 100 million)', [['GDP Components', '2000', '2001', '2002']], [
      ['Private Consumption Expenditure', '7601.68', '7651.05', '7287.19'],
      ['Changes in Inventories', '143.99', '-40.60', '56.60'],
    ]);
    expect(pick(readTable(t))).toEqual([
      ['7601.68', 'money', 760168e6, 'HKD', 2000, undefined],
      ['7651.05', 'money', 765105e6, 'HKD', 2001, undefined],
      ['7287.19', 'money', 728719e6, 'HKD', 2002, undefined],
      ['143.99', 'money', 14399e6, 'HKD', 2000, undefined],
      ['-40.60', 'money', -4060e6, 'HKD', 2001, undefined],
      ['56.60', 'money', 5660e6, 'HKD', 2002, undefined],
    ]);
  });

  // A provincial GDP-by-expenditure table in traditional script (mamogu.com/ndsfsj): units in the row headers.
  it('traditional Chinese: (億元) and (%) in row headers, years in the columns, a negative net outflow; no total row, no check', () => {
    const t = table(undefined, [['指標', '2017年', '2016年']], [
      ['支出法生產總值(億元)', '18549.2', '17885.4'],
      ['最終消費(億元)', '8424.2', '8012'],
      ['貨物和服務淨流出(億元)', '-342.2', '-710.8'],
      ['最終消費率(%)', '45.4', '44.8'],
    ]);
    expect(pick(readTable(t))).toEqual([
      ['18549.2', 'money', 18549.2e8, 'CNY', 2017, undefined],
      ['17885.4', 'money', 17885.4e8, 'CNY', 2016, undefined],
      ['8424.2', 'money', 8424.2e8, 'CNY', 2017, undefined],
      ['8012', 'money', 8012e8, 'CNY', 2016, undefined],
      ['-342.2', 'money', -342.2e8, 'CNY', 2017, undefined],
      ['-710.8', 'money', -710.8e8, 'CNY', 2016, undefined],
      ['45.4', 'percent', 45.4, '%', 2017, undefined],
      ['44.8', 'percent', 44.8, '%', 2016, undefined],
    ]);
    expect(analyzePage({ url: 'x', title: '', lang: 'zh' }, readTable(t)).flatMap((f) => f.notes ?? []).filter((n) => n.flagged)).toEqual([]);
  });

  // The title and unit line of a yearbook table ("3—12 生产总值(支出法) 单位:亿元", crown-gambling.com/tjj); the values are constructed.
  it('simplified Chinese: 单位:亿元 on the line before the table', () => {
    const t: Table = { ...table(undefined, [['指标', '2022年', '2023年']], [['最终消费支出', '12,345.6', '13,210.4']]), before: { text: '3—12 生产总值(支出法) 单位:亿元', start: 0, end: 0 } };
    expect(pick(readTable(t)).map((r) => r.slice(0, 5))).toEqual([
      ['12,345.6', 'money', 12345.6e8, 'CNY', 2022],
      ['13,210.4', 'money', 13210.4e8, 'CNY', 2023],
    ]);
  });

  // Hong Kong Yearbook 2005, appendix 6 (b): "market prices (HK$ billion)" heads the rows of expenditure components.
  it('English: a row header that gives the unit to the rows below it is not taken for them; the row itself has none', () => {
    const t = table(undefined, [['', '2000', '2004', '2005']], [['Expenditure components at current market prices (HK$ billion)', '', '', ''], ['Private consumption expenditure', '774.3', '767.8', '809.2']]);
    expect(readTable(t)).toEqual([]);
  });
});

describe('a total row against its cells (lib/notes/checks/table-total)', () => {
  const notesOf = (t: Table, locale = 'en') => analyzePage({ url: 'x', title: '', lang: 'en' }, readTable(t), { locale });

  it('flags a total the rows above do not reach, in each column, and says by how much', () => {
    const t = table('Revenue (billion yuan)', [['', '2024', '2025']], [['Taxes', '58.5', '61.0'], ['Fees', '14.0', '15.0'], ['Other', '5.5', '5.0'], ['Total', '78.0', '84.0']]);
    const totals = notesOf(t).filter((f) => f.text === '78.0' || f.text === '84.0');
    const table_ = (f: (typeof totals)[number]) => f.notes?.find((n) => n.figures?.length === 4);
    expect(totals.map((f) => [f.text, table_(f)?.flagged])).toEqual([['78.0', false], ['84.0', true]]);
    expect(table_(totals[1]!)!.text).toBe('2025: the rows sum to 81 billion, 3 billion off the total 84.0; rounding allows at most 200 million.');
  });

  it('Chinese: 合计, and a growth column is not summed', () => {
    const t = table('单位：亿元', [['项目', '2025年', '增长（%）']], [['税收', '610', '3.0'], ['非税', '150', '5.0'], ['合计', '840', '3.4']]);
    const figures = notesOf(t, 'zh-CN');
    expect(figures.find((f) => f.text === '840')!.notes).toContainEqual(expect.objectContaining({ type: 'parts-total', flagged: true, text: '2025年：各行合计760亿，与总计840相差80亿，超出四舍五入所能解释的1.5亿。' }));
    expect(figures.find((f) => f.text === '3.4')!.notes).toBeUndefined();
  });

  it('traditional Chinese: 總計 first, the rows below it, checks out within rounding', () => {
    const t = table('單位：億元', [['項目', '2024年']], [['總計', '100.1'], ['甲', '33.4'], ['乙', '33.3'], ['丙', '33.3']]);
    const total = notesOf(t, 'zh-CN').find((f) => f.text === '100.1')!;
    expect(total.notes).toContainEqual(expect.objectContaining({ type: 'parts-total', flagged: false }));
  });

  it('a breakdown with a sub-item (其中, of which) is not summed; nor rows far from their total (two levels)', () => {
    const sub = table('单位：亿元', [['项目', '2025年']], [['第二产业', '400'], ['其中：工业', '300'], ['第三产业', '500'], ['合计', '900']]);
    expect(notesOf(sub, 'zh-CN').flatMap((f) => f.notes ?? [])).toEqual([]);
    const levels = table('Employment (thousands of persons)', [['', '2024']], [['Goods', '400'], ['Manufacturing', '300'], ['Services', '500'], ['Total', '900']]);
    expect(notesOf(levels).flatMap((f) => (f.notes ?? []).filter((n) => n.figures?.length === 4))).toEqual([]);
  });
});
