import { useState } from 'preact/hooks';
import type { Figure, PageInfo } from '@/lib/figure';
import { exportFileName, toCsv, toJson, toMarkdown } from '@/lib/export';
import { useI18n } from './i18n';

export interface ExportActions {
  copy: (text: string) => Promise<void>;
  download: (file: { name: string; type: string; content: string }) => void;
}

export interface ExportBarProps extends ExportActions {
  page: PageInfo;
  figures: Figure[];
}

/** Copy the figures as a Markdown table, or save them as CSV or JSON; a status line says what happened. */
export function ExportBar({ page, figures, copy, download }: ExportBarProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const save = (extension: 'csv' | 'json') => {
    const name = exportFileName(page, extension);
    if (extension === 'csv') download({ name, type: 'text/csv;charset=utf-8', content: toCsv(page, figures) });
    else download({ name, type: 'application/json;charset=utf-8', content: toJson(page, figures) });
    setStatus(t('popup_downloaded', name));
  };
  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('popup_export_heading')}</h2>
      <div class="buttons">
        <button
          type="button"
          onClick={() =>
            copy(toMarkdown(page, figures)).then(
              () => setStatus(t('popup_copied')),
              () => setStatus(t('popup_copy_failed')),
            )
          }
        >
          {t('popup_copy_markdown')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('popup_download_csv')}
        </button>
        <button type="button" onClick={() => save('json')}>
          {t('popup_download_json')}
        </button>
      </div>
      <p class="export-status" role="status">
        {status}
      </p>
    </section>
  );
}
