/**
 * The shapes of the per-language phrase tables that decide what a figure
 * means: time words, percentage roles and bases, subjects and streaks. The
 * tables are data (en.ts, zh-Hans.ts; traditional Chinese is folded onto the
 * simplified table by zh-Hant.ts); the code that reads them is in
 * lib/normalize. A linguist extends a table without reading the rules.
 */
import type { GrowthBasis, PercentRole } from '../../figure';

/** What a time word says. */
export type TimeMeaning =
  /** `fiscal`: written as a fiscal year ("FY2015", "fiscal 2015"), whose quarters are not the calendar's. */
  /** `season`: "the 2010/11 season", a year across two whose months the text does not give. */
  | { kind: 'year'; year: number; fromYear?: number; fiscal?: true; season?: true }
  /** Relative to the publication date: "last year" is −1; `wholeYear`: the word names a whole year ("this year", not "so far this year" or "this week"). */
  /** `year`: the year the text writes beside it ("明(2024)年"), which then also says the year the text is written in. */
  | { kind: 'relative'; offset: number; text: string; wholeYear?: true; year?: number }
  /** Relative to the sentence's own year: "a year earlier" is −1. */
  /** `samePeriod`: "the year-ago period", "同期" of the year before: also in the months the text is talking about. */
  | { kind: 'anchored'; offset: number; samePeriod?: true }
  /**
   * `across`: the period starts that many years before the year it ends in ("the six months ended 31 March
   * 2022" is October 2021 to March 2022, across 1). `firstHalf`: a word for the first half ("first half", "H1",
   * 上半年), which in a text that reports a half-year of its own (a fiscal one) is that half. `ordinal`: a quarter
   * or half named by its place in the year, whose months a text that reports in fiscal years does not say.
   * `point`: the year's end ("年底", "year-end"), the time of a stock; in a sentence without figures it sets no months.
   */
  | { kind: 'period'; fromMonth: number; toMonth: number; across?: number; firstHalf?: true; ordinal?: true; point?: true }
  /** "in the period", "同期": the period the text named last. */
  | { kind: 'same-period' }
  /** "in the previous quarter", "上季度": the `months` months before the period the text named last. */
  | { kind: 'previous-period'; months: number }
  /** "today", "今天" (not a release's "reported today", "今日公布"): the publication day, so its month and year. */
  | { kind: 'today' }
  /** Up to the publication day: the year so far ("since the beginning of the year", "今年以来"), or the `months` before it ("in the last 12 months"). */
  | { kind: 'to-date'; months?: number };

/** One time-word pattern and what a match means (null: not a time word after all). */
export interface TimeRule {
  re: RegExp;
  make: (m: RegExpExecArray) => TimeMeaning | null;
}

export interface TimePhrases {
  rules: TimeRule[];
  /** Words before a time word that make it the base of a comparison ("since 2021", "比上年"). */
  comparisonBefore: RegExp;
  /** Words after a time word that make it the base of a comparison ("2019年以来"). */
  comparisonAfter: RegExp;
  /** Words after a month that make it the date of an estimate, not the figure's time ("八月預測的2.47%", "the October estimate"). */
  vintageAfter: RegExp;
  /**
   * Words right before a figure with no time of its own that make it the same part of the year before, in a report
   * of a quarter or a half ("Earnings per share was 6.0 pence compared to 5.3 pence"); not "after a 3% rise".
   */
  bareBase: RegExp;
  /** Words before a figure that make it a bound, not the base of a comparison ("More than one million Canadians"). */
  boundBefore: RegExp;
  /** "respectively", "分别": a list of figures pairs in order with a list of time words or amounts. */
  respectively: RegExp;
  /** A seasonal crop ("夏粮", "early rice"): a year's harvest whose months the text does not give. */
  season: RegExp;
  /** Words of a stock measured at a point ("order backlog", "生猪存栏", "贷款余额"): its month is the last of its period. */
  stock: RegExp;
  /**
   * The start of a clause that names no measure of its own, so its figure is of the measure of the clause before
   * ("…reached 1,120, an increase of 20.5 percent", "…increased by 8,439, totaling more than 50,000", "生猪存栏43163万头，同比减少3.4%").
   */
  continues: RegExp;
  /** The month a fiscal year written "2023-24" / "2023/24年度" starts in. */
  fiscalYearStart: number;
  /**
   * A year that is the base of a comparison a year back: "较2016年同月", "from the same month of 2016" — the text
   * before (`before`) or after (`after`) the year word. With "今年"/"this year" in the sentence, this year is the next.
   * Around a relative word ("the same quarter last year", "去年同期") it says the word is not a whole year.
   */
  yearAgoBase: { before?: RegExp; after?: RegExp };
  /** Words before or after a year that review it whole ("2024年全年", "full-year 2024"): with "last year" later, this year is the next. */
  wholeYearReviewed: { before?: RegExp; after?: RegExp };
}

