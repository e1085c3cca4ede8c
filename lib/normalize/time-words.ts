/**
 * The time words of a sentence, found with the language's phrase table
 * (phrases/), and the labels of a period in the analysis language.
 */
import type { Lang, Period } from '../figure';
import type { TextFormat } from '../format';
import type { Span } from './clauses';
import { PHRASES, readable, type TimeMeaning } from './phrases';

export type TimeWord = TimeMeaning & Span & { comparison: boolean };

function isValidPeriod(e: TimeMeaning): boolean {
  return e.kind !== 'period' || (e.fromMonth >= 1 && e.toMonth <= 12 && (e.fromMonth <= e.toMonth || e.across === 1));
}

/** Every time word of a sentence; a word overlapping a longer one ("三季度" in "前三季度") is dropped. */
export function findTimeWords(sentence: string, lang: Lang): TimeWord[] {
  const text = readable(sentence, lang);
  const { rules, comparisonBefore, comparisonAfter, vintageAfter } = PHRASES[lang].time;
  const found: TimeWord[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.re)) {
      const meaning = rule.make(m);
      if (!meaning || !isValidPeriod(meaning)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 12);
      // The month an estimate was made in ("八月預測的") is no more the figure's time than a comparison's base is.
      const comparison = comparisonBefore.test(before) || comparisonAfter.test(after) || (meaning.kind === 'period' && meaning.fromMonth === meaning.toMonth && vintageAfter.test(after));
      found.push({ ...meaning, start, end, comparison });
    }
  }
  const length = (w: Span) => w.end - w.start;
  return found.filter((a) => !found.some((b) => b !== a && b.start < a.end && a.start < b.end && length(b) > length(a)));
}

/** Whether a sentence says "respectively"/"分别": its lists pair in order. */
export function saysRespectively(sentence: string, lang: Lang): boolean {
  return PHRASES[lang].time.respectively.test(readable(sentence, lang));
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How many months a period spans (a fiscal year across two calendar years: 12). */
export function monthsIn(period: Pick<Period, 'fromMonth' | 'toMonth' | 'year' | 'fromYear'>): number {
  const years = period.fromYear !== undefined && period.year !== undefined ? period.year - period.fromYear : 0;
  return period.toMonth - period.fromMonth + 1 + 12 * years;
}

/** "FY2023/24" / "2023/24年度": a fiscal year across two calendar years. */
/** "FY2024/25" for a year across two; "Oct 2021–Mar 2022" / "2021年10月至2022年3月" for a shorter span. */
function fiscalLabel(fromYear: number, year: number, zh: boolean, fromMonth: number, toMonth: number): string {
  if (toMonth + 12 * (year - fromYear) - fromMonth + 1 < 12) {
    return zh ? `${fromYear}年${fromMonth}月至${year}年${toMonth}月` : `${SHORT_MONTHS[fromMonth - 1]} ${fromYear}–${SHORT_MONTHS[toMonth - 1]} ${year}`;
  }
  const end = String(year).slice(2);
  return zh ? `${fromYear}/${end}年度` : `FY${fromYear}/${end}`;
}

/** "Q3 2025", "Jan–Sep 2025", "Mar 2026"; without a year "Jan–Sep". */
export function periodLabel(year: number | undefined, fromMonth: number, toMonth: number, fromYear?: number): string {
  if (fromYear !== undefined && year !== undefined) return fiscalLabel(fromYear, year, false, fromMonth, toMonth);
  const y = year === undefined ? '' : ` ${year}`;
  if (fromMonth === 1 && toMonth === 12) return year === undefined ? 'Jan–Dec' : String(year);
  if (fromMonth === toMonth) return `${SHORT_MONTHS[fromMonth - 1]}${y}`;
  if (toMonth - fromMonth === 2 && fromMonth % 3 === 1) return `Q${(fromMonth + 2) / 3}${y}`;
  if (toMonth - fromMonth === 5 && (fromMonth === 1 || fromMonth === 7)) return `H${fromMonth === 1 ? 1 : 2}${y}`;
  return `${SHORT_MONTHS[fromMonth - 1]}–${SHORT_MONTHS[toMonth - 1]}${y}`;
}

const ZH_SPANS: Record<string, string> = { '1-3': '第一季度', '4-6': '第二季度', '7-9': '第三季度', '10-12': '第四季度', '1-6': '上半年', '7-12': '下半年', '1-9': '前三季度' };

/** The time a figure is about, in the language of `fmt`: "2024", "Q4 2024" / "2024年", "2024年第四季度"; without a year "Q4" / "第四季度". */
export function timeLabel(year: number | undefined, period: Pick<Period, 'fromMonth' | 'toMonth' | 'fromYear'> | undefined, fmt: TextFormat): string {
  if (period?.fromYear !== undefined && year !== undefined) return fiscalLabel(period.fromYear, year, fmt.lang === 'zh', period.fromMonth, period.toMonth);
  if (fmt.lang === 'en') return period ? periodLabel(year, period.fromMonth, period.toMonth) : String(year ?? '');
  const y = year === undefined ? '' : `${year}年`;
  if (!period || (period.fromMonth === 1 && period.toMonth === 12)) return y || '全年';
  if (period.fromMonth === period.toMonth) return `${y}${period.fromMonth}月`;
  return `${y}${ZH_SPANS[`${period.fromMonth}-${period.toMonth}`] ?? `${period.fromMonth}–${period.toMonth}月`}`;
}

/**
 * The words around a time word that make it the same part of a year a year back ("较2016年同月", "the same
 * quarter last year"), as [before, after] lengths, or nothing (PHRASES[lang].time.yearAgoBase).
 */
export function yearAgoAround(sentence: string, lang: Lang, w: Span): [number, number] | undefined {
  const { before, after } = PHRASES[lang].time.yearAgoBase;
  const text = readable(sentence, lang);
  const lead = before?.exec(text.slice(Math.max(0, w.start - 30), w.start));
  const tail = after?.exec(text.slice(w.end, w.end + 8));
  return lead || tail ? [lead?.[0].length ?? 0, tail?.[0].length ?? 0] : undefined;
}
