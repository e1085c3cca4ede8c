/**
 * Spec-test helper: the figures in a sentence, projected onto the labelled
 * set's shape so a test reads "sentence in, figures out" with the same
 * money(…)/pct(…)/count(…) builders.
 */
import { detectFigures } from '@/lib/detect';
import type { Expected } from '@/lib/detect/labelled/types';

export { bp, count, money, pct, pp, qty, times } from '@/lib/detect/labelled/types';

export function see(text: string, lang?: string): Expected[] {
  const figures = detectFigures(text, { lang });
  return figures.map((f) => {
    const e: Expected = { text: f.text, kind: f.kind, value: f.value };
    if (f.valueMax !== undefined) e.valueMax = f.valueMax;
    if (f.currency) e.currency = f.currency;
    if (f.unit) e.unit = f.unit;
    if (f.noun) e.noun = f.noun;
    if (f.hedge) e.hedge = f.hedge.bound;
    const of = figures.find((g) => g.id === f.equivalentOf);
    if (of) e.equivalentOf = of.text;
    return e;
  });
}

/** Just the highlighted texts, for tests about what is and is not a figure. */
export function texts(text: string, lang?: string): string[] {
  return detectFigures(text, { lang }).map((f) => f.text);
}
