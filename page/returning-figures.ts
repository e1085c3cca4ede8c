/**
 * Figures taken off the page (or about to be read again), by what they say,
 * so the same figure read again takes back its id: first come, first served,
 * the one still at the same text first.
 */
import type { Figure } from '@/lib/figure';
import type { Placed } from './figure-index';

/** What a figure says, apart from where it is and its id. */
function keyOf(f: Figure): string {
  return JSON.stringify([f.kind, f.text, f.sentence, f.sentenceOffset, f.value, f.valueMax, f.currency, f.unit, f.noun, f.scale, f.hedge?.text, f.hedge?.bound, f.lang]);
}

/** Two figures that say the same (same key): whether they are also at the same place. */
export function sameRecord(a: Figure, b: Figure): boolean {
  return a.start === b.start && a.end === b.end && a.equivalentOf === b.equivalentOf;
}

export class ReturningFigures {
  private readonly byKey = new Map<string, Placed[]>();

  add(placed: readonly Placed[]): void {
    for (const p of placed) {
      const key = keyOf(p.figure);
      const list = this.byKey.get(key);
      if (list) list.push(p);
      else this.byKey.set(key, [p]);
    }
  }

  take(figure: Figure, range: Range): Placed | undefined {
    // A page's first read has nothing to give back: no key to make for each of its figures.
    if (this.byKey.size === 0) return undefined;
    const list = this.byKey.get(keyOf(figure));
    if (!list?.length) return undefined;
    const here = list.findIndex((p) => p.range.startContainer === range.startContainer && p.range.startOffset === range.startOffset);
    return list.splice(Math.max(0, here), 1)[0];
  }

  /** What was not taken back: it left the page. */
  leftovers(): Placed[] {
    return [...this.byKey.values()].flat();
  }
}
