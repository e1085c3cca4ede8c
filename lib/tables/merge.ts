/**
 * A page's table-cell figures beside what the detector found in its text:
 * in one list in page order, and a cell the detector already read (a cell
 * that writes its own unit, "3,250亿元") stays the detector's figure.
 */
import type { Figure } from '../figure';
import type { Table } from '.';

/** Where a table's text ends in the page text. */
export function endOf(table: Table): number {
  let end = Math.max(table.caption?.end ?? 0, table.before?.end ?? 0);
  for (const row of [...table.header, ...table.body]) for (const cell of row) if (cell) end = Math.max(end, cell.end);
  return end;
}

/** Where a table's text begins in the page text. */
export function startOf(table: Table): number {
  return Math.min(table.before?.start ?? Infinity, table.caption?.start ?? Infinity, table.header[0]?.find(Boolean)?.start ?? Infinity, table.body[0]?.find(Boolean)?.start ?? Infinity);
}

/** Both lists sorted by start; the result is too. */
export function mergeTableFigures(detected: readonly Figure[], cells: readonly Figure[]): Figure[] {
  if (cells.length === 0) return [...detected];
  const out: Figure[] = [];
  let i = 0;
  for (const cell of cells) {
    while (i < detected.length && detected[i]!.start < cell.start) out.push(detected[i++]!);
    const before = out[out.length - 1];
    const next = detected[i];
    const overlaps = (before !== undefined && before.end > cell.start) || (next !== undefined && next.start < cell.end);
    if (!overlaps) out.push(cell);
  }
  while (i < detected.length) out.push(detected[i++]!);
  return out;
}
