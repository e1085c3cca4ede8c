/**
 * The Figure record: one type from the detector to the popup.
 *
 * The detector fills the "as written" part; normalization and notes fill the
 * "what it means" part on the same record, so every stage (content script,
 * background worker, popup, scan CLI) reads and writes one shape.
 */

/** Bounds on what one figure carries: the detector keeps within them, the worker rejects what exceeds them. */
export const MAX_FIGURE_TEXT = 200;
export const MAX_SENTENCE = 1000;
export const MAX_NOUN = 80;

/** The kinds of figure, in the order the UI lists them. */
export const FIGURE_KINDS = ['money', 'percent', 'count', 'quantity'] as const;

/** Languages with a lexicon. Anything else is scanned with both. */
export type Lang = 'en' | 'zh';

export type FigureKind = (typeof FIGURE_KINDS)[number];

/** `%` a percentage, `pp` percentage points, `bp` basis points, `x` a multiple ("增长1.6倍", "grew 2.5-fold"). */
export const PERCENT_UNITS = ['%', 'pp', 'bp', 'x'] as const;
export type PercentUnit = (typeof PERCENT_UNITS)[number];

/**
 * The base units of output quantities: a quantity's value is in its base unit
 * ("1.2亿吨" → 1.2e8 t, "5 GW" → 5e9 W, "3 MWh" → 3000 kWh), so figures
 * written with different prefixes compare and sum.
 */
