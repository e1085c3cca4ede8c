/**
 * Tables read by their units. A table states its unit once — in the caption
 * ("(billion yuan)", "单位：亿元"), a column header ("Growth (%)") or a row
 * header — and its periods in the headers ("2025", "1–9月"), so a bare "84.2"
 * in a cell is a figure only with them: the nearest header's unit wins
 * (column, then row, then caption), and a cell with no unit anywhere is not a
 * figure.
 *
 * Pure: cells in (text and offsets in the page text), Figures out, the same
 * record the detector makes, so normalization, notes and the UI take them as
 * they are. A cell's sentence is what its table says of it, the number first
 * ("61.0 — Taxes, 2025 (City revenue (billion yuan))"): normalization reads
 * its period and role from those words as from any sentence, and a sentence
 * that begins at the cell is no other figure's. Its `cell` names its table,
 * row, column and the total row it adds up to, for the table-total check
 * (lib/notes/checks/table-total.ts).
 */
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type Figure, type Lang } from '../figure';
import { textFormat } from '../format';
import { timeLabel } from '../normalize/time';
import { cellPeriod, headerTime, type HeaderTime } from './period';
import { totalGroups } from './total';
import { unitOf, type TableUnit } from './units';

export { mergeTableFigures } from './merge';

export interface TableCell {
  text: string;
  /** UTF-16 offsets of `text` in the page text. */
  start: number;
  end: number;
}

export interface Table {
  caption?: TableCell;
  /** A short line just before the table, where statistical releases put "单位：亿元" or the table's title. */
  before?: TableCell;
  /** Header rows, each a list of column headers (the first may head the row headers). */
  header: TableCell[][];
  /** Body rows; the first cell of a row is its header when it holds no number. */
  body: TableCell[][];
  lang?: Lang;
}

/** A number as tables write it: "84.2", "1,234", "-3.5", "−0.4", "(12.0)" for a negative, with a footnote mark after. */
const NUMBER = /^\s*([-+−–]?)\s*(\(?)\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．]\d+)?)\s*\)?\s*[*†‡]?\s*$/;

function cellNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const value = Number(m[3]!.replace(/[,，]/g, '').replace('．', '.'));
  return m[1] === '-' || m[1] === '−' || m[1] === '–' || m[2] === '(' ? -value : value;
}

const HAN = /\p{Script=Han}/u;

interface Column {
  label: string;
  unit?: TableUnit;
  time: HeaderTime;
}

/** Each column's headers joined, top to bottom: "2025 · Growth (%)". */
function columnsOf(table: Table, width: number): Column[] {
  return Array.from({ length: width }, (_, i) => {
    const cells = table.header.map((row) => row[i]).filter((c): c is TableCell => c !== undefined);
    const texts = cells.map((c) => c.text.trim()).filter(Boolean);
    const unit = [...texts].reverse().map((t) => unitOf(t)).find((u) => u !== undefined);
    const times = texts.map(headerTime);
    const time: HeaderTime = { year: times.find((t) => t.year !== undefined)?.year, months: times.find((t) => t.months)?.months };
    return { label: texts.join(' · '), ...(unit ? { unit } : {}), time };
  });
}

/** Header and caption text as a sentence holds it: one line, bounded. */
const MAX_LABEL = 160;
function label(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_LABEL ? `${one.slice(0, MAX_LABEL - 1)}…` : one;
}

/** "61.0 — Taxes, 2025 (City revenue (billion yuan))", "610.2：税收收入，1–9月（2025年全市财政收入（单位：亿元））". */
function sentenceOf(number: string, labels: readonly string[], caption: string, lang: Lang): string {
  const said = labels.map(label).filter(Boolean);
  const title = label(caption);
  if (lang === 'zh') return `${number}：${said.join('，')}${title ? `（${title}）` : ''}`;
  return `${number} — ${said.join(', ')}${title ? ` (${title})` : ''}`;
}

interface Place {
  tableStart: number;
  row: number;
  col: number;
  total?: number;
}

function figureOf(cell: TableCell, value: number, unit: TableUnit, sentence: string, lang: Lang, times: HeaderTime[], place: Place): Figure {
  const text = cell.text.trim();
  const start = cell.start + (cell.text.length - cell.text.trimStart().length);
  const f: Figure = {
    id: `f${start}`,
    text,
    start,
    end: start + text.length,
    kind: unit.kind,
    // 610.2 × 10⁸ is 61020000000.00001 in floating point: the cell's digits are all it says.
    value: Number((value * (unit.scale ?? 1)).toPrecision(15)),
    sentence,
    sentenceOffset: 0,
    lang,
    cell: { at: start - place.tableStart, row: place.row, col: place.col, ...(place.total !== undefined ? { total: place.total } : {}) },
  };
  if (unit.currency) f.currency = unit.currency;
  if (unit.unit) f.unit = unit.unit;
  if (unit.noun) f.noun = unit.noun;
  if (unit.scale !== undefined) f.scale = unit.scale;
  const { year, period } = cellPeriod(times);
  if (year !== undefined) f.year = year;
  if (period) f.period = { ...period, label: timeLabel(period.year, period, textFormat(lang === 'zh' ? 'zh-CN' : 'en')) };
  return f;
}

/** The figures of a table's numeric cells, each with its unit, scale, period and place; at most MAX_TABLE_ROWS × MAX_TABLE_COLUMNS cells are read. */
export function readTable(table: Table): Figure[] {
  const body = table.body.slice(0, MAX_TABLE_ROWS).map((r) => r.slice(0, MAX_TABLE_COLUMNS));
  const header = table.header.slice(0, 8).map((r) => r.slice(0, MAX_TABLE_COLUMNS));
  const bounded: Table = { ...table, header, body };
  const caption = [table.before?.text, table.caption?.text].filter(Boolean).join(' ');
  const all = [caption, ...header.flat().map((c) => c.text), ...body.slice(0, 20).flat().map((c) => c.text)].join(' ');
  const lang: Lang = table.lang ?? (HAN.test(all) ? 'zh' : 'en');
  const width = Math.max(0, ...header.map((r) => r.length), ...body.map((r) => r.length));
  const columns = columnsOf(bounded, width);
  const captionUnit = unitOf(table.caption?.text ?? '') ?? unitOf(table.before?.text ?? '');
  const captionTime = headerTime(caption);
  const tableStart = Math.min(...[table.before, table.caption, ...header.flat(), ...body.flat()].filter((c): c is TableCell => c !== undefined).map((c) => c.start));
  const labels = body.map((row) => (row[0] && cellNumber(row[0].text) === undefined ? row[0].text : ''));
  const totals = totalGroups(labels, lang);
  const figures: Figure[] = [];
  body.forEach((row, r) => {
    const rowLabel = labels[r]!.trim();
    const rowUnit = rowLabel ? unitOf(rowLabel, false) : undefined;
    const rowTime = rowLabel ? headerTime(rowLabel) : {};
    row.forEach((cell, i) => {
      const value = cellNumber(cell.text);
      const column = columns[i];
      const unit = column?.unit ?? rowUnit ?? captionUnit;
      if (value === undefined || !unit) return;
      const sentence = sentenceOf(cell.text.trim(), [rowLabel, column?.label ?? ''], caption, lang);
      const place: Place = { tableStart, row: r, col: i, ...(totals[r] !== undefined ? { total: totals[r] } : {}) };
      figures.push(figureOf(cell, value, unit, sentence, lang, [column?.time ?? {}, rowTime, captionTime], place));
    });
  });
  return figures;
}
