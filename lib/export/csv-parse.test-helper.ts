/**
 * A strict RFC 4180 reader for tests (unit and browser): they check what a
 * spreadsheet would see rather than string fragments. Strict on purpose: a
 * bare line break outside quotes, or a last record without CRLF, is an
 * error, not a cell.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('a quoted cell is not closed');
  if (cell || row.length) throw new Error('last line has no CRLF');
  return rows;
}
