/** The engine's public entry: everything the extension and the CLI use from lib/. */
export type * from './figure';
export { detectFigures } from './detect';
export { analyzePage, type AnalyzeOptions } from './analyze';
export { normalizeFigures, defaultCurrencyForLocale, findPublishedDate, readTimeMarks, type NormalizeOptions, type PublishedCandidates, type PublishedDate } from './normalize';
export { addNotes, type NoteOptions } from './notes';
export { formatMoney, formatNumber, formatPercent, formatRate, type MoneyFormat } from './format';
export { rateFor, isStaleRate, convertibleCurrencies, parseEcbDailyXml, withDailyRates, EMBEDDED_RATES, EMBEDDED_RATES_DATE, type Rate, type RatePeriod, type RateTable, type DailyRates } from './rates';
export type { DetectOptions } from './detect';
