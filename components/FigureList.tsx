import { useEffect, useMemo, useState } from 'preact/hooks';
import { FIGURE_KINDS, type Figure, type FigureKind, type PercentRole } from '@/lib/figure';
import type { ListOrder } from '@/lib/settings';
import { formatCount, useI18n, type MessageKey } from './i18n';
import { filterLabels } from './figure-text';
import { groupByKind, matchesFilter, NO_FILTER, ROLES, type FigureFilter } from './popup-model';
import { FigureItem } from './FigureItem';

/**
 * Items rendered at once; the rest follow a batch per frame. Keeps the first
 * paint fast on pages with thousands of figures while every figure still ends
 * up in the DOM (find in page, tab order and screen readers see them all);
 * `content-visibility` in the CSS spares layout of those off screen.
 */
export const FIRST_BATCH = 24;
const NEXT_BATCH = 120;

function useProgressiveCount(total: number, onComplete?: () => void): number {
  const [shown, setShown] = useState(Math.min(total, FIRST_BATCH));
  useEffect(() => setShown((n) => Math.min(total, Math.max(n, FIRST_BATCH))), [total]);
  useEffect(() => {
    if (shown >= total) {
      onComplete?.();
      return;
    }
    const next = () => setShown((n) => Math.min(total, n + NEXT_BATCH));
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(next) : setTimeout(next, 16);
    return () => (typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(frame as number) : clearTimeout(frame));
  }, [shown, total]);
  return shown;
}

export interface FigureListProps {
  figures: Figure[];
  order: ListOrder;
  onOrderChange: (order: ListOrder) => void;
  onReveal: (id: string) => void;
  /** Called once every figure is in the DOM (the render benchmark's end mark). */
  onComplete?: () => void;
  /** "YYYY-MM-DD", for FigureItem's note on an old daily rate. */
  today?: string;
}

export function FigureList({ figures, order, onOrderChange, onReveal, onComplete, today }: FigureListProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [filter, setFilter] = useState<FigureFilter>(NO_FILTER);
  const visible = useMemo(
    () => figures.filter((f) => matchesFilter(f, filter, (fig) => filterLabels(i18n, fig))),
    [figures, filter, i18n],
  );
  const shown = useProgressiveCount(visible.length, onComplete);
  const rendered = visible.slice(0, shown);
  const roles = ROLES.filter((r) => figures.some((f) => f.role === r));

  return (
    <section class="list" aria-labelledby="list-heading">
      <div class="list-head">
        <h2 id="list-heading">{t('popup_list_heading')}</h2>
        <fieldset class="order">
          <legend class="visually-hidden">{t('popup_order_label')}</legend>
          {(['page', 'kind'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name="order" value={o} checked={order === o} onChange={() => onOrderChange(o)} />
              {t(o === 'page' ? 'popup_order_page' : 'popup_order_kind')}
            </label>
          ))}
        </fieldset>
      </div>
      <div class="list-tools">
        <input
          type="search"
          class="filter-text"
          aria-label={t('popup_filter_label')}
          placeholder={t('popup_filter_placeholder')}
          value={filter.text}
          onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
        />
        <select aria-label={t('popup_filter_kind')} value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.currentTarget.value as FigureKind | 'all' })}>
          <option value="all">{t('popup_all_kinds')}</option>
          {FIGURE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`common_kind_${k}` as MessageKey)}
            </option>
          ))}
        </select>
        {roles.length > 0 && (
          <select aria-label={t('popup_filter_role')} value={filter.role} onChange={(e) => setFilter({ ...filter, role: e.currentTarget.value as PercentRole | 'all' })}>
            <option value="all">{t('popup_all_roles')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`common_role_${r}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </div>
      <p class="shown" role="status">
        {visible.length === figures.length ? null : t('popup_shown', formatCount(visible.length, lang), formatCount(figures.length, lang))}
      </p>
      {visible.length === 0 ? (
        <p class="state">{t('popup_no_match')}</p>
      ) : order === 'kind' ? (
        groupByKind(rendered).map((group) => (
          <section key={group.kind} class="group" aria-labelledby={`group-${group.kind}`}>
            <h3 id={`group-${group.kind}`}>
              {t(`common_kind_${group.kind}` as MessageKey)} ({formatCount(visible.filter((f) => f.kind === group.kind).length, lang)})
            </h3>
            <ol class="figures">
              {group.figures.map((f) => (
                <FigureItem key={f.id} figure={f} onReveal={onReveal} today={today} />
              ))}
            </ol>
          </section>
        ))
      ) : (
        <ol class="figures">
          {rendered.map((f) => (
            <FigureItem key={f.id} figure={f} onReveal={onReveal} today={today} />
          ))}
        </ol>
      )}
    </section>
  );
}
