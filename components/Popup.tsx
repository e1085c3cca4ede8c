import { useEffect, useState } from 'preact/hooks';
import type { TabSummary } from '@/lib/messages';
import { FigureItem } from './FigureItem';

export interface PopupProps {
  load: () => Promise<TabSummary | null>;
}

export function Popup({ load }: PopupProps) {
  const [summary, setSummary] = useState<TabSummary | null | undefined>(undefined);
  useEffect(() => {
    load().then(setSummary, () => setSummary(null));
  }, [load]);

  if (summary === undefined) return <p class="state">Loading…</p>;
  if (summary === null || !summary.page) return <p class="state">FigureLens has not read this page.</p>;
  return (
    <main>
      <header>
        <h1>{summary.page.title || summary.page.url}</h1>
        <p>{summary.figures.length} figures</p>
      </header>
      <ol class="figures">
        {summary.figures.map((figure) => (
          <FigureItem key={figure.id} figure={figure} />
        ))}
      </ol>
    </main>
  );
}
