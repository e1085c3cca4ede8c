/**
 * CSV after RFC 4180: comma-separated, CRLF line ends, a cell quoted when it
 * holds a comma, quote, CR or LF, quotes doubled. Two additions so the file
 * opens cleanly in a spreadsheet: a UTF-8 byte-order mark (without it Excel
 * reads 广东 as mojibake), and text cells that a spreadsheet would run as a
 * formula are neutralised.
 */
import type { Figure, PageInfo } from '../figure';
import { COLUMNS, numberCell, type Cell, type Column } from './columns';

export const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with one of these as a formula ("=HYPERLINK(...)"
 * in a page's sentence would become a live link). A leading apostrophe makes
 * it text, the OWASP advice. Besides ASCII `= + - @`, spreadsheets that fold
 * characters read the fullwidth forms a Chinese page types (`＝ ＋ － ＠`), the
 * small forms (`﹦ ﹢ ﹣ ﹫`) and the minus sign `−` as the same operators, and
 * some skip tab, CR, LF, spaces and invisible characters before looking: a
 * cell is neutralised when one of these leads it, after any such run.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]|^[\t\r\n]/;

function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell. Numbers are formatted here, so only page text is ever neutralised (-4.0 stays a number). */
function cell(value: Cell, column: Column): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  return quote(column.type === 'text' ? neutralise(value) : value);
}

export function toCsv(page: PageInfo, figures: readonly Figure[]): string {
  const lines = [COLUMNS.map((c) => c.key).join(',')];
  for (const figure of figures) lines.push(COLUMNS.map((c) => cell(c.value(figure, page), c)).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
