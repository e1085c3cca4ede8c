/**
 * The time a table header names: "2025", "2025年", "1–9月", "Jan–Sep 2025",
 * "Q3 2025", "第三季度", "H1", "上半年". A header with months and no year takes
 * the caption's year.
 */
import type { Period } from '../figure';

export interface HeaderTime {
  year?: number;
  months?: { fromMonth: number; toMonth: number };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZH_QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Month spans as tables write them, each with how to read its months. */
const SPANS: readonly { re: RegExp; months: (m: RegExpExecArray) => [number, number] }[] = [
  // "前三季度" before "第三季度": the longer reading first.
  { re: /前三季度?/, months: () => [1, 9] },
  { re: /(\d{1,2})\s*[-–—~至到]\s*(\d{1,2})\s*月/, months: (m) => [+m[1]!, +m[2]!] },
  { re: /(?<!\d)(\d{1,2})\s*月/, months: (m) => [+m[1]!, +m[1]!] },
  { re: /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–—]\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i, months: (m) => [MONTHS.indexOf(m[1]!.toLowerCase()) + 1, MONTHS.indexOf(m[2]!.toLowerCase()) + 1] },
  { re: /\bQ([1-4])\b/i, months: (m) => [+m[1]! * 3 - 2, +m[1]! * 3] },
  { re: /第?([一二三四1-4])季度?/, months: (m) => [ZH_QUARTER[m[1]!]! * 3 - 2, ZH_QUARTER[m[1]!]! * 3] },
  { re: /\bH1\b|first half|上半年/i, months: () => [1, 6] },
  { re: /\bH2\b|second half|下半年/i, months: () => [7, 12] },
];

export function headerTime(text: string): HeaderTime {
  const y = /(?<!\d)((?:19|20)\d{2})(?:年|\b)/.exec(text);
  const time: HeaderTime = y ? { year: +y[1]! } : {};
  for (const { re, months } of SPANS) {
    const m = re.exec(text);
    if (!m) continue;
    const [fromMonth, toMonth] = months(m);
    if (fromMonth >= 1 && toMonth <= 12 && fromMonth <= toMonth) time.months = { fromMonth, toMonth };
    break;
  }
  return time;
}

/** The period of a cell from its headers (nearest first) and the caption. */
export function cellPeriod(times: readonly HeaderTime[]): { year?: number; period?: Omit<Period, 'label'> } {
  const year = times.find((t) => t.year !== undefined)?.year;
  const months = times.find((t) => t.months)?.months;
  if (year === undefined) return {};
  return months ? { year, period: { year, ...months } } : { year };
}
