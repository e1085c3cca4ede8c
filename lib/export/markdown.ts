/**
 * A GitHub-flavoured Markdown table for pasting into notes. Cell text is
 * escaped so a page's sentence cannot break the table (a `|`), run onto a
 * new row (a newline) or inject HTML (a `<`).
 */
import type { Figure, PageInfo } from '../figure';
import { COLUMNS, numberCell, type Cell } from './columns';

function cell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function toMarkdown(page: PageInfo, figures: readonly Figure[]): string {
  const lines = [row(COLUMNS.map((c) => c.key)), row(COLUMNS.map(() => '---'))];
  for (const figure of figures) lines.push(row(COLUMNS.map((c) => cell(c.value(figure, page)))));
  return lines.join('\n') + '\n';
}
