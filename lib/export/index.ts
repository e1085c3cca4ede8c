/** Figures out of the extension: a Markdown table to paste, CSV and JSON files to download. */
export { COLUMNS, exportFileName } from './columns';
export { toCsv, BOM } from './csv';
export { toMarkdown } from './markdown';
export { toJson, toJsonRows, type JsonRow } from './json';
