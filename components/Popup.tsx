import { useCallback, useEffect, useState } from 'preact/hooks';
import { highlightsOn, type ListOrder } from '@/lib/settings';
import { formatDay, useI18n } from './i18n';
import { hostOf, summaryOfPage, tabState, type TabFacts, type TabState } from './popup-model';
import { Summary } from './Summary';
import { FigureList } from './FigureList';
import { ExportBar, type ExportActions } from './ExportBar';

export interface PopupData extends TabFacts {
  /** The date of the rate table shipped with the extension: always shown. */
  embeddedRatesDate: string;
  /** The date of the refreshed ECB daily rates, when the reader chose them and the worker fetched them. */
  dailyRatesDate?: string;
  /** Whether the optional host permission for the ECB is granted. */
  ecbPermission: boolean;
  /** "YYYY-MM-DD": how old the rates are is measured from it. */
  today: string;
}

export interface PopupActions extends ExportActions {
  reveal: (id: string) => void;
  /** Reads the page now (activeTab). Absent where the extension cannot offer it. */
  annotate?: () => Promise<void>;
  /** Adds the page's site to the reader's sites, asking for its permission. */
  alwaysOn?: () => Promise<void>;
  /** Asks again for a reader's site whose permission was removed. */
  allowSite?: () => Promise<void>;
  setHighlights: (on: boolean) => Promise<void>;
  setListOrder: (order: ListOrder) => Promise<void>;
  openOptions: () => void;
}

export interface PopupProps {
  load: () => Promise<PopupData>;
  actions: PopupActions;
  /**
   * Calls `refresh` whenever the tab's figures change (a page still being
   * read, a page that changed); returns the unsubscribe.
   */
  watch?: (refresh: () => void) => () => void;
  /** Called after the first render with figures (the render benchmark's mark). */
  onRendered?: () => void;
  /** Called once every figure of the list is in the DOM. */
  onListComplete?: () => void;
}

const STATE_MESSAGES = {
  'no-figures': 'popup_state_no_figures',
  'cannot-run': 'popup_state_cannot_run',
  'not-annotated': 'popup_state_not_annotated',
  error: 'popup_state_error',
} as const;

function StateLine({ state }: { state: Exclude<TabState, { state: 'figures' }> }) {
  const { t } = useI18n();
  if (state.state === 'permission-missing') return <p class="state">{t('popup_state_permission', state.site)}</p>;
  if (state.state === 'site-off') return <p class="state">{t('popup_state_site_off', state.site)}</p>;
  return <p class="state">{t(STATE_MESSAGES[state.state])}</p>;
}

export function Popup({ load, actions, watch, onRendered, onListComplete }: PopupProps) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<PopupData | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [order, setOrder] = useState<ListOrder>('page');
  const [highlights, setHighlights] = useState(true);

  const reload = useCallback(
    () =>
      load().then(
        (next) => {
          setData(next);
          setOrder(next.settings.listOrder);
          const host = hostOf(next.url);
          setHighlights(next.status?.highlightsOn ?? (host ? highlightsOn(next.settings, host) : true));
        },
        () => setData(null),
      ),
    [load],
  );
  useEffect(() => {
    void reload();
    return watch?.(() => void reload());
  }, [reload, watch]);

  const state: TabState | undefined = data ? tabState(data) : data === null ? { state: 'error' } : undefined;
  useEffect(() => {
    if (state?.state === 'figures') onRendered?.();
  }, [state?.state]);

  if (state === undefined) return <p class="state loading">{t('common_loading')}</p>;

  /** Runs an action that changes what the page holds, then shows the page anew. */
  const act = (action: (() => Promise<void>) | undefined) => async () => {
    if (!action) return;
    setBusy(true);
    try {
      await action();
      await reload();
    } finally {
      setBusy(false);
    }
  };

  // Only the page the tab shows now: never list or export the one it left.
  const summary = data ? summaryOfPage(data.url, data.summary) : undefined;
  const figures = summary?.figures ?? [];
  const canAnnotate = state.state === 'not-annotated' || state.state === 'site-off';

  return (
    <main class="popup" aria-busy={busy}>
      {state.state === 'figures' && summary?.page ? (
        <Summary page={summary.page} figures={figures} onReveal={actions.reveal} />
      ) : (
        <header class="summary">
          <h1 class="page-title">{summary?.page?.title || 'FigureLens'}</h1>
        </header>
      )}

      {state.state !== 'figures' && <StateLine state={state} />}
      {(canAnnotate || state.state === 'permission-missing') && (
        <div class="actions">
          {canAnnotate && actions.annotate && (
            <button type="button" class="primary" disabled={busy} onClick={act(actions.annotate)}>
              {t('popup_annotate')}
            </button>
          )}
          {state.state === 'not-annotated' && actions.alwaysOn && (
            <button type="button" disabled={busy} onClick={act(actions.alwaysOn)}>
              {t('popup_always_on')}
            </button>
          )}
          {state.state === 'permission-missing' && actions.allowSite && (
            <button type="button" class="primary" disabled={busy} onClick={act(actions.allowSite)}>
              {t('common_allow')}
            </button>
          )}
        </div>
      )}

      <div class="toolbar">
        {data?.status && (
          <label class="switch">
            <input
              type="checkbox"
              checked={highlights}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setHighlights(on);
                void actions.setHighlights(on);
              }}
            />
            {t('popup_highlights')}
          </label>
        )}
        <button type="button" class="link" onClick={actions.openOptions}>
          {t('common_options')}
        </button>
      </div>

      {data && (
        <div class="rates">
          {/* How old a rate is, is said on each figure converted at an old daily rate, not here. */}
          <p class="rates-date">{t('popup_rates_embedded', formatDay(data.embeddedRatesDate, lang))}</p>
          {data.dailyRatesDate && <p class="rates-date">{t('popup_rates_daily', formatDay(data.dailyRatesDate, lang))}</p>}
          {data.settings.rates === 'ecb-daily' && !data.ecbPermission && <p class="warning">{t('popup_rates_permission')}</p>}
        </div>
      )}

      {state.state === 'figures' && summary?.page && (
        <>
          {/* Before the list, so the keyboard reaches it without passing every figure. */}
          <ExportBar page={summary.page} figures={figures} copy={actions.copy} download={actions.download} />
          <FigureList
            figures={figures}
            order={order}
            onOrderChange={(next) => {
              setOrder(next);
              void actions.setListOrder(next);
            }}
            onReveal={actions.reveal}
            onComplete={onListComplete}
            today={data?.today}
          />
        </>
      )}
    </main>
  );
}
