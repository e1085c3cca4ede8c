/**
 * A sentence longer than MAX_SENTENCE is cut into consecutive pieces at
 * clause boundaries, and every figure of a piece gets that piece as its
 * sentence: normalization and notes group figures by where their sentence
 * starts, so two figures of one clause must never get two windows.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { MAX_SENTENCE, type Figure } from '@/lib/figure';
import { LONG_EN, LONG_ZH } from '@/lib/detect/long-sentences.test-helper';

const startOf = (f: Figure) => f.start - f.sentenceOffset;

/** The pieces the figures of `text` stand in, in order, each checked against the text it came from. */
function pieces(text: string, lang?: string): { start: number; sentence: string; figures: string[] }[] {
  const out: { start: number; sentence: string; figures: string[] }[] = [];
  for (const f of detectFigures(text, { lang })) {
    expect(text.slice(startOf(f), startOf(f) + f.sentence.length)).toBe(f.sentence);
    const last = out.at(-1);
    if (last?.start === startOf(f)) {
      expect(f.sentence).toBe(last.sentence);
      last.figures.push(f.text);
    } else out.push({ start: startOf(f), sentence: f.sentence, figures: [f.text] });
  }
  return out;
}

describe('the 1,045-character sentences', () => {
  it('English: cut once, after the last comma that fits; both figures in the first piece with "In 2024"', () => {
    expect(LONG_EN).toHaveLength(1045);
    const [first, ...rest] = pieces(LONG_EN, 'en');
    expect(rest).toEqual([]);
    expect(first!.figures).toEqual(['9 trillion yuan', '9.8 percent']);
    expect(first!.start).toBe(0);
    expect(first!.sentence).toMatch(/^In 2024, .* reported record orders during the autumn shopping festivals,$/);
    expect(first!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('Chinese: cut after a ，', () => {
    expect(LONG_ZH).toHaveLength(1045);
    const [first, ...rest] = pieces(LONG_ZH, 'zh');
    expect(rest).toEqual([]);
    expect(first!.figures).toEqual(['9万亿元', '9.8%', '一半']);
    expect(first!.sentence).toMatch(/^2024年，面对.*，$/);
    expect(first!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('the rest of the sentence is the next piece, starting where the first ends', () => {
    const text = LONG_EN.replace('cut clearance times to three hours.', 'handled goods worth 1.2 trillion yuan.');
    const [first, second] = pieces(text, 'en');
    expect(second!.figures).toEqual(['1.2 trillion yuan']);
    expect(text.slice(first!.start + first!.sentence.length, second!.start)).toBe(' ');
    expect(second!.sentence).toBe('and customs offices in Huangpu and Shekou handled goods worth 1.2 trillion yuan.');
  });

  it('a sentence under MAX_SENTENCE is not cut', () => {
    const short = LONG_EN.replace(/, while processing trade.*(?=\.$)/, '');
    expect(short.length).toBeLessThan(MAX_SENTENCE);
    expect(pieces(short, 'en')).toEqual([{ start: 0, sentence: short, figures: ['9 trillion yuan', '9.8 percent'] }]);
  });
});

describe('where an overlong sentence is cut', () => {
  /** A clause of a trade report, numbered so that no two read alike. */
  const clause = (i: number) => `exports of product line ${String.fromCharCode(65 + (i % 26))} rose ${i + 1} percent`;

  it('after a semicolon rather than a comma, when one stands in the back half of the piece', () => {
    const clauses = Array.from({ length: 40 }, (_, i) => clause(i));
    const text = `${clauses.slice(0, 20).join(', ')}; ${clauses.slice(20).join(', ')}.`;
    const semicolon = text.indexOf(';');
    expect(semicolon).toBeGreaterThan(MAX_SENTENCE / 2);
    expect(semicolon).toBeLessThan(MAX_SENTENCE);
    const [first, second] = pieces(text, 'en');
    expect(first!.sentence.endsWith('20 percent;')).toBe(true);
    expect(second!.sentence.startsWith('exports of product line U rose 21 percent,')).toBe(true);
  });

  it('never between an amount and its restatement (", or US$ …")', () => {
    const filler = Array.from({ length: 22 }, (_, i) => clause(i)).join(', ');
    const text = `${filler}, and the province's output reached 14 trillion yuan, or US$ 1.9 trillion, the highest in the country, officials said.`;
    // The last comma within MAX_SENTENCE is the one before "or US$ 1.9 trillion".
    expect(text.lastIndexOf(', ', MAX_SENTENCE)).toBe(text.indexOf(', or US$'));
    const figures = detectFigures(text, { lang: 'en' });
    const yuan = figures.find((f) => f.text === '14 trillion yuan')!;
    const dollars = figures.find((f) => f.text === 'US$ 1.9 trillion')!;
    expect(dollars.equivalentOf).toBe(yuan.id);
    expect(startOf(dollars)).toBe(startOf(yuan));
  });

  it('at a space when the clauses have no commas, and inside a word only when there is no space', () => {
    const words = `${'the province reported steady progress '.repeat(30)}with exports up 5 percent.`;
    const [piece] = pieces(words, 'en');
    expect(piece!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(words[piece!.start - 1]).toBe(' ');
    expect(piece!.sentence.endsWith('with exports up 5 percent.')).toBe(true);
    const unbroken = '增长'.repeat(700) + '5%';
    const [zh] = pieces(unbroken, 'zh');
    expect(zh!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(zh!.sentence.endsWith('5%')).toBe(true);
  });

  it('never at a thousands comma', () => {
    const text = `${Array.from({ length: 60 }, (_, i) => `${i + 1},234 firms`).join(' and ')} were registered.`;
    for (const piece of pieces(text, 'en')) expect(piece.sentence).not.toMatch(/^,|^\d{3} firms|,$/);
  });

  it('3,000 characters of clauses: consecutive pieces, each within MAX_SENTENCE, every figure in one', () => {
    const text = `${Array.from({ length: 80 }, (_, i) => clause(i)).join(', ')}.`;
    expect(text.length).toBeGreaterThan(3000);
    const all = pieces(text, 'en');
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.flatMap((p) => p.figures)).toHaveLength(80);
    for (let i = 0; i < all.length; i++) {
      const p = all[i]!;
      expect(p.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
      if (i > 0) expect(text.slice(all[i - 1]!.start + all[i - 1]!.sentence.length, p.start)).toBe(' ');
      expect(p.sentence.endsWith(i === all.length - 1 ? 'percent.' : 'percent,')).toBe(true);
    }
  });
});
