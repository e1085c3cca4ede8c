/**
 * The year (and finer period) a figure is about.
 *
 * Time words are found in the figure's own clause first, then in its
 * sentence: explicit years ("in 2024", "2024年", "FY2025"), words relative to
 * the publication date ("last year", "去年"), words relative to the sentence's
 * own year ("a year earlier"), and periods ("first half", "前三季度", "in
 * March"). Words that name the base of a comparison ("up 5% from 2023",
 * "比上年增长", "the highest since 2021") say nothing about the figure's own
 * year and are skipped. Without any time word, the year the text was last
 * talking about (set by normalizeFigures) or else the publication year.
 */
import type { Figure, Lang, PageInfo, Period } from '../figure';
import type { TextFormat } from '../format';
import { clauseAround, clauseBoundaries, gap, type Span } from './clauses';

export interface PublishedDay {
  iso: string;
  year: number;
  month: number;
}

export function publishedDay(page: Pick<PageInfo, 'publishedAt'>): PublishedDay | undefined {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(page.publishedAt ?? '');
  return m ? { iso: page.publishedAt!, year: Number(m[1]), month: Number(m[2]) } : undefined;
}

/** What a time word says. */
type Meaning =
  | { kind: 'year'; year: number }
  /** Relative to the publication date: "last year" is −1. */
  | { kind: 'relative'; offset: number; text: string }
  /** Relative to the sentence's own year: "a year earlier" is −1. */
  | { kind: 'anchored'; offset: number }
  | { kind: 'period'; fromMonth: number; toMonth: number };

type Found = Meaning & Span & { comparison: boolean };

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
};

function count(word: string): number {
  return EN_ORDINALS[word.toLowerCase()] ?? ZH_DIGITS[word] ?? Number(word);
}

function monthOf(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
}

const quarter = (q: number) => ({ fromMonth: q * 3 - 2, toMonth: q * 3 });

/** One time-word pattern and what a match means. */
interface Rule {
  re: RegExp;
  make: (m: RegExpExecArray) => Meaning | null;
}

