/**
 * The columns every export carries, in order: one table read by the CSV,
 * Markdown and JSON writers, so the three formats never disagree.
 */
import type { Figure, Note, PageInfo, Period } from '../figure';

export type Cell = string | number | undefined;

export interface Column {
  /** The header in CSV and Markdown, the key in JSON: stable for scripts that read exports. */
  key: string;
  /**
   * 'number' cells are numbers the exporter formats itself; 'text' cells hold
   * text that came from the page and so may try to pass for a formula.
   */
  type: 'text' | 'number';
  /** A web address: Markdown writes it as a link to itself rather than as text. */
  link?: true;
  value(figure: Figure, page: PageInfo): Cell;
}

/** Rounds away the binary noise of a multiplication (1946600000000.0002) without losing real precision. */
function tidy(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Number(n.toPrecision(12));
}

function unitOf(figure: Figure): string | undefined {
  if (figure.kind === 'money') return figure.currency;
  // A quantity's unit is its base unit, the unit `value` is in (t, kWh, TEU…).
  if (figure.kind === 'percent' || figure.kind === 'quantity') return figure.unit;
  return figure.noun;
}

export const COLUMNS: readonly Column[] = [
  { key: 'source_url', type: 'text', link: true, value: (_, page) => page.url },
  { key: 'title', type: 'text', value: (_, page) => page.title },
  { key: 'published', type: 'text', value: (_, page) => page.publishedAt },
  { key: 'figure', type: 'text', value: (f) => f.text },
  { key: 'kind', type: 'text', value: (f) => f.kind },
  { key: 'value', type: 'number', value: (f) => f.value },
  { key: 'value_max', type: 'number', value: (f) => f.valueMax },
  { key: 'unit', type: 'text', value: unitOf },
  { key: 'normalized_value', type: 'number', value: (f) => tidy(f.normalized?.value) },
  { key: 'normalized_currency', type: 'text', value: (f) => f.normalized?.currency },
  { key: 'rate', type: 'number', value: (f) => tidy(f.normalized?.rate) },
  { key: 'rate_kind', type: 'text', value: (f) => f.normalized?.rateKind },
  { key: 'rate_period', type: 'text', value: (f) => f.normalized?.ratePeriod },
  { key: 'rate_source', type: 'text', value: (f) => f.normalized?.source ?? f.unconverted },
  { key: 'role', type: 'text', value: (f) => f.role },
  { key: 'basis', type: 'text', value: (f) => f.basis },
  { key: 'year', type: 'number', value: (f) => f.year ?? f.period?.year },
  // Months as an ISO 8601 interval ("2025-01/2025-06"), not the UI's label: a column keeps one form whatever the UI language.
  { key: 'period', type: 'text', value: (f) => f.period && monthsOf(f.period) },
  { key: 'sentence', type: 'text', value: (f) => f.sentence },
  // Notes are JSON objects in JSON; CSV and Markdown carry their texts, one per line.
  { key: 'notes', type: 'text', value: (f) => noteLines(f.notes) },
];

function monthsOf({ year, fromYear, fromMonth, toMonth }: Period): string {
  const month = (m: number, y = year) => `${y ?? '????'}-${String(m).padStart(2, '0')}`;
  if (fromYear !== undefined) return `${month(fromMonth, fromYear)}/${month(toMonth)}`;
  return fromMonth === toMonth ? month(fromMonth) : `${month(fromMonth)}/${month(toMonth)}`;
}

function noteLines(notes: Note[] | undefined): string | undefined {
  if (!notes?.length) return undefined;
  return notes.map((n) => (n.flagged ? `⚠ ${n.text}` : n.text)).join('\n');
}

/** A number as digits, never in exponent form up to 1e21: spreadsheets read "1.4e+13" as text in some locales. */
export function numberCell(n: number): string {
  return Number.isInteger(n) || Math.abs(n) >= 1e-6 ? String(n) : n.toFixed(12).replace(/0+$/, '');
}

/** A file name for an export of `page`: "figurelens-lifeofguangzhou.com-2025-01-16.csv". */
export function exportFileName(page: PageInfo, extension: 'csv' | 'json' | 'md'): string {
  let host = 'page';
  try {
    host = new URL(page.url).hostname.replace(/^www\./, '') || host;
  } catch {
    // A page URL that does not parse still gets a file name.
  }
  return `figurelens-${host}-${page.publishedAt ?? 'undated'}.${extension}`;
}