export const QUANTITY_UNITS = ['t', 'bbl', 'm3', 'm2', 'kWh', 'W', 'TEU', 'km', 'passenger-km', 'tonne-km', 'person-time', 'vehicle', 'head'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/** ISO 4217 code, upper case: "CNY", "USD", "HKD". */
export type CurrencyCode = string;

/**
 * How a hedge word bounds the value: "about 5%" is approx, "over 30 percent"
 * and "超过" are above, "at least" is at-least, "nearly"/"近" are below (close
 * to, from beneath), "up to" is at-most.
 */
export type HedgeBound = 'approx' | 'above' | 'at-least' | 'below' | 'at-most';

export interface Hedge {
  /** The hedge exactly as written: "approximately", "超过". */
  text: string;
  bound: HedgeBound;
}

/**
 * A stretch of time within a year, as months (1–12, inclusive).
 * "first half of 2025" → {year: 2025, fromMonth: 1, toMonth: 6, label: "H1 2025"};
 * "前三季度" → months 1–9; a whole year → 1–12.
 */
export interface Period {
  /** Absent when the months are named but the year cannot be known (an undated page that never names one). */
  year?: number;
  /** A period across years (a fiscal year "2023-24"): the year `fromMonth` is in; `toMonth` is in `year`. */
  fromYear?: number;
  fromMonth: number;
  toMonth: number;
  /** Short display label in the analysis language: "Q3 2025", "Jan–Sep 2025", "Mar 2026" / "2025年第三季度", "2025年上半年". */
  label: string;
}

/**
 * target: a goal an authority sets for itself ("target", 目标, 预期目标, 力争);
 * forecast: anyone's expectation or estimate ("analysts expect", 预计, 有望, "likely").
 */
export type PercentRole = 'growth' | 'share' | 'target' | 'forecast' | 'level' | 'change';

/** Year-on-year, quarter-on-quarter, month-on-month, or against another point ("比此前增长9%"). */
export type GrowthBasis = 'yoy' | 'qoq' | 'mom' | 'other';

export type RateKind = 'annual-average' | 'monthly-average' | 'daily';

/** A money figure expressed in the reader's currency. */
export interface Normalized {
  value: number;
  valueMax?: number;
  currency: CurrencyCode;
  /** Units of `currency` per one unit of the figure's own currency. */
  rate: number;
  rateKind: RateKind;
  /** "2024", "2026-03" or a date "2026-04-13". */
  ratePeriod: string;
  /** Where the rate comes from, e.g. "ECB euro reference rates, 2024 annual average". */
  source: string;
}

export type NoteType =
  | 'implied-prior'
  | 'conversion-check'
  | 'target-vs-actual'
  | 'streak'
  | 'share-of'
  | 'relative-year'
  // The article checked against itself (lib/notes/checks):
  | 'parts-total'
  | 'rate-levels'
  | 'share-part-total'
  | 'percent-points'
  | 'multiple'
  | 'conversion-rates';

/** A short sentence that shows its own arithmetic. */
export interface Note {
  type: NoteType;
  text: string;
  value?: number;
  currency?: CurrencyCode;
  year?: number;
  /** Set when the note is a warning, e.g. an in-text conversion more than 2% off. */
  flagged?: boolean;
  /** A check's figures, in page order, by id: the note is on each of them, and the popup points at each. */
  figures?: string[];
}

export interface Figure {
  /** Unique within one page (or one scanned text): derived from the start offset. */
  id: string;
  /** Exactly as written: `source.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  kind: FigureKind;
  /** Plain number: "14 trillion" → 14e12, "9.8 percent" → 9.8, "-4.0%" → -4. */
  value: number;
  /** Upper end of a range: "5-6 percent" → value 5, valueMax 6. */
  valueMax?: number;
  /** Money only. */
  currency?: CurrencyCode;
  /** 'page' when the currency comes from the page, not the figure: a bare "$" on an Australian site is AUD. */
  currencyFrom?: 'page';
  /** Percent: its unit; quantity: its base unit, the unit `value` is in. */
  unit?: PercentUnit | QuantityUnit;
  /** Count only: the noun counted, as written ("high-tech enterprises", "家"). */
  noun?: string;
  /** Multiplier of the scale word as written ("trillion" → 1e12, "亿" → 1e8), absent when none. */
  scale?: number;
  hedge?: Hedge;
  /** "dozens of", "数十家": a count with no exact value; `value` is its lower bound (数十 → 20). */
  vague?: true;
  /** Id of the figure this one restates in another currency ("(US$ 1.9 trillion)" after "14 trillion yuan"). */
  equivalentOf?: string;
  /** A table cell's place (lib/tables): the figure is a bare number its table's caption and headers give a unit. */
  cell?: CellPlace;
  /**
   * The sentence the figure stands in, trimmed; in a sentence longer than
   * MAX_SENTENCE, the piece of it (cut at clause boundaries) that holds the figure.
   */
  sentence: string;
  /** Where `text` starts within `sentence` (so a UI can emphasise it without searching). */
  sentenceOffset: number;
  /** Language of the lexicon that matched. */
  lang: Lang;

  // ---- added by lib/normalize and lib/notes ----
  /** The year the figure is about. */
  year?: number;
  period?: Period;
  /**
   * The year is known but not which of its months the figure covers: a company's fiscal year whose calendar the
   * text does not give ("fiscal 2016"), a season ("the 2010/11 season"), a seasonal crop (夏粮, "early rice").
   */
  monthsUnknown?: true;
  /** Money in the reader's currency. */
  normalized?: Normalized;
  /** Money that could not be converted, and why, in the analysis language (e.g. "no ECB reference rate for TWD"). */
  unconverted?: string;
  /** Percent only. */
  role?: PercentRole;
  basis?: GrowthBasis;
  /** Id of the figure a percent modifies ("9.8 percent" → "9 trillion yuan"). */
  subject?: string;
  notes?: Note[];
  /**
   * Why a note this figure would carry was not written, in the analysis language: its inputs disagree
   * with another note's (two implied priors for one amount), or the page is undated.
   */
  withheld?: string[];
}

/** Bounds on a table cell's place: rows and columns past these are not read (lib/tables). */
export const MAX_TABLE_ROWS = 2000;
export const MAX_TABLE_COLUMNS = 100;

/**
 * Where a table cell stands: its table begins `at` characters before the
 * figure (so the table is known by `start - at`, as a sentence is by
 * `start - sentenceOffset`), its row and column, and the row of the total it
 * adds up to (its own row on a total row), when its table has one.
 */
export interface CellPlace {
  at: number;
  row: number;
  col: number;
  total?: number;
}

/** Bounds on the time marks a page carries (PageInfo.marks). */
export const MAX_MARKS = 2000;

/**
 * A sentence or heading of the page that names a time or a streak but holds
 * no figure ("Review of the Work in 2019", "In 2019, the city…", "for 20
 * consecutive years"): it sets the time of the figures after it.
 */
export interface TimeMark {
  /** UTF-16 offset of the sentence in the scanned text (the figures' offsets are in the same text). */
  at: number;
  /** The sentence, at most MAX_SENTENCE characters. */
  sentence: string;
  lang: Lang;
}

/** What is known about the page (or file) the figures come from. */
export interface PageInfo {
  url: string;
  title: string;
  /** Dominant language of the page text. */
  lang: Lang;
  /** Publication date "YYYY-MM-DD", absent when unknown (never today's date as a guess). */
  publishedAt?: string;
  /** Where publishedAt came from. */
  publishedFrom?: 'meta' | 'json-ld' | 'time' | 'byline';
  /** The page's sentences without figures that name a time or a streak, in text order (lib/normalize readTimeMarks). */
  marks?: TimeMark[];
}
