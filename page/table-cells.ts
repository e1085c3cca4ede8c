/**
 * The page's tables as lib/tables reads them: each cell with its text's
 * place in the text model, laid out by rows and columns (colspan and rowspan
 * taken), the header rows apart from the body. Cells are collected as the
 * text model's walker leaves them (its `onRegion`), so a table costs no walk
 * of its own; a table is read only when it lies wholly in what was read.
 *
 * Bounded for a page of huge tables: at most MAX_TABLES tables and
 * MAX_CELLS cells of each are kept (2,000 cells read in 20–40 ms on this machine, one slice); the rest of a table is not read.
 */
import type { Table, TableCell } from '@/lib/tables';
import { startOf } from '@/lib/tables/merge';

const MAX_TABLES = 200;
const MAX_CELLS = 2000;
const MAX_SPAN = 50;
/** A line just before a table this short may be its title or its "单位：亿元". */
const MAX_BEFORE = 80;
/** Leading rows without a number but years are headers ("项目 | 2024 | 2025"), up to this many. */
const MAX_HEADER_ROWS = 4;

interface RawCell {
  el: Element;
  start: number;
  end: number;
}

interface RawTable {
  caption?: RawCell;
  rows: Map<Element, RawCell[]>;
  cells: number;
  first: number;
}

const YEAR_OR_BLANK = /^\s*(?:(?:19|20)\d{2}\s*)?$/;
const HAS_DIGIT = /\d/;

export class TableCells {
  private readonly tables = new Map<Element, RawTable>();

  constructor(private readonly root: Node) {}

  /** The walker's onRegion: a block element (or shadow root) left, with where its text lies. */
  see(node: Element | ShadowRoot, start: number, end: number): void {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.localName;
    if (name !== 'td' && name !== 'th' && name !== 'caption') return;
    const table = el.closest('table');
    if (!table || !this.root.contains(table)) return;
    let raw = this.tables.get(table);
    if (!raw) {
      if (this.tables.size >= MAX_TABLES) return;
      raw = { rows: new Map(), cells: 0, first: start };
      this.tables.set(table, raw);
    }
    raw.first = Math.min(raw.first, start);
    const cell: RawCell = { el, start, end: Math.max(start, end) };
    if (name === 'caption') {
      raw.caption ??= cell;
      return;
    }
    const tr = el.parentElement;
    if (!tr || tr.localName !== 'tr' || raw.cells >= MAX_CELLS) return;
    raw.cells++;
    const row = raw.rows.get(tr);
    if (row) row.push(cell);
    else raw.rows.set(tr, [cell]);
  }

  /** The tables read, in page order, with their cells' text from `text` (the model's). */
  read(text: string): Table[] {
    const out: Table[] = [];
    for (const raw of this.tables.values()) out.push(tableOf(raw, text));
    return out.sort((a, b) => startOf(a) - startOf(b));
  }
}

function tableCell(raw: RawCell, text: string): TableCell {
  return { text: text.slice(raw.start, raw.end), start: raw.start, end: raw.end };
}

function span(el: Element, name: string): number {
  const n = Number(el.getAttribute(name) ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** Rows as grids of columns: a cell spanning columns heads each of them; a row label spanning rows labels each. */
function grid(rows: RawCell[][], text: string): { cells: TableCell[][]; th: boolean[] } {
  const taken: boolean[][] = [];
  const cells: TableCell[][] = rows.map(() => []);
  const spanned: { from: number; cell: TableCell; col: number; rows: number }[] = [];
  rows.forEach((row, r) => {
    taken[r] ??= [];
    let col = 0;
    for (const raw of row) {
      while (taken[r]![col]) col++;
      const cols = span(raw.el, 'colspan');
      const down = span(raw.el, 'rowspan');
      const cell = tableCell(raw, text);
      for (let dr = 0; dr < down && r + dr < rows.length; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc++) taken[r + dr]![col + dc] = true;
      }
      cells[r]![col] = cell;
      if (cols > 1 || down > 1) spanned.push({ from: r, cell, col, rows: down });
      // Only headers and labels are repeated into the columns they span: a number is one figure.
      if (cols > 1) for (let dc = 1; dc < cols; dc++) cells[r]![col + dc] = cell;
      col += cols;
    }
  });
  for (const { from, cell, col, rows: down } of spanned) {
    if (HAS_DIGIT.test(cell.text) && !YEAR_OR_BLANK.test(cell.text) && col === 0) continue;
    for (let dr = 1; dr < down && from + dr < rows.length; dr++) if (col === 0) cells[from + dr]![0] = cell;
  }
  const th = rows.map((row) => row.length > 0 && row.every((c) => c.el.localName === 'th' || c.el.parentElement?.parentElement?.localName === 'thead'));
  return { cells, th };
}

/** How many leading rows are headers: thead or all-th rows, else rows holding no number but years. */
function headerRows(cells: TableCell[][], th: boolean[]): number {
  let n = 0;
  while (n < cells.length && th[n]) n++;
  if (n > 0) return n;
  while (n < Math.min(cells.length - 1, MAX_HEADER_ROWS) && cells[n]!.every((c) => !c || !HAS_DIGIT.test(c.text) || !/^[\s\d.,，%（）()-]*$/.test(c.text) || YEAR_OR_BLANK.test(c.text))) n++;
  return n;
}

function tableOf(raw: RawTable, text: string): Table {
  const rows = [...raw.rows.values()];
  const { cells, th } = grid(rows, text);
  const head = headerRows(cells, th);
  const table: Table = { header: cells.slice(0, head), body: cells.slice(head) };
  if (raw.caption) table.caption = tableCell(raw.caption, text);
  // Only a candidate: the engine keeps it when it gives a unit (else it is the paragraph before, "The city published…").
  const before = lineBefore(text, raw.first);
  if (before) table.before = before;
  return table;
}

/** The short line just before the table, if there is one. */
function lineBefore(text: string, at: number): TableCell | undefined {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end === 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  if (end - start > MAX_BEFORE) return undefined;
  return { text: text.slice(start, end), start, end };
}