const MONTH = '(January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const MONTH_OR_MAY = MONTH.replace('(January', '(January|May');

const RULES: Record<Lang, Rule[]> = {
  en: [
    {
      // "2024", "FY2025", "fiscal 2025"; not "2024 percent", "the 2020s" or a piece of "12,024".
      re: /(?<![\d.,$¥€£])(?:(?:FY|fiscal(?: year)?)\s?)?((?:19|20)\d{2})(?![\d]|s\b|\s*(?:%|percent|per cent|yuan|dollars|euros|billion|million|trillion))/gi,
      make: (m) => ({ kind: 'year', year: Number(m[1]) }),
    },
    { re: /\b(last|this|next) year\b|\byear[- ]to[- ]date\b|\bso far this year\b/gi, make: (m) => ({ kind: 'relative', offset: m[1] ? { last: -1, this: 0, next: 1 }[m[1].toLowerCase() as 'last'] : 0, text: m[0] }) },
    { re: /\ba year (?:earlier|ago|before)\b|\bthe (?:previous|prior|preceding) year\b|\bthe year before\b/gi, make: () => ({ kind: 'anchored', offset: -1 }) },
    { re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b/gi, make: (m) => ({ kind: 'period', ...quarter(count(m[1]!)) }) },
    { re: /\bQ([1-4])\b|\b([1-4])Q\b/g, make: (m) => ({ kind: 'period', ...quarter(Number(m[1] ?? m[2])) }) },
    { re: /\b(first|second) half\b|\bH([12])\b/gi, make: (m) => (m[1]?.toLowerCase() === 'second' || m[2] === '2' ? { kind: 'period', fromMonth: 7, toMonth: 12 } : { kind: 'period', fromMonth: 1, toMonth: 6 }) },
    { re: /\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months\b/gi, make: (m) => ({ kind: 'period', fromMonth: 1, toMonth: count(m[1]!) }) },
    { re: /\bfirst (two|three) quarters\b/gi, make: (m) => ({ kind: 'period', fromMonth: 1, toMonth: count(m[1]!) * 3 }) },
    // "grew by 3.5 percent for the year, while retail sales in December…": the whole year, not December.
    { re: /\bfor the (?:full |whole )?year\b|\bfull[- ]year\b/gi, make: () => ({ kind: 'period', fromMonth: 1, toMonth: 12 }) },
    {
      re: new RegExp(`${MONTH_OR_MAY}\\s*(?:-|–|—|to|through)\\s*${MONTH_OR_MAY}`, 'g'),
      make: (m) => ({ kind: 'period', fromMonth: monthOf(m[1]!), toMonth: monthOf(m[2]!) }),
    },
    {
      // "in December", "December's"; a day after the month makes it a date ("on January 15"), and "May" needs a preposition.
      re: new RegExp(`(?:\\b(?:in|for|during|of|through|until|by)\\s+${MONTH_OR_MAY}|${MONTH})(?!\\s*\\d{1,2}\\b(?!\\d))`, 'g'),
      make: (m) => {
        const month = monthOf(m[1] ?? m[2]!);
        return { kind: 'period', fromMonth: month, toMonth: month };
      },
    },
  ],
  zh: [
    { re: /(?<![\d.])((?:19|20)\d{2})\s*(?:年|财年)(?!代)/g, make: (m) => ({ kind: 'year', year: Number(m[1]) }) },
    { re: /去年|今年|明年|前年|本年/g, make: (m) => ({ kind: 'relative', offset: { 去年: -1, 今年: 0, 明年: 1, 前年: -2, 本年: 0 }[m[0] as '去年'], text: m[0] }) },
    { re: /上年|上一年/g, make: () => ({ kind: 'anchored', offset: -1 }) },
    { re: /全年/g, make: () => ({ kind: 'period', fromMonth: 1, toMonth: 12 }) },
    { re: /前三季度/g, make: () => ({ kind: 'period', fromMonth: 1, toMonth: 9 }) },
    { re: /上半年/g, make: () => ({ kind: 'period', fromMonth: 1, toMonth: 6 }) },
    { re: /下半年/g, make: () => ({ kind: 'period', fromMonth: 7, toMonth: 12 }) },
    { re: /第?([一二三四1-4])季度/g, make: (m) => ({ kind: 'period', ...quarter(count(m[1]!)) }) },
    { re: /前(两|二|三|四|五|六|七|八|九|十|十一|\d{1,2})个?月/g, make: (m) => ({ kind: 'period', fromMonth: 1, toMonth: count(m[1]!) }) },
    { re: /(?<!\d)(\d{1,2})\s*[-—–~至到]\s*(\d{1,2})\s*月份?/g, make: (m) => ({ kind: 'period', fromMonth: Number(m[1]), toMonth: Number(m[2]) }) },
    { re: /(?<![\d.])(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月份?(?![\d日号])/g, make: (m) => ({ kind: 'period', fromMonth: count(m[1]!), toMonth: count(m[1]!) }) },
  ],
};

/** Words before a time word that make it the base of a comparison. */
const COMPARISON_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:since|from|than|compared (?:with|to)|versus|vs\.?|against|relative to|over|on)\s+(?:(?:the|that of|levels? of|same (?:period|time|month|quarter)(?: of| in)?|end of|start of|in|of|early|late|January|February|March|April|May|June|July|August|September|October|November|December)\s+)*(?:mid-|early-|late-)?$/i,
  zh: /(?:比|较|与|同|相比|对比|自|从)\s*$/,
};
/** Words after a time word that make it the base of a comparison ("2019年以来", "去年同期相比"). */
const COMPARISON_AFTER: Record<Lang, RegExp> = {
  en: /^\s*(?:levels?|onwards?)\b/i,
  zh: /^\s*(?:以来|相比|同期相比)/,
};

function isValidPeriod(e: Meaning): boolean {
  return e.kind !== 'period' || (e.fromMonth >= 1 && e.toMonth <= 12 && e.fromMonth <= e.toMonth);
}

/** Every time word of a sentence; a word overlapping a longer one ("三季度" in "前三季度") is dropped. */
function findTimeWords(sentence: string, lang: Lang): Found[] {
  const found: Found[] = [];
  for (const rule of RULES[lang]) {
    for (const m of sentence.matchAll(rule.re)) {
      const meaning = rule.make(m);
      if (!meaning || !isValidPeriod(meaning)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const before = sentence.slice(Math.max(0, start - 40), start);
      const comparison = COMPARISON_BEFORE[lang].test(before) || COMPARISON_AFTER[lang].test(sentence.slice(end, end + 8));
      found.push({ ...meaning, start, end, comparison });
    }
  }
  const length = (w: Span) => w.end - w.start;
  return found.filter((a) => !found.some((b) => b !== a && b.start < a.end && a.start < b.end && length(b) > length(a)));
}

const RESPECTIVELY = /\brespectively\b|分别/;

export interface TimeContext {
  published?: PublishedDay;
  /** The year the text was last talking about (from earlier sentences), when known. */
  contextYear?: number;
  /** Spans (in the sentence) of the other figures of the same sentence. */
  siblings?: readonly Span[];
  /** The figure with its restatement in brackets ("14 trillion yuan (US$ 1.9 trillion)"), when it has one. */
  extent?: Span;
  /** Where the figure stands among the sentence's figures (restatements left out), for "respectively" and "分别". */
  rank?: { index: number; count: number };
  /** Time words per sentence, shared across the figures of a page. */
  cache?: Map<string, { words: Found[]; boundaries: Span[] }>;
}

export interface FigureTime {
  year?: number;
  period?: Period;
  /** Where the year came from: a time word of the text, the text before, or the publication date. */
  from: 'text' | 'context' | 'published' | 'unknown';
  /** The year is the one before the sentence's ("compared with 4% a year earlier"): a contrast, not the text's year. */
  contrast?: true;
  /** A phrase relative to the publication date ("last year", "去年") that gave the year, and where it is in the sentence; year absent when the date is unknown. */
  relative?: { phrase: string; at: number; year?: number };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function periodLabel(year: number, fromMonth: number, toMonth: number): string {
  if (fromMonth === 1 && toMonth === 12) return String(year);
  if (fromMonth === toMonth) return `${SHORT_MONTHS[fromMonth - 1]} ${year}`;
  if (toMonth - fromMonth === 2 && fromMonth % 3 === 1) return `Q${(fromMonth + 2) / 3} ${year}`;
  if (toMonth - fromMonth === 5 && (fromMonth === 1 || fromMonth === 7)) return `H${fromMonth === 1 ? 1 : 2} ${year}`;
  return `${SHORT_MONTHS[fromMonth - 1]}–${SHORT_MONTHS[toMonth - 1]} ${year}`;
}

const ZH_SPANS: Record<string, string> = { '1-3': '第一季度', '4-6': '第二季度', '7-9': '第三季度', '10-12': '第四季度', '1-6': '上半年', '7-12': '下半年', '1-9': '前三季度' };

/** The time a figure is about, in the language of `fmt`: "2024", "Q4 2024" / "2024年", "2024年第四季度". */
export function timeLabel(year: number, period: Pick<Period, 'fromMonth' | 'toMonth'> | undefined, fmt: TextFormat): string {
  if (fmt.lang === 'en') return period ? periodLabel(year, period.fromMonth, period.toMonth) : String(year);
  if (!period || (period.fromMonth === 1 && period.toMonth === 12)) return `${year}年`;
  if (period.fromMonth === period.toMonth) return `${year}年${period.fromMonth}月`;
  return `${year}年${ZH_SPANS[`${period.fromMonth}-${period.toMonth}`] ?? `${period.fromMonth}–${period.toMonth}月`}`;
}

function wordsOf(sentence: string, lang: Lang, ctx: TimeContext) {
  const key = `${lang}\u0000${sentence}`;
  let entry = ctx.cache?.get(key);
  if (!entry) {
    entry = { words: findTimeWords(sentence, lang).filter((w) => !w.comparison), boundaries: clauseBoundaries(sentence) };
    ctx.cache?.set(key, entry);
  }
  return entry;
}

/**
 * The time word nearest the figure among `words`: in its clause if any there,
 * else in the sentence, preferring words whose clause holds no other figure
 * (in "For Q4 of 2024, GDP grew 5.4%, following 4.6% growth in Q3", Q3 is
 * 4.6%'s). A word nearer another figure is that figure's ("from 56.88 trillion
 * yuan in 2013 to 134.9 trillion yuan in 2024"): English puts the time after
 * the figure and Chinese before it ("2024年…134.9万亿元"), so a word on the
 * other side counts as twice as far.
 */
function nearest<T extends Found>(words: T[], figure: Span, clause: Span, siblings: readonly Span[], lang: Lang, owned: (w: T) => boolean): T | undefined {
  const inClause = words.filter((w) => w.start >= clause.start && w.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : words.filter((w) => w.kind !== 'anchored' || !owned(w));
  let best: T | undefined;
  let bestScore = Infinity;
  for (const w of pool) {
    const distance = reach(w, figure, lang);
    const theirs = siblings.some((s) => reach(w, s, lang) < distance);
    const score = distance + (theirs ? 1_000 : 0) + (inClause.length === 0 && owned(w) ? 10_000 : 0);
    if (score < bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/** How far a time word is from a figure, a word on the unusual side counting double. */
function reach(word: Span, figure: Span, lang: Lang): number {
  const after = word.start >= figure.end;
  return gap(word, figure) * (after === (lang === 'en') ? 1 : 2) + (after === (lang === 'en') ? 0 : 0.5);
}

/** The year and period of one figure. */
export function figureTime(figure: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang'>, ctx: TimeContext = {}): FigureTime {
  const { sentence, lang } = figure;
  const { words, boundaries } = wordsOf(sentence, lang, ctx);
  const span = ctx.extent ?? { start: figure.sentenceOffset, end: figure.sentenceOffset + figure.text.length };
  const clause = clauseAround(boundaries, sentence.length, span.start, span.end);
  const siblings = ctx.siblings ?? [];
  const owned = (w: Span) => {
    const c = clauseAround(boundaries, sentence.length, w.start, w.end);
    return siblings.some((s) => s.start >= c.start && s.end <= c.end);
  };
  const fallbackYear = ctx.contextYear ?? ctx.published?.year;
  // "2024 companies" is a count, not a year: words inside a figure are not time words.
  const overlaps = (w: Span) => [span, ...siblings].some((f) => f.start < w.end && w.start < f.end);
  const usable = words.filter((w) => !overlaps(w));

  const yearWords = usable.filter((w) => w.kind !== 'period');
  const periodWords = usable.filter((w): w is Found & { kind: 'period' } => w.kind === 'period');
  // "in 2020, 2021 and 2022, … exceeded 100, 110 and 120 trillion yuan, respectively": the nth figure takes the nth word.
  const respective = <T extends Found>(ws: T[]) =>
    ctx.rank && RESPECTIVELY.test(sentence) && ws.length === ctx.rank.count ? ws[ctx.rank.index] : undefined;
  const yearWord = respective(yearWords) ?? nearest(yearWords, span, clause, siblings, lang, owned);
  const periodWord = respective(periodWords) ?? nearest(periodWords, span, clause, siblings, lang, owned);

  let year: number | undefined;
  let from: FigureTime['from'] = 'text';
  let relative: FigureTime['relative'];
  let contrast = false;
  if (yearWord?.kind === 'year') year = yearWord.year;
  else if (yearWord?.kind === 'relative') {
    year = ctx.published ? ctx.published.year + yearWord.offset : undefined;
    relative = { phrase: yearWord.text, at: yearWord.start, year };
  } else if (yearWord?.kind === 'anchored') {
    const anchor = usable.find((w): w is Found & { kind: 'year' } => w.kind === 'year');
    const base = anchor?.year ?? fallbackYear;
    year = base === undefined ? undefined : base + yearWord.offset;
    contrast = true;
  } else if (periodWord && (ctx.published || ctx.contextYear !== undefined) && !(periodWord.fromMonth === 1 && periodWord.toMonth === 12)) {
    // A period named without a year is in the year the text is talking about, unless that one has not
    // begun by the publication date; else the latest that had: "四季度" in January 2025 is Q4 2024,
    // "上半年" in July 2025 is H1 2025.
    const pub = ctx.published;
    const begun = (y: number) => !pub || y < pub.year || (y === pub.year && periodWord.fromMonth <= pub.month);
    if (ctx.contextYear !== undefined && begun(ctx.contextYear)) {
      year = ctx.contextYear;
      from = 'context';
    } else if (pub) year = periodWord.fromMonth <= pub.month ? pub.year : pub.year - 1;
  } else if (ctx.contextYear !== undefined) {
    year = ctx.contextYear;
    from = 'context';
  } else if (ctx.published) {
    year = ctx.published.year;
    from = 'published';
  } else from = 'unknown';

  const result: FigureTime = { from };
  if (contrast) result.contrast = true;
  if (year !== undefined) result.year = year;
  if (relative) result.relative = relative;
  if (periodWord && year !== undefined && !(periodWord.fromMonth === 1 && periodWord.toMonth === 12)) {
    result.period = { year, fromMonth: periodWord.fromMonth, toMonth: periodWord.toMonth, label: periodLabel(year, periodWord.fromMonth, periodWord.toMonth) };
  }
  return result;
}
