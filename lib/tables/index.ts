/**
 * Tables read by their units. A table states its unit once — in the caption
 * ("(billion yuan)", "单位：亿元"), a column header ("Growth (%)") or a row
 * header — and its periods in the headers ("2025", "1–9月"), so a bare "84.2"
 * in a cell is a figure only with them: the nearest header's unit wins
 * (column, then row, then caption), and a cell with no unit anywhere is not a
 * figure. A total row is checked against the rows above it.
 *
 * Pure: cells in (text and offsets in the page text), Figures out, the same
 * record the detector makes, so normalization, notes and the UI take them as
 * they are.
 */
import type { Figure, Lang } from '../figure';
import { textFormat } from '../format';
import { timeLabel } from '../normalize/time';
import { cellPeriod, headerTime, type HeaderTime } from './period';
import { checkTotals } from './total';
import { unitOf, type TableUnit } from './units';

export interface TableCell {
  text: string;
  /** UTF-16 offsets of `text` in the page text. */
  start: number;
  end: number;
}

export interface Table {
  caption?: TableCell;
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
    const unit = [...texts].reverse().map(unitOf).find((u) => u !== undefined);
    const times = texts.map(headerTime);
    const time: HeaderTime = { year: times.find((t) => t.year !== undefined)?.year, months: times.find((t) => t.months)?.months };
    return { label: texts.join(' · '), ...(unit ? { unit } : {}), time };
  });
}

function figureOf(cell: TableCell, value: number, unit: TableUnit, sentence: string, lang: Lang, times: HeaderTime[]): Figure {
  const f: Figure = {
    id: `f${cell.start}`,
    text: cell.text.trim(),
    start: cell.start + (cell.text.length - cell.text.trimStart().length),
    end: cell.start + cell.text.trimEnd().length,
    kind: unit.kind,
    // 610.2 × 10⁸ is 61020000000.00001 in floating point: the cell's digits are all it says.
    value: Number((value * (unit.scale ?? 1)).toPrecision(15)),
    sentence,
    sentenceOffset: sentence.length - cell.text.trim().length,
    lang,
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

/** The figures of a table's numeric cells, each with its unit, scale and period, and the notes of its total rows. */
export function readTable(table: Table): Figure[] {
  const caption = table.caption?.text ?? '';
  const all = [caption, ...table.header.flat().map((c) => c.text), ...table.body.flat().map((c) => c.text)].join(' ');
  const lang: Lang = table.lang ?? (HAN.test(all) ? 'zh' : 'en');
  const width = Math.max(0, ...table.header.map((r) => r.length), ...table.body.map((r) => r.length));
  const columns = columnsOf(table, width);
  const captionUnit = unitOf(caption);
  const captionTime = headerTime(caption);
  const rows: (Figure | undefined)[][] = [];
  const rowLabels: string[] = [];
  for (const row of table.body) {
    const first = row[0];
    const label = first && cellNumber(first.text) === undefined ? first.text.trim() : '';
    const rowUnit = label ? unitOf(label) : undefined;
    const rowTime = label ? headerTime(label) : {};
    rowLabels.push(label);
    rows.push(
      row.map((cell, i) => {
        const value = cellNumber(cell.text);
        const column = columns[i];
        const unit = column?.unit ?? rowUnit ?? captionUnit;
        if (value === undefined || !unit) return undefined;
        const sentence = [label, column?.label].filter(Boolean).join(', ') + (lang === 'zh' ? '：' : ': ') + cell.text.trim();
        return figureOf(cell, value, unit, sentence, lang, [column?.time ?? {}, rowTime, captionTime]);
      }),
    );
  }
  return checkTotals(rows, rowLabels, lang).flat().filter((f): f is Figure => f !== undefined);
}
