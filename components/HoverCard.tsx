import type { Figure } from '@/lib/figure';
import { formatMoney, formatNumber, formatPercent } from '@/lib/format';
import { useI18n, type I18n } from './i18n';
import { convertedAmount, kindLabel, periodLabel, rateLine, roleLabel, staleRateText } from './figure-text';

export interface HoverCardProps {
  /** The figure as found in the page. */
  figure: Figure;
  /** The worker's copy, with normalization and notes: undefined while asked for, null when it has none. */
  detail?: Figure | null;
  /** "YYYY-MM-DD": an amount converted at a daily rate over 30 days older says so. */
  today?: string;
}

/** The figure's value as the reader reads it: in their currency when converted, else as a clean number. */
function valueText(i18n: I18n, f: Figure): string {
  const { t, numberLocale } = i18n;
  const range = (format: (v: number) => string) => format(f.value) + (f.valueMax !== undefined ? `–${format(f.valueMax)}` : '');
  switch (f.kind) {
    case 'money':
      return convertedAmount(i18n, f) ?? (f.currency ? range((v) => formatMoney(v, f.currency!, numberLocale)) : range((v) => formatNumber(v, numberLocale)));
    case 'percent':
      if (f.unit === 'pp') return t('card_points', range((v) => formatNumber(v, numberLocale)));
      if (f.unit === 'bp') return t('card_basis_points', range((v) => formatNumber(v, numberLocale)));
      if (f.unit === 'x') return `${range((v) => formatNumber(v, numberLocale))}×`;
      return range((v) => formatPercent(v, numberLocale, 2));
    case 'count': {
      const n = `${range((v) => formatNumber(v, numberLocale))}${f.noun ? ` ${f.noun}` : ''}`;
      // "dozens of firms" is 24 only as a lower bound.
      return f.vague ? t('card_vague', n) : n;
    }
    case 'quantity':
      return `${range((v) => formatNumber(v, numberLocale))}${f.unit ? ` ${f.unit}` : ''}`;
  }
}

/**
 * The small card over a figure in the page: its value normalized, its role,
 * the year it is about, the rate used and its notes. Whatever normalization
 * has not filled in is simply not shown. It holds no focusable element: the
 * card describes, the reader keeps their place.
 */
export function HoverCard({ figure, detail, today }: HoverCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = detail ?? figure;
  const role = roleLabel(i18n, f);
  // Before the worker has read the figure, its time is not known yet: that is not an undated page.
  const period = detail ? periodLabel(i18n, f) : undefined;
  const rate = rateLine(i18n, f);
  const stale = staleRateText(i18n, f, today);
  const notes = f.notes ?? [];
  // Why a note was not written (two priors that disagree, an undated page): said, not hidden.
  const withheld = f.withheld ?? [];
  return (
    <div class={`card card-${f.kind}`} role="tooltip" aria-label={t('card_label', f.text)}>
      <div class="card-head">
        <span class="card-text">
          {f.hedge && <span class="card-hedge">{f.hedge.text} </span>}
          {f.text}
        </span>
        <span class={`card-kind card-kind-${f.kind}`}>{kindLabel(i18n, f)}</span>
      </div>
      <dl class="card-rows">
        <div class="card-row">
          <dt>{t('card_value')}</dt>
          <dd class="card-value">
            {valueText(i18n, f)}
            {stale && <span class="card-stale-rate"> ({stale})</span>}
          </dd>
        </div>
        {role && (
          <div class="card-row">
            <dt>{t('card_role')}</dt>
            <dd>{role}</dd>
          </div>
        )}
        {period && (
          <div class="card-row">
            <dt>{t('card_year')}</dt>
            <dd>{period}</dd>
          </div>
        )}
        {(rate || f.unconverted) && (
          <div class="card-row">
            <dt>{t('card_rate')}</dt>
            <dd>{rate ?? t('common_unconverted', f.unconverted!)}</dd>
          </div>
        )}
      </dl>
      {f.currencyFrom === 'page' && f.currency && <p class="card-why">{t('card_currency_from_page', f.currency)}</p>}
      {notes.length + withheld.length > 0 && (
        <ul class="card-notes" aria-label={t('card_notes')}>
          {notes.map((note, i) => (
            <li key={i} class={note.flagged ? 'card-note card-note-flagged' : 'card-note'}>
              {note.flagged && <strong>{t('card_flagged')} </strong>}
              {note.text}
            </li>
          ))}
          {withheld.map((why, i) => (
            <li key={`withheld-${i}`} class="card-note card-note-withheld">
              {why}
            </li>
          ))}
        </ul>
      )}
      {detail === undefined && <p class="card-status">{t('common_loading')}</p>}
      {detail === null && <p class="card-status">{t('card_unknown')}</p>}
    </div>
  );
}
