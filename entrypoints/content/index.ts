import './style.css';
import { browser } from 'wxt/browser';
import { detectFigures, type Figure, type FigureKind } from '@/lib/index';
import { DEFAULT_MATCHES } from '@/lib/sites';
import { pageLang } from '@/lib/page';
import { MAX_FIGURES_PER_MESSAGE, type ContentMessage } from '@/lib/messages';
import { buildTextModel, rangeFor } from '@/dom/text-model';

const KINDS: FigureKind[] = ['money', 'percent', 'count'];

function send(message: ContentMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

function highlight(model: ReturnType<typeof buildTextModel>, figures: Figure[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  for (const kind of KINDS) {
    const ranges = figures
      .filter((f) => f.kind === kind)
      .map((f) => rangeFor(model, f.start, f.end))
      .filter((r): r is Range => r !== null);
    CSS.highlights.set(`figurelens-${kind}`, new Highlight(...ranges));
  }
}

export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  async main() {
    const model = buildTextModel(document.body);
    const lang = pageLang(document.documentElement.lang, model.text);
    const figures = detectFigures(model.text, { lang });
    highlight(model, figures);
    const url = location.href;
    await send({ type: 'page:start', page: { url, title: document.title.slice(0, 500), lang } });
    for (let i = 0; i < figures.length; i += MAX_FIGURES_PER_MESSAGE) {
      await send({ type: 'figures:add', url, figures: figures.slice(i, i + MAX_FIGURES_PER_MESSAGE) });
    }
  },
});
