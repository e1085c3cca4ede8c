import { FIGURE_KINDS, type Figure, type PageInfo } from '@/lib/figure';
import { formatDay, formatCount, useI18n, type MessageKey } from './i18n';
import { convertedAmount } from './figure-text';
import { checksOf, countsByKind, keyPoints, pageNotes, type Check, type KeyPoint } from './popup-model';

export interface SummaryProps {
  page: PageInfo;
  figures: Figure[];
  onReveal: (id: string) => void;
}

function PointText({ point }: { point: KeyPoint }) {
  const i18n = useI18n();
  const { t } = i18n;
  switch (point.type) {
    case 'largest': {
      const converted = convertedAmount(i18n, point.figure);
      return <>{converted ? t('popup_point_largest_converted', point.figure.text, converted) : t('popup_point_largest', point.figure.text)}</>;
    }
    case 'prior':
      return <>{t('popup_point_prior', point.figure.text, point.note.text)}</>;
    case 'target':
      if (point.note) return <>{point.note.text}</>;
      return <>{point.figure.year ? t('popup_point_target_year', point.figure.text, point.figure.year) : t('popup_point_target', point.figure.text)}</>;
  }
}

/** A check that does not add up: its arithmetic, then a way to each figure it involves. */
function CheckItem({ check, onReveal }: { check: Check; onReveal: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <li class="point point-check">
      <p class="check-text">
        <strong>{t('popup_flagged')} </strong>
        {check.note.text}
      </p>
      <p class="check-figures">
        {check.figures.map((f) => (
          <button key={f.id} type="button" class="check-figure" aria-label={t('popup_check_show', f.text)} onClick={() => onReveal(f.id)}>
            {f.text}
          </button>
        ))}
      </p>
    </li>
  );
}

/** The page at a glance: title, publication date, counts by kind and the points that matter most. */
export function Summary({ page, figures, onReveal }: SummaryProps) {
  const { t, lang } = useI18n();
  const counts = countsByKind(figures);
  const points = keyPoints(figures);
  const checks = checksOf(figures);
  const onPage = pageNotes(figures);
  return (
    <header class="summary">
      <h1 class="page-title" title={page.url}>
        {page.title || page.url}
      </h1>
      <p class="page-meta">
        {page.publishedAt ? (
          <time dateTime={page.publishedAt}>{t('popup_published', formatDay(page.publishedAt, lang))}</time>
        ) : (
          <span class="date-unknown">{t('popup_date_unknown')}</span>
        )}
      </p>
      <p class="counts">
        <strong>{t('popup_figure_total', formatCount(figures.length, lang))}</strong>
        {FIGURE_KINDS.filter((k) => counts[k] > 0).map((k) => (
          <span key={k} class={`count count-${k}`}>
            {t(`common_kind_${k}` as MessageKey)} {formatCount(counts[k], lang)}
          </span>
        ))}
      </p>
      {checks.length > 0 && (
        <section class="points checks" aria-labelledby="checks-heading">
          <h2 id="checks-heading">{t('popup_checks')}</h2>
          <ul>
            {checks.map((check) => (
              <CheckItem key={`${check.note.type}-${check.figures[0]!.id}-${check.note.text}`} check={check} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      )}
      {points.length > 0 && (
        <section class="points" aria-labelledby="points-heading">
          <h2 id="points-heading">{t('popup_key_points')}</h2>
          <ul>
            {points.map((point) => (
              <li key={`${point.type}-${point.figure.id}`} class={`point point-${point.type}`}>
                <button type="button" class="point-button" onClick={() => onReveal(point.figure.id)}>
                  <PointText point={point} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {onPage.length > 0 && (
        <section class="page-notes" aria-labelledby="page-notes-heading">
          <h2 id="page-notes-heading">{t('popup_page_notes')}</h2>
          <ul>
            {onPage.map(({ figure, note }) => (
              <li key={`${note.type}-${figure.id}-${note.text}`} class={`page-note page-note-${note.type}`}>
                <button type="button" class="point-button" onClick={() => onReveal(figure.id)}>
                  {note.text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}
