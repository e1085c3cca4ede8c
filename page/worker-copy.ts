/**
 * What the worker holds of this page, as the page has told it: the ids sent
 * in figures:add and not taken out by figures:remove since the last
 * page:start. Each message is made when its turn to go comes, so `held` is
 * what the worker has after applying it, in the order it applies them; a
 * worker that holds fewer (it restarted, a write failed) asks for everything
 * again. Nothing past the worker's per-tab cap is sent: it would be dropped
 * there anyway, after costing a clone and a validation.
 */
import type { Figure } from '@/lib/figure';
import { MAX_FIGURES_PER_TAB, type FiguresAddMessage, type FiguresRemoveMessage } from '@/lib/messages';

export class WorkerCopy {
  private readonly ids = new Set<string>();

  constructor(private readonly cap = MAX_FIGURES_PER_TAB) {}

  get held(): number {
    return this.ids.size;
  }

  /** A page:start goes out: the worker forgets the tab's figures. */
  reset(): void {
    this.ids.clear();
  }

  /** The add message for what still fits under the cap (a figure sent again replaces itself), or null when nothing does. */
  add(url: string, figures: readonly Figure[]): FiguresAddMessage | null {
    const fitting: Figure[] = [];
    for (const figure of figures) {
      if (!this.ids.has(figure.id) && this.ids.size >= this.cap) continue;
      this.ids.add(figure.id);
      fitting.push(figure);
    }
    return fitting.length > 0 ? { type: 'figures:add', url, figures: fitting, held: this.ids.size } : null;
  }

  /** The remove message for the ids the worker holds, or null when it holds none of them. */
  remove(url: string, ids: readonly string[]): FiguresRemoveMessage | null {
    const held = ids.filter((id) => this.ids.delete(id));
    return held.length > 0 ? { type: 'figures:remove', url, ids: held, held: this.ids.size } : null;
  }
}
