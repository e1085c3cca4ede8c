/**
 * A read's table-cell figures handed out slice by slice: a table is read
 * (lib/tables) when the detection slice it begins in comes, so a page of huge
 * tables spreads their cost over the slices as it does its text's, and each
 * slice's figures stay in page order.
 *
 * The page sends the line just before a table whenever it is short; it is the
 * table's only when it gives a unit ("单位：亿元"), else it is the paragraph
 * before ("The city published…"). Deciding that takes the detector, which
 * lives here and not in the page.
 */
import type { Figure } from '@/lib/figure';
import { mergeTableFigures, readTable, type Table } from '@/lib/tables';
import { startOf } from '@/lib/tables/merge';
import { unitOf } from '@/lib/tables/units';

export class TableFigures {
  private next = 0;
  private pending: Figure[] = [];

  /**
   * `from`: a read taken up again there (the worker restarted mid-read): the
   * cells before it were handed out already.
   */
  constructor(
    private readonly tables: readonly Table[],
    private readonly from = 0,
  ) {}

  /** The slice's detected figures with the table cells before `end`. */
  within(detected: readonly Figure[], end: number): Figure[] {
    while (this.next < this.tables.length && startOf(this.tables[this.next]!) < end) {
      const table = this.tables[this.next++]!;
      try {
        const own = table.before && !unitOf(table.before.text) ? { ...table, before: undefined } : table;
        for (const cell of readTable(own)) if (cell.start >= this.from) this.pending.push(cell);
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
