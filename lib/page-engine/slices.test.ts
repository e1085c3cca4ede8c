import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect/index';
import type { Figure } from '@/lib/figure';
import { detectSlice } from './slices';

/** Sentences that trip a cut at ". " or a space: initials, abbreviations, a restatement, Chinese. */
const SENTENCES = [
  'The U.S. economy grew 2.5 percent in 2024, while exports to the U.S. rose 3 percent.',
  'Mr. Wang said revenue reached 14 trillion yuan (US$ 1.9 trillion), up 5.2 percent from a year earlier.',
  '全年进出口总额达10.52万亿元，同比增长9.8%。',
  'Retail sales gained 4.1 percent; factory output climbed 6.4 percent, and 77,000 high-tech firms filed returns.',
  'Jan. 28 figures showed 1.5 trillion yuan in new loans, about 12% more than expected.',
];

/** A clause of an overlong sentence: commas only, no full stop for well over MAX_SENTENCE characters. */
const clause = (i: number) => `in district ${i} spending on roads and schools rose ${(i % 9) + 1}.${i % 10} percent to ${i + 2} billion yuan`;

/** One paragraph, no block break anywhere: ordinary sentences with an overlong one every so often. */
function longParagraph(sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) {
    parts.push(SENTENCES[i % SENTENCES.length]!);
    if (i % 17 === 16) parts.push(`${Array.from({ length: 14 }, (_, k) => clause(i + k)).join(', ')}.`);
  }
  return parts.join(' ');
}

function sliced(text: string, size: number, lang = 'en'): Figure[] {
  const out: Figure[] = [];
  for (let from = 0; from < text.length; ) {
    const slice = detectSlice(text, from, size, (piece) => detectFigures(piece, { lang }));
    expect(slice.next).toBeGreaterThan(from);
    out.push(...slice.figures);
    from = slice.next;
  }
  return out;
}

describe('detection in slices finds what detection of the whole text finds', () => {
  const text = longParagraph(120);
  const whole = detectFigures(text, { lang: 'en' });

  it('in one long paragraph, at any slice size: every figure, sentence, offset and equivalent', () => {
    expect(text).not.toContain('\n');
    expect(whole.some((f) => f.sentence.length > 900)).toBe(true);
    for (const size of [1000, 1500, 2345, 4000, 12_000]) expect(sliced(text, size), `size ${size}`).toEqual(whole);
  });

  it('with block breaks: slices end at them', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => longParagraph(3 + (i % 5))).join('\n');
    expect(sliced(blocks, 1000)).toEqual(detectFigures(blocks, { lang: 'en' }));
  });

  it('a slice ends at a block break when one is in reach, and reads no further', () => {
    const text = `${'a'.repeat(700)}\n${'b'.repeat(700)}`;
    expect(detectSlice(text, 0, 1000, () => [])).toMatchObject({ next: 701, read: 701 });
  });

  it('a long block is read a bounded stretch at a time', () => {
    for (let from = 0, slices = 0; from < text.length; slices++) {
      const slice = detectSlice(text, from, 1000, (piece) => detectFigures(piece, { lang: 'en' }));
      expect(slice.read).toBeLessThanOrEqual(1002 + 1600);
      from = slice.next;
      expect(slices).toBeLessThan(text.length / 100);
    }
  });
});
