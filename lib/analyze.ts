/**
 * analyzePage: the detected figures of a page → normalized, with notes. The
 * one call the background worker and the scan CLI make; pure and
 * deterministic (the same page, figures and options give the same result,
 * whatever the clock says).
 */
import type { CurrencyCode, Figure, PageInfo } from './figure';
import { defaultCurrencyForLocale, normalizeFigures } from './normalize';
import { addNotes } from './notes';
import type { RateTable } from './rates';

export interface AnalyzeOptions {
  /** Default: the currency of `locale`, else USD. */
  readerCurrency?: CurrencyCode;
  /** The reader's locale: the language of notes, of unconverted reasons and rate sources, and the format of numbers ("en-US", "zh-CN"). */
  locale?: string;
  /** Default: the embedded ECB table. */
  rates?: RateTable;
}

export function analyzePage(page: PageInfo, figures: readonly Figure[], options: AnalyzeOptions = {}): Figure[] {
  const readerCurrency = options.readerCurrency ?? (options.locale ? defaultCurrencyForLocale(options.locale) : 'USD');
  const normalized = normalizeFigures(figures, page, { readerCurrency, rates: options.rates, locale: options.locale });
  return addNotes(normalized, page, { locale: options.locale, rates: options.rates });
}
