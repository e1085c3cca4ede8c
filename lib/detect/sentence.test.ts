import { describe, expect, it } from 'vitest';
import { SentenceFinder } from './sentence';

function sentenceOf(text: string, figure: string): string {
  const start = text.indexOf(figure);
  return new SentenceFinder(text).around(start, start + figure.length);
}

describe('the sentence around a figure', () => {
  it('ends at . ! ? before a space and a capital', () => {
    expect(sentenceOf('Sales fell. Profit rose 5 percent! Then what?', '5 percent')).toBe('Profit rose 5 percent!');
  });

  it('does not end at abbreviations, initials or decimal points', () => {
    const text = 'Mr. Wang said U.S. sales rose 9.8 percent in Jan. to a record. Next.';
    expect(sentenceOf(text, '9.8 percent')).toBe('Mr. Wang said U.S. sales rose 9.8 percent in Jan. to a record.');
  });

  it('does not end where a lower-case word follows the point', () => {
    expect(sentenceOf('Output rose 3 pct. vs. a year ago, officials said. Next one.', '3 pct')).toBe('Output rose 3 pct. vs. a year ago, officials said.');
  });

  it('ends at 。！？ and keeps closing quotes', () => {
    expect(sentenceOf('他说：“增长5%。”随后离开。', '5%')).toBe('他说：“增长5%。”');
  });

  it('ends at line breaks: a menu line is its own sentence', () => {
    expect(sentenceOf('NEWS\nGDP grew 5%\nMORE', '5%')).toBe('GDP grew 5%');
  });

  it('is trimmed, and the offset points at the figure', () => {
    const text = 'First.   Then 5% came.  ';
    const finder = new SentenceFinder(text);
    const s = finder.around(text.indexOf('5%'), text.indexOf('5%') + 2);
    expect(s).toBe('Then 5% came.');
    expect(s.slice(finder.offset, finder.offset + 2)).toBe('5%');
  });

  it('serves figures in order, sharing one sentence', () => {
    const text = 'Sales fell. It rose 5% and 6% and 7%. Then 8%.';
    const finder = new SentenceFinder(text);
    const at = (f: string, from = 0) => text.indexOf(f, from);
    expect(['5%', '6%', '7%'].map((f) => finder.around(at(f), at(f) + 2))).toEqual(Array(3).fill('It rose 5% and 6% and 7%.'));
    expect(finder.around(at('8%'), at('8%') + 2)).toBe('Then 8%.');
  });
});
