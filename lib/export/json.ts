/**
 * JSON rows with the same keys as the CSV columns; numbers stay numbers,
 * absent values are null (so every row has every key), and notes keep their
 * structure: type, text, flag.
 */
import type { Figure, PageInfo } from '../figure';
import { COLUMNS } from './columns';

export interface JsonNote {
  type: string;
  text: string;
  flagged: boolean;
}

export type JsonRow = Record<string, string | number | null | JsonNote[]>;

export function toJsonRows(page: PageInfo, figures: readonly Figure[]): JsonRow[] {
  return figures.map((figure) => {
    const row: JsonRow = {};
    for (const column of COLUMNS) row[column.key] = column.value(figure, page) ?? null;
    row.notes = (figure.notes ?? []).map((n) => ({ type: n.type, text: n.text, flagged: n.flagged === true }));
    return row;
  });
}

export function toJson(page: PageInfo, figures: readonly Figure[]): string {
  return JSON.stringify(toJsonRows(page, figures), null, 2) + '\n';
}