export type CueRole = Exclude<PercentRole, 'change'>;

export interface Cue {
  re: RegExp;
  role: CueRole;
  /** −1 for words of decline ("fell", "下降"): the growth is negative. */
  sign?: -1;
  /** A noun names what the figure is wherever the sentence puts it: "growth slowed to 4.6%" is still growth. */
  noun?: true;
}

export interface PercentPhrases {
  /** Role cues; on a tie in distance the earlier role in PRIORITY wins (percent.ts). */
  cues: Cue[];
  /** Words before a target/forecast word that make a figure before it an actual value ("grew 5%, beating expectations", "好于预期"). */
  notTarget: RegExp;
  /** Between a target/forecast word and a figure: a new clause of facts, so the word does not govern the figure ("was predicted to rise 5 percent and revenue increased by 3.2 percent"). */
  planBreak: RegExp;
  /** Words holding a forecast word that name a statistic or its earlier reading, not an expectation ("修订估计", "原本预估"). */
  notPlan: RegExp;
  /** A target word ending in a colon governs the list after it ("主要预期目标是：…；…"). */
  targetList: RegExp;
  basis: { re: RegExp; basis: GrowthBasis | 'sequential' }[];
  /** Text between a growth word and the figure that makes the figure the level reached. */
  endpoint: RegExp;
  /** Text right after the figure that makes it a share ("30 percent of the country's …"). */
  shareAfter: RegExp;
  /** Text between an amount and the percent after it that links them as subject ("… to 9 trillion yuan"). */
  subjectAfter: RegExp;
  /** Text between a percent and an amount after it that links them: the rate before its amount ("up 14% year on year to 1.1 trillion yuan", "增长5%，达到134.9万亿元"). */
  rateBeforeAmount: RegExp;
  /** Text between an amount and a later percent that starts a new measure: the percent is not the amount's ("…, while spending on equipment rose 9%"). */
  newMetric: RegExp;
  /** Just before an amount: it is a difference ("比上年减少162万吨", "up by $3 billion"), so a rate after it is of the level before it. */
  changeBefore: RegExp;
  /** Between a count and a later percent: a measure of something else, so the rate is not the count's. */
  countOther: RegExp;
  /** Just before an amount: it is an average derived from the amount before it, which the rate after both is of ("汽车166.4万辆，日平均产量5.5万辆，增长2.5%"). */
  averageBefore: RegExp;
  /** Between an average and a later rate: the rate names the average again, so it is the average's rate. */
  averageNamed: RegExp;
  /** Right after an amount: a threshold the text says was passed ("the 7000亿美元大关", "the $1 trillion mark"), never a rate's subject. */
  threshold: RegExp;
}

export interface StreakPhrase {
  re: RegExp;
  /** The number of years: "36th consecutive year" → 36. */
  count: (m: RegExpExecArray) => number;
}

/** What a figure measures, so a target meets its actual and a rate its amount. */
export type Metric =
  | 'gdp' | 'trade' | 'exports' | 'imports' | 'retail' | 'investment' | 'industry'
  | 'prices' | 'unemployment' | 'income' | 'loans' | 'fiscal' | 'rnd';

export interface SharePhrases {
  /** Text between a share and the amount it is a share of: "30 percent of the". */
  ofAmount: RegExp;
}

export interface LanguagePhrases {
  time: TimePhrases;
  percent: PercentPhrases;
  streak: StreakPhrase[];
  /** Measure words; the longer of two overlapping words wins ("import and export" over "export"). */
  metrics: { metric: Metric; re: RegExp }[];
  /** Words that say a measure's growth is at constant prices. */
  realGrowth: RegExp;
  share: SharePhrases;
}
