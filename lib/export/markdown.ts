/**
 * A GitHub-flavoured Markdown table for pasting into notes. Page text stays
 * text wherever it is pasted: it cannot break the table (a `|`), run onto a
 * new row (a newline), inject HTML (a `<`) or entities (a `&`), or turn into
 * markup — a link `[x](javascript:…)`, an image, emphasis, strikethrough or a
 * code span.
 */
import type { Figure, PageInfo } from '../figure';
import { COLUMNS, numberCell, type Cell, type Column } from './columns';

/**
 * Markdown's inline syntax, and the table's `|`: each is backslash-escaped,
 * which every CommonMark reader shows as the character itself. `#` and `!`
 * mean nothing inside a cell on their own; they are escaped for readers
 * that are less strict about where a heading or an image may start.
 */
const INLINE = /[\\`*_[\]()#!~|&<]/g;

function text(value: string): string {
  return value.replace(INLINE, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : `\\${c}`)).replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A page's address as an autolink: inside `<…>` nothing is markup and no
 * escape is read, so the address stays whole and links to itself (escaped as
 * text, GitHub would link "…170602\_5477…" with the backslash in it). A
 * parsed URL has no space, `<` or `>`; its `|` would still end the cell.
 */
function link(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return text(value);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return text(value);
  return `<${url.href.replace(/[|<> ]/g, encodeURIComponent)}>`;
}

function cell(value: Cell, column: Column): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  return column.link ? link(value) : text(value);
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function toMarkdown(page: PageInfo, figures: readonly Figure[]): string {
  const lines = [row(COLUMNS.map((c) => c.key)), row(COLUMNS.map(() => '---'))];
  for (const figure of figures) lines.push(row(COLUMNS.map((c) => cell(c.value(figure, page), c))));
  return lines.join('\n') + '\n';
}
