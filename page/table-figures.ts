/**
 * A read's table-cell figures handed out slice by slice: a table is read
 * (lib/tables) when the detection slice it begins in comes, so a page of huge
 * tables spreads their cost over the slices as it does its text's, and each
 * slice's figures stay in page order.
 */
import type { Figure } from '@/lib/figure';
import { mergeTableFigures, readTable, type Table } from '@/lib/tables';
import { startOf } from './table-cells';

export class TableFigures {
  private next = 0;
  private pending: Figure[] = [];

  constructor(private readonly tables: readonly Table[]) {}

  /** The slice's detected figures with the table cells before `end`. */
  within(detected: readonly Figure[], end: number): Figure[] {
    while (this.next < this.tables.length && startOf(this.tables[this.next]!) < end) {
      const table = this.tables[this.next++]!;
      try {
        this.pending.push(...readTable(table));
      } catch (error) {
        console.debug('FigureLens: a table could not be read', error);
      }
    }
    if (this.pending.length === 0) return [...detected];
    this.pending.sort((a, b) => a.start - b.start);
    const cut = this.pending.findIndex((f) => f.start >= end);
    const now = cut < 0 ? this.pending : this.pending.slice(0, cut);
    this.pending = cut < 0 ? [] : this.pending.slice(cut);
    return mergeTableFigures(detected, now);
  }
}
