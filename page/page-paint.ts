/**
 * What of the page's figures is painted: those within a screenful of the
 * viewport (PaintWindow), painted and erased as our own DOM changes (quietly),
 * and what leaves the page told to whoever shows it (the card).
 */
import type { Painter } from './painter';
import { PaintWindow } from './paint-window';
import type { FigureIndex, Placed } from './figure-index';

export interface PagePaintDeps {
  painter: Painter;
  win: Window & typeof globalThis;
  quietly: <T>(change: () => T) => T;
  onGone: (gone: readonly Placed[]) => void;
  /** The page's figures, and those of a full read under way. */
  indexes: () => { figures: FigureIndex; incoming: FigureIndex | null };
}

export class PagePaint {
  private readonly window: PaintWindow<Placed>;

  constructor(private readonly deps: PagePaintDeps) {
    this.window = new PaintWindow<Placed>({
      paint: (run) => this.paint(run),
      erase: (run) => this.unpaint(run),
      isPainted: (placed) => placed.paint !== null,
      keepPainted: deps.painter.touchesDom,
      win: deps.win,
    });
  }

  /** Figures to paint once they come near the viewport. */
  show(placed: readonly Placed[]): void {
    this.window.add(placed);
  }

  eraseAll(): void {
    const { figures, incoming } = this.deps.indexes();
    this.window.clear();
    this.deps.quietly(() => this.deps.painter.eraseAll());
    for (const index of [figures, incoming]) for (const placed of index?.all() ?? []) placed.paint = null;
  }

  /** Figures that left the page: unpainted, and told. */
  erase(gone: readonly Placed[]): readonly Placed[] {
    if (gone.length === 0) return gone;
    this.window.remove(gone);
    this.deps.onGone(gone);
    return gone;
  }

  private paint(run: readonly Placed[]): void {
    const { painter } = this.deps;
    const live = run.filter((p) => !p.gone);
    const paints = this.deps.quietly(() => painter.paint(live.map((p) => ({ kind: p.figure.kind, range: p.range }))));
    live.forEach((placed, i) => {
      placed.paint = paints[i]!;
      if (painter.touchesDom) this.deps.indexes().figures.link(placed, painter.nodesOf(placed.paint));
    });
  }

  private unpaint(run: readonly Placed[]): void {
    this.deps.quietly(() => {
      for (const placed of run) {
        if (placed.paint) this.deps.painter.erase(placed.paint);
        placed.paint = null;
      }
    });
  }
}
