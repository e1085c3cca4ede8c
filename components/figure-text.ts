/**
 * How one figure's parts read in the UI language: its kind and role chips,
 * its amount in the reader's currency and the rate behind it.
 */
import type { Figure, Normalized } from '@/lib/figure';
import { formatMoney, formatRate } from '@/lib/format';
import { isStaleRate } from '@/lib/rates';
import { formatDay, type I18n, type MessageKey } from './i18n';

export function kindLabel({ t }: I18n, figure: Pick<Figure, 'kind'>): string {
  return t(`common_kind_${figure.kind}` as MessageKey);
}

/** "Growth y/y", "增长 同比", "Share"; undefined for a figure without a role. */
export function roleLabel({ t }: I18n, figure: Pick<Figure, 'role' | 'basis'>): string | undefined {
  if (!figure.role) return undefined;
  const role = t(`common_role_${figure.role}` as MessageKey);
  return figure.role === 'growth' && figure.basis ? `${role} ${t(`common_basis_${figure.basis}` as MessageKey)}` : role;
}

/** The figure in the reader's currency, "≈ $1.94 trillion", when it was converted into another currency. */
export function convertedAmount(i18n: I18n, figure: Figure): string | undefined {
  const n = figure.normalized;
  if (!n || n.currency === figure.currency) return undefined;
  const amount = formatMoney(n.value, n.currency, i18n.numberLocale);
  const upper = n.valueMax !== undefined ? `–${formatMoney(n.valueMax, n.currency, i18n.numberLocale)}` : '';
  return i18n.t('popup_converted', amount + upper);
}

function ratePeriodLabel({ t }: I18n, n: Normalized): string {
  if (n.rateKind === 'annual-average') return t('common_rate_annual', n.ratePeriod);
  if (n.rateKind === 'monthly-average') return t('common_rate_monthly', n.ratePeriod);
  return t('common_rate_daily', n.ratePeriod);
}

/** "1 CNY = 0.139 USD, 2024 annual average (ECB)". */
export function rateLine(i18n: I18n, figure: Figure): string | undefined {
  const n = figure.normalized;
  if (!n || !figure.currency) return undefined;
  return i18n.t('popup_rate', figure.currency, formatRate(n.rate, i18n.numberLocale), n.currency, ratePeriodLabel(i18n, n));
}

/**
 * "at the rate of Apr 13, 2026, over 30 days old": said next to an amount
 * converted at a daily rate that old, and only there (see isStaleRate).
 */
export function staleRateText({ t, lang }: I18n, figure: Figure, today: string | undefined): string | undefined {
  const n = figure.normalized;
  if (!today || !n || n.currency === figure.currency || !isStaleRate(n, today)) return undefined;
  return t('common_rate_stale', formatDay(n.ratePeriod, lang));
}

/**
 * The year or period the figure is about, as a short label: "2024", "H1 2025", "Jan–Sep"; "Undated page"
 * when neither the text nor the page's date tells (a year is never guessed from today).
 */
export function periodLabel({ t }: I18n, figure: Figure): string {
  return figure.period?.label ?? (figure.year !== undefined ? String(figure.year) : t('common_period_undated'));
}

/** Every name a filter may use for the figure, in the UI language. */
export function filterLabels(i18n: I18n, figure: Figure): string[] {
  return [kindLabel(i18n, figure), roleLabel(i18n, figure) ?? '', periodLabel(i18n, figure)];
}
