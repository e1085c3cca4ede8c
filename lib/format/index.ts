/**
 * Numbers for people, in their locale: "$1.95 trillion", "1.95万亿美元",
 * "1,95 Billionen €". Everything goes through Intl.NumberFormat, so a locale
 * brings its own scale words (万亿, Billionen), separators and currency names;
 * the full number is for the detail view.
 *
 * Intl's compact notation spells scale words out ("trillion") only for plain
 * numbers: with a currency it abbreviates ("$1.95T"). So a compact amount is
 * the locale's currency pattern with its digits replaced by the spelled-out
 * compact number, which keeps the currency where the locale puts it.
 *
 * Sentences FigureLens writes itself (notes, why money is unconverted, where
 * a rate comes from) are in English or Simplified Chinese: `textFormat` says
 * which for a locale, and each writer keeps a `Texts` table per language.
 */
import type { CurrencyCode } from '../figure';

type CurrencyDisplay = 'symbol' | 'name';

export interface MoneyFormat {
  /** Scale words ("1.95 trillion") rather than every digit. Default true. */
  compact?: boolean;
  /** "$" or "US dollars"; default: names in Chinese ("1.95万亿美元"), symbols elsewhere. */
  display?: CurrencyDisplay;
  /** For compact amounts; default 3. */
  significantDigits?: number;
}

const formats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is slow to build and pages hold thousands of figures: one per (locale, options). */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const o = options;
  const key = `${locale}|${o.style}|${o.currency}|${o.currencyDisplay}|${o.notation}|${o.compactDisplay}|${o.maximumSignificantDigits}|${o.maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown locale tag from a page or a setting: fall back to English rather than throw.
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

function defaultDisplay(locale: string): CurrencyDisplay {
  return locale.toLowerCase().startsWith('zh') ? 'name' : 'symbol';
}

/** A plain number with scale words: "9 trillion", "9万亿", "77,000". */
export function formatNumber(value: number, locale: string, significantDigits = 3): string {
  const compact = Math.abs(value) >= 1e6 || (locale.toLowerCase().startsWith('zh') && Math.abs(value) >= 1e4);
  return numberFormat(locale, {
    ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
    maximumSignificantDigits: significantDigits,
  }).format(value);
}

/** An amount of money: compact by default ("$1.95 trillion", "1.95万亿美元"), or every digit ("$1,950,000,000,000"). */
export function formatMoney(value: number, currency: CurrencyCode, locale: string, options: MoneyFormat = {}): string {
  const currencyDisplay = options.display ?? defaultDisplay(locale);
  if (options.compact === false) {
    return numberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay,
      maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
    }).format(value);
  }
  const digits = numberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: options.significantDigits ?? 3,
  }).format(Math.abs(value));
  const { before, after } = currencyPattern(locale, currency, currencyDisplay, value < 0);
  return before + digits + after;
}

const patterns = new Map<string, { before: string; after: string }>();

/** What the locale writes around the digits of an amount: "$" before, " €" after, "美元" after. */
function currencyPattern(locale: string, currency: CurrencyCode, display: CurrencyDisplay, negative: boolean) {
  const key = `${locale}|${currency}|${display}|${negative}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const parts = numberFormat(locale, { style: 'currency', currency, currencyDisplay: display }).formatToParts(negative ? -1 : 1);
    const first = parts.findIndex((p) => NUMERIC_PARTS.has(p.type));
    const last = parts.length - 1 - [...parts].reverse().findIndex((p) => NUMERIC_PARTS.has(p.type));
    const join = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
    pattern = { before: join(parts.slice(0, first)), after: join(parts.slice(last + 1)) };
    patterns.set(key, pattern);
  }
  return pattern;
}

/** A percentage given in percent: 2.41 → "2.4%". */
export function formatPercent(percent: number, locale: string, fractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(percent / 100);
}

/** An exchange rate or a factor: 7.19477 → "7.19". */
export function formatRate(rate: number, locale: string): string {
  return numberFormat(locale, { maximumSignificantDigits: 3 }).format(rate);
}

/** The languages of FigureLens's own sentences. */
export type TextLang = 'en' | 'zh';

export interface TextFormat {
  lang: TextLang;
  /** The Intl locale numbers and names are written in. */
  locale: string;
}

/** The reader's locale → the language of sentences ("zh-CN" → zh; anything else → en). */
export function textFormat(locale = 'en'): TextFormat {
  return { lang: locale.toLowerCase().startsWith('zh') ? 'zh' : 'en', locale };
}

/** A template per sentence language. */
export type Texts<A> = Record<TextLang, (a: A) => string>;

const currencyNames = new Map<string, Intl.DisplayNames | null>();

/** A currency in a sentence: its ISO code in English ("7.37 CNY per USD"), its name in Chinese ("美元", "新台币"). */
export function currencyName(code: CurrencyCode, fmt: TextFormat): string {
  if (fmt.lang === 'en') return code;
  let names = currencyNames.get(fmt.locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([fmt.locale], { type: 'currency' });
    } catch {
      names = null;
    }
    currencyNames.set(fmt.locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
