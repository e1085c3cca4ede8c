import { describe, expect, it } from 'vitest';
import { detectFigures } from '.';
import { count, see } from '@/lib/detect/see.test-helper';

describe('counts: nouns a reader of economic news meets', () => {
  it.each([
    ['Statistics Canada said 1.4 million Canadians were out of work.', count('1.4 million Canadians', 1.4e6, 'Canadians')],
    ['The storm stranded 80 fishermen and 12 businessmen.', count('80 fishermen', 80, 'fishermen'), count('12 businessmen', 12, 'businessmen')],
    ['Only 4 MPs voted against the bill, which covers 300 SMEs.', count('4 MPs', 4, 'MPs'), count('300 SMEs', 300, 'SMEs')],
  ])('English: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('a verb after the number is not its noun: "16 saw profits" counts no "saw profits"', () => {
    // xinhua.net, listed firms' annual profits
    const s = 'Among these firms, 13 reported that their net profits exceeded 10 billion yuan while 16 saw profits more than doubled.';
    expect(detectFigures(s).filter((f) => f.kind === 'count').map((f) => f.noun)).not.toContain('saw profits');
  });

  it('names stay names: "5 Guys", "iPhone 15 screens"', () => {
    expect(see('5 Guys opened outlets; iPhone 15 screens were cheaper.')).toEqual([]);
  });

  it.each([
    ['展会吸引了数十家企业参展，几百名工人参与。', '数十家', 20, '几百名', 200],
    ['展會吸引了數十家企業參展，數千名工人參與。', '數十家', 20, '數千名', 2000],
  ])('a vague number is a count with its lower bound: %s', (sentence, a, va, b, vb) => {
    const figures = detectFigures(sentence);
    expect(figures.map((f) => [f.text, f.kind, f.value, f.vague])).toEqual([
      [a, 'count', va, true],
      [b, 'count', vb, true],
    ]);
  });

  it('百 and 千 alone stay words: 百家争鸣, 千家万户', () => {
    expect(see('百家争鸣，千家万户。')).toEqual([]);
  });
});
