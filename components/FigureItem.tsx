import type { Figure } from '@/lib/figure';
import { useI18n } from './i18n';
import { convertedAmount, kindLabel, periodLabel, rateLine, roleLabel, staleRateText } from './figure-text';

export interface FigureItemProps {
  figure: Figure;
  onReveal: (id: string) => void;
  /** "YYYY-MM-DD": an amount converted at a daily rate over 30 days older says so. */
  today?: string;
}

/**
 * One figure: as written (a button that shows it in the page), its amount in
 * the reader's currency, chips for kind, role and year, the sentence with the
 * figure emphasised, and its notes.
 */
export function FigureItem({ figure, onReveal, today }: FigureItemProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { sentence, sentenceOffset: at, text } = figure;
  const converted = convertedAmount(i18n, figure);
  const stale = staleRateText(i18n, figure, today);
  const role = roleLabel(i18n, figure);
  const period = periodLabel(i18n, figure);
  const reveal = () => onReveal(figure.id);
  return (
    // A click anywhere on the item shows the figure; the button is the keyboard's way in.
    <li class={`figure figure-${figure.kind}`} data-figure-id={figure.id} onClick={reveal}>
      <div class="figure-head">
        <button
          type="button"
          class="figure-text"
          aria-label={t('popup_show_in_page', text)}
          onClick={(e) => {
            e.stopPropagation();
            reveal();
          }}
        >
          {text}
        </button>
        {converted && (
          <span class="figure-converted" title={rateLine(i18n, figure)}>
            {converted}
          </span>
        )}
        {stale && <span class="figure-stale-rate">{stale}</span>}
        {figure.unconverted && (
          <span class="figure-unconverted">{t('common_unconverted', figure.unconverted)}</span>
        )}
      </div>
      <div class="chips">
        <span class={`chip chip-kind chip-${figure.kind}`}>{kindLabel(i18n, figure)}</span>
        {figure.kind === 'quantity' && figure.unit && <span class="chip chip-unit">{figure.unit}</span>}
        {role && <span class={`chip chip-role chip-role-${figure.role}`}>{role}</span>}
        {period && (
          <span class="chip chip-year" title={t('popup_year', period)}>
            {period}
          </span>
        )}
      </div>
      <p class="figure-sentence">
        {sentence.slice(0, at)}
        <mark>{text}</mark>
        {sentence.slice(at + text.length)}
      </p>
      {figure.notes && figure.notes.length > 0 && (
        <ul class="notes" aria-label={t('popup_notes')}>
          {figure.notes.map((note, i) => (
            <li key={i} class={note.flagged ? 'note note-flagged' : 'note'}>
              {note.flagged && <strong>{t('popup_flagged')} </strong>}
              {note.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
