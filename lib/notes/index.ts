/**
 * Notes: short sentences that show their own arithmetic, attached to the
 * figures they explain. Each note type is one rule (a small module); this
 * entry runs them all over a page of normalized figures.
 */
import type { Figure, Note, PageInfo } from '../figure';
import type { RateTable } from '../rates';
import { CHECK_RULES } from './checks';
import { noteContext, type NoteRule } from './context';
import { conversionCheck } from './conversion-check';
import { impliedPrior } from './implied-prior';
import { relativeYear } from './relative-year';
import { shareOf } from './share-of';
import { streak } from './streak';
import { targetVsActual } from './target-vs-actual';

export interface NoteOptions {
  /** The language notes are written in and numbers formatted for ("en-US", "zh-CN"); default English. */
  locale?: string;
  rates?: RateTable;
}

/** In the order a reader meets them on a figure. */
const RULES: NoteRule[] = [relativeYear, impliedPrior, conversionCheck, targetVsActual, shareOf, streak, ...CHECK_RULES];

/** Figures (already normalized) with their notes; the input is not changed. */
export function addNotes(figures: readonly Figure[], page: PageInfo, options: NoteOptions = {}): Figure[] {
  const ctx = noteContext(figures, page, options);
  const notes = new Map<string, Note[]>();
  const withheld = new Map<string, string[]>();
  for (const rule of RULES) {
    for (const found of rule(ctx)) {
      const { on } = found;
      if ('withheld' in found) {
        const list = withheld.get(on.id) ?? [];
        if (!list.includes(found.withheld)) withheld.set(on.id, [...list, found.withheld]);
        continue;
      }
      const { note } = found;
      const list = notes.get(on.id);
      if (!list) notes.set(on.id, [note]);
      else if (!list.some((n) => n.type === note.type && n.text === note.text)) list.push(note);
    }
  }
  return figures.map((f) => {
    const { notes: _old, withheld: _was, ...rest } = f;
    const found = notes.get(f.id);
    const why = withheld.get(f.id);
    return { ...rest, ...(found ? { notes: found } : {}), ...(why ? { withheld: why } : {}) };
  });
}
