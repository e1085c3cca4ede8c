import { describe, expect, it } from 'vitest';
import type { Figure } from './figure';
import { mergeInPageOrder } from './page-order';

const at = (start: number, id = `f${start}`): Figure => ({ id, text: '5%', start, end: start + 2, kind: 'percent', value: 5, unit: '%', sentence: '5%', sentenceOffset: 0, lang: 'en' });
const starts = (figures: Figure[]) => figures.map((f) => f.start);

describe('a tab’s figures in page order', () => {
  it('a batch after everything is appended; one mid-page goes where its offsets say', () => {
    const held = [at(0), at(100), at(200)];
    expect(starts(mergeInPageOrder(held, [at(300), at(400)]))).toEqual([0, 100, 200, 300, 400]);
    expect(starts(mergeInPageOrder(held, [at(120), at(150)]))).toEqual([0, 100, 120, 150, 200]);
  });

  it('a batch out of order (a list re-rendered in a new order) is sorted first', () => {
    expect(starts(mergeInPageOrder([at(0), at(500)], [at(300), at(100)]))).toEqual([0, 100, 300, 500]);
  });

  it('at the same offset the figure held comes first, and the list held is not changed', () => {
    const held = [at(0), at(100, 'old')];
    expect(mergeInPageOrder(held, [at(100, 'new')]).map((f) => f.id)).toEqual(['f0', 'old', 'new']);
    expect(held.map((f) => f.id)).toEqual(['f0', 'old']);
  });
});
