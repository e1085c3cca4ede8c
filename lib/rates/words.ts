/**
 * A rate in words, in English and Simplified Chinese: where it comes from
 * (a figure's `normalized.source`) and why there is none (its `unconverted`).
 * rateFor words both in English; normalization words them again in the
 * reader's language, so the Chinese hover card never reads "未换算：no ECB…".
 */
import type { CurrencyCode, RateKind } from '../figure';
import { currencyName, type TextFormat, type TextLang } from '../format';
import { PEGS } from './pegs';

/** What a rate rests on. */
export interface RateBasis {
  kind: RateKind;
  /** "2024", "2026-03" or the daily rate's date "2026-04-13". */
  period: string;
  /** Currencies converted through their pegs (PEGS), each cited in the source. */
  pegged: readonly CurrencyCode[];
  /** Set when the money is already in the reader's currency: the rate is 1. */
  already?: CurrencyCode;
}

/** Why money has no rate. */
export type NoRate =
  | { why: 'currency-unknown' }
  | { why: 'before-table'; firstYear: number; year: number }
  | { why: 'never-quoted'; currency: CurrencyCode }
  | { why: 'not-quoted-then'; currency: CurrencyCode; kind: RateKind; period: string };

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The period of a rate: "2024", "March 2026", "2026-04-13" / "2024年", "2026年3月", "2026年4月13日". */
export function ratePeriodName(kind: RateKind, period: string, fmt: TextFormat): string {
  const [year, month, day] = period.split('-');
  if (fmt.lang === 'zh') {
    if (kind === 'annual-average') return `${year}年`;
    if (kind === 'monthly-average') return `${year}年${Number(month)}月`;
    return `${year}年${Number(month)}月${Number(day)}日`;
  }
  return kind === 'monthly-average' ? `${MONTHS_EN[Number(month) - 1]} ${year}` : period;
}

const LABELS: Record<TextLang, Record<RateKind, (period: string) => string>> = {
  en: { 'annual-average': (p) => `${p} annual average`, 'monthly-average': (p) => `${p} monthly average`, daily: (p) => `daily rate of ${p}` },
  zh: { 'annual-average': (p) => `${p}年均值`, 'monthly-average': (p) => `${p}月均值`, daily: (p) => `${p}汇率` },
};

interface SourceArgs {
  /** The table's own name for itself; English. */
  table: string;
  label: string;
  citations: string[];
  already?: string;
}

const SOURCES: Record<TextLang, (a: SourceArgs) => string> = {
  en: (a) => `${a.table}, ${a.label}${a.citations.map((c) => `; ${c}`).join('')}${a.already ? ` (no conversion: already ${a.already})` : ''}`,
  zh: (a) => `欧洲央行欧元外汇参考汇率，${a.label}${a.citations.map((c) => `；${c}`).join('')}${a.already ? `（无需换算：已是${a.already}）` : ''}`,
};

/** Where a rate comes from: "ECB euro foreign exchange reference rates, 2024 annual average" / "欧洲央行欧元外汇参考汇率，2024年年均值". */
export function rateSource(basis: RateBasis, tableName: string, fmt: TextFormat): string {
  return SOURCES[fmt.lang]({
    table: tableName,
    label: LABELS[fmt.lang][basis.kind](ratePeriodName(basis.kind, basis.period, fmt)),
    citations: basis.pegged.map((code) => PEGS[code]!.citation[fmt.lang]),
    already: basis.already && currencyName(basis.already, fmt),
  });
}

type Reasons = { [W in NoRate['why']]: (r: Extract<NoRate, { why: W }>, fmt: TextFormat) => string };

const REASONS: Record<TextLang, Reasons> = {
  en: {
    'currency-unknown': () => 'the currency is not known',
    'before-table': (r) => `ECB reference rates start in ${r.firstYear}; there is none for ${r.year}`,
    'never-quoted': (r) => `no ECB reference rate for ${r.currency}`,
    'not-quoted-then': (r) => `no ECB reference rate for ${r.currency} ${r.kind === 'daily' ? 'on' : 'for'} ${r.period}`,
  },
  zh: {
    'currency-unknown': () => '币种不明',
    'before-table': (r) => `欧洲央行参考汇率始于${r.firstYear}年，没有${r.year}年的汇率`,
    'never-quoted': (r, fmt) => `欧洲央行没有${currencyName(r.currency, fmt)}的参考汇率`,
    'not-quoted-then': (r, fmt) => `欧洲央行没有${ratePeriodName(r.kind, r.period, fmt)}的${currencyName(r.currency, fmt)}参考汇率`,
  },
};

/** Why money has no rate: "no ECB reference rate for TWD" / "欧洲央行没有新台币的参考汇率". */
export function noRateReason(missing: NoRate, fmt: TextFormat): string {
  return (REASONS[fmt.lang][missing.why] as (r: NoRate, fmt: TextFormat) => string)(missing, fmt);
}
