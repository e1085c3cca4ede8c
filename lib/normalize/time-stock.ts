/**
 * A stock is measured at a point, not over a period: over a period it is the period's last month ("生猪存栏" in
 * 前三季度 is September's), and in a year that is over by the publication its December ("In 2018, the number of
 * private enterprises exceeded 10 million", "2019年…城镇化率首次超过60%"). A rate whose clause names no measure
 * of its own ("…reached 1,120, an increase of 20.5 percent", "生猪存栏43163万头，同比减少3.4%") is the rate of
 * the stock of the clause before.
 */
import type { Lang } from '../figure';
import { clauseAround, type Span } from './clauses';
import { PHRASES, readable } from './phrases';
import type { Months, PublishedDay } from './time';

/** The figure's clause, and the ones before while each opens with a rate word and names nothing of its own. */
function measured(text: string, lang: Lang, boundaries: readonly Span[], clause: Span): string {
  let from = clause;
  while (from.start > 0 && PHRASES[lang].time.continues.test(text.slice(from.start, from.end))) {
    from = clauseAround(boundaries, text.length, from.start - 1, from.start - 1);
  }
  return text.slice(from.start, clause.end);
}

/** Whether the sentence says a rate is on the month before ("month-on-month", "比上月", "按月"). */
export function monthOnMonth(sentence: string, lang: Lang): boolean {
  const text = readable(sentence, lang);
  return PHRASES[lang].percent.basis.some(({ re, basis }) => basis === 'mom' && new RegExp(re.source, re.flags.replace('g', '')).test(text));
}

/** Whether the figure measures a seasonal crop ("全国夏粮总产量13926万吨，比上年减少162万吨，下降1.2%"): its months are not the text's. */
export function seasonal(sentence: string, lang: Lang, boundaries: readonly Span[], clause: Span): boolean {
  return PHRASES[lang].time.season.test(measured(readable(sentence, lang), lang, boundaries, clause));
}

export interface StockQuery {
  sentence: string;
  lang: Lang;
  boundaries: readonly Span[];
  clause: Span;
  months: Months | undefined;
  year: number | undefined;
  /** Whether the year is the text's (a time word of it, or the one it carries), not only the publication's. */
  yearFromText: boolean;
  published: PublishedDay | undefined;
  /** The figure's span in the sentence, and whether it is a rate. */
  span: Span;
  rate: boolean;
  /** The other figures of the sentence: a stock word beside one of them is its own. */
  siblings: readonly Span[];
}

/**
 * The figure's own words in its clause: from the figure before it (or the clause's start) to the two words after
 * it, short of the next figure ("2024-25 will see a $48.1 billion deficit and fiscal reserves will decrease to
 * $685.1 billion": the reserves are the second figure's).
 */
function ownWords(text: string, q: StockQuery): Span {
  const { clause, span, siblings } = q;
  const before = siblings.filter((s) => s.end <= span.start && s.start >= clause.start).map((s) => s.end);
  const after = siblings.filter((s) => s.start >= span.end && s.end <= clause.end).map((s) => s.start);
  const tail = /^[^\w\u4e00-\u9fff]*(?:[\w-]+\s+){0,1}[\w-]*/.exec(text.slice(span.end))?.[0].length ?? 0;
  return { start: Math.max(clause.start, ...before), end: Math.min(clause.end, span.end + (q.lang === 'en' ? tail : 0), ...after) };
}

/** The months of a stock figure at its point, or `months` unchanged when the figure is no stock. */
export function stockMonths(q: StockQuery): Months | undefined {
  const { months } = q;
  const overPeriod = months !== undefined && (!!months.across || months.fromMonth !== months.toMonth);
  const wholeYearOver = months === undefined && q.year !== undefined && q.yearFromText && (!q.published || q.year < q.published.year);
  if (!overPeriod && !wholeYearOver) return months;
  const text = readable(q.sentence, q.lang);
  // "The number of … increased by 8,439": a change over the period, not the stock at its end.
  if (!q.rate && PHRASES[q.lang].percent.changeBefore.test(text.slice(Math.max(0, q.span.start - 30), q.span.start))) return months;
  const own = ownWords(text, q);
  const words = measured(text, q.lang, q.boundaries, own);
  if (!PHRASES[q.lang].time.stock.test(words)) return months;
  const to = months?.toMonth ?? 12;
  return { fromMonth: to, toMonth: to };
}
