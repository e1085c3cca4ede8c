import { describe, expect, it } from 'vitest';
import type { Figure } from '@/lib/figure';
import { sameFigure } from './card-host';

const figure: Figure = { id: 'f40', text: '5 percent', start: 40, end: 49, kind: 'percent', value: 5, unit: '%', sentence: 'up 5 percent', sentenceOffset: 3, lang: 'en' };

describe('the card shows the worker’s meaning only for the figure on the page', () => {
  it('the same figure, normalized: shown', () => {
    expect(sameFigure({ ...figure, role: 'growth' }, figure)).toBe(true);
  });

  it('the id now names another figure (another text, or the same text elsewhere), or none: the page’s own figure is shown', () => {
    expect(sameFigure({ ...figure, text: '6 percent', end: 49 }, figure)).toBe(false);
    expect(sameFigure({ ...figure, start: 90, end: 99 }, figure)).toBe(false);
    expect(sameFigure(null, figure)).toBe(false);
  });
});
