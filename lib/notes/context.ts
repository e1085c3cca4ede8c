/**
 * What every note rule may ask about the page, computed once per page and
 * cached per sentence: rules stay small, and a page of 20,000 figures is
 * still one pass per rule.
 */
import type { Figure, Note, PageInfo } from '../figure';
import { textFormat, type TextFormat } from '../format';
import { groupBySentence, readingOf, readingsOfMarks, sentenceStart, siblingSpans, type MarkReading } from '../normalize';
import { metricOf, type Metric, type MetricCache } from '../normalize/metric';
import { readPercent, type PercentReading, type SentenceCache } from '../normalize/percent';
import { figureTime, monthsIn, publishedDay, type FigureTime, type PublishedDay, type TimeContext } from '../normalize/time';
import type { RateTable } from '../rates';

interface NoteContext {
  fmt: TextFormat;
  page: PageInfo;
  published?: PublishedDay;
  rates?: RateTable;
  /** In page order. */
  figures: readonly Figure[];
  byId: ReadonlyMap<string, Figure>;
  sameSentence(f: Figure): readonly Figure[];
  /** The time words that gave the figure its year. */
  time(f: Figure): FigureTime;
  percent(f: Figure): PercentReading;
  metric(f: Figure): Metric | undefined;
  /** Whether the figure's year (and months, when it has some) come from the text, not from a guess such as the publication year. */
  knownTime(f: Figure): boolean;
  /** The page's sentences without figures that name a time or a streak, as normalization read them. */
  marks: readonly MarkReading[];
  /** The figure nearest a point of the text (the first after it, else the last before): where a note about a sentence without figures goes. */
  nearestFigure(at: number): Figure | undefined;
}

/** A note type: the notes it finds on a page, each with the figure that carries it. */
export type NoteRule = (ctx: NoteContext) => Iterable<{ on: Figure; note: Note } | { on: Figure; withheld: string }>;

export function noteContext(figures: readonly Figure[], page: PageInfo, options: { locale?: string; rates?: RateTable }): NoteContext {
  const ordered = [...figures].sort((a, b) => a.start - b.start);
  const groups = groupBySentence(ordered);
  const byId = new Map(ordered.map((f) => [f.id, f]));
  const published = publishedDay(page);
  const timeCache: TimeContext['cache'] = new Map();
  const percentCache: SentenceCache = new Map();
  const metricCache: MetricCache = new Map();
  const sameSentence = (f: Figure) => groups.get(sentenceStart(f)) ?? [f];
  return {
    fmt: textFormat(options.locale),
    page,
    published,
    rates: options.rates,
    figures: ordered,
    byId,
    sameSentence,
    // What normalizeFigures read is reused; figures from elsewhere are read again.
    time: (f) => readingOf(f)?.time ?? figureTime(f, { published, siblings: siblingSpans(f, sameSentence(f)), cache: timeCache }),
    percent: (f) => {
      const known = readingOf(f)?.percent;
      if (known) return known;
      const months = f.period ? monthsIn(f.period) : undefined;
      return readPercent(f, { siblings: siblingSpans(f, sameSentence(f)), periodMonths: months, cache: percentCache });
    },
    metric: (f) => metricOf(f, metricCache),
    knownTime: (f) => {
      const time = readingOf(f)?.time;
      return f.year !== undefined && (time?.from === 'text' || time?.from === 'context') && !time.monthsGuessed;
    },
    marks: readingsOfMarks(page),
    nearestFigure: (at) => {
      const listed = ordered.filter((f) => !f.equivalentOf);
      return listed.find((f) => f.start >= at) ?? listed[listed.length - 1];
    },
  };
}
