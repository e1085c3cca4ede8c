import { describe, expect, it } from 'vitest';
import type { Lang, TimeMark } from '@/lib/figure';
import { readTimeMarks } from '@/lib/normalize/marks';
import { TimeMarkReader } from './time-marks';

const ARTICLE = [
  'Review of the Work in 2019',
  'In 2019, the city grew fast. Exports rose for 20 consecutive years! Nothing else here.',
  '前三季度，',
  '全市经济保持稳定。二〇一九年是关键之年。',
].join('\n');

function readInSteps(text: string, step: number, read?: (text: string, lang: Lang) => TimeMark[]): TimeMarkReader {
  const reader = new TimeMarkReader(text, 'en', read);
  for (let to = step; !reader.done; to += step) reader.readTo(to);
  return reader;
}

describe('TimeMarkReader', () => {
  it('read a stretch at a time, finds what readTimeMarks of the whole text finds, at the same offsets', () => {
    const whole = readTimeMarks(ARTICLE, 'en');
    expect(whole.length).toBeGreaterThan(2);
    for (const step of [1, 7, 40, 1000]) expect(readInSteps(ARTICLE, step).marks, `step ${step}`).toEqual(whole);
  });

  it('a long paragraph without line breaks is cut at its sentence ends', () => {
    const text = 'In 2019, the city grew. '.repeat(400) + 'Done in 2020.';
    expect(readInSteps(text, 500).marks).toEqual(readTimeMarks(text, 'en'));
  });

  it('on a large page no stretch is longer than two slices: counted, not timed', () => {
    const text = ('In 2019, the city grew. Exports rose.\n' + 'The city grew. Exports rose.\n'.repeat(20) + 'x'.repeat(3000) + '\n').repeat(200);
    const lengths: number[] = [];
    const counting = (piece: string, lang: Lang) => (lengths.push(piece.length), readTimeMarks(piece, lang));
    const reader = readInSteps(text, 12_000, counting);
    // At most what the last cut held back plus one slice.
    expect(Math.max(...lengths)).toBeLessThanOrEqual(24_000);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(text.length);
    expect(reader.marks.length).toBeGreaterThan(0);
  });

  it('a sentence with no end at all is still cut once it is very long', () => {
    const text = 'x'.repeat(200_000);
    const lengths: number[] = [];
    readInSteps(text, 10_000, (piece) => (lengths.push(piece.length), []));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(70_000);
  });
});
