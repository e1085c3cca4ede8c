/** What every Figure from the detector promises its readers (lib/figure.ts, lib/messages.ts). */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { MAX_FIGURE_TEXT, MAX_NOUN, MAX_SENTENCE } from '@/lib/figure';
import { parseContentMessage } from '@/lib/messages';
import { chinese, english } from '@/lib/detect/labelled';

const everything = [...english, ...chinese].map((l) => l.sentence).join('\n');

describe('the Figure record', () => {
  it('has exact UTF-16 offsets, an id from its start, and its text at sentenceOffset in its sentence', () => {
    const figures = detectFigures(everything);
    expect(figures.length).toBeGreaterThan(300);
    for (const f of figures) {
      expect(f.text).toBe(everything.slice(f.start, f.end));
      expect(f.id).toBe(`f${f.start}`);
      expect(f.sentence.slice(f.sentenceOffset, f.sentenceOffset + f.text.length)).toBe(f.text);
      expect(f.sentence).toBe(f.sentence.trim());
    }
  });

  it('fills what each kind requires: currency (ISO 4217) for money, unit for percent, noun for counts', () => {
    for (const f of detectFigures(everything)) {
      if (f.kind === 'money') expect(f.currency).toMatch(/^[A-Z]{3}$/);
      if (f.kind === 'percent') expect(['%', 'pp', 'bp']).toContain(f.unit);
      if (f.kind === 'count') expect(f.noun?.length).toBeGreaterThan(0);
    }
  });

  it('passes the background worker’s validation, field by field', () => {
    const figures = detectFigures(everything);
    for (let i = 0; i < figures.length; i += 1000) {
      const batch = figures.slice(i, i + 1000);
      const parsed = parseContentMessage({ type: 'figures:add', url: 'https://example.com/', figures: batch });
      expect(parsed).toEqual({ ok: true, value: { type: 'figures:add', url: 'https://example.com/', figures: batch } });
    }
  });

  it('names the lexicon that matched: zh for Chinese words, en for English, the page for bare symbols', () => {
    const lang = (text: string, hint?: string) => detectFigures(text, { lang: hint })[0]?.lang;
    expect(lang('增长9.8%左右')).toBe('zh');
    expect(lang('14 trillion yuan')).toBe('en');
    expect(lang('总额1.2万亿元', 'en')).toBe('zh');
    expect(lang('up 5%', 'zh-CN')).toBe('zh');
    expect(lang('up 5%', 'en')).toBe('en');
    expect(lang('同比增长5%。')).toBe('zh');
    expect(lang('growth of 5%.')).toBe('en');
  });

  it('gives the scale word as written', () => {
    const scale = (text: string) => detectFigures(text)[0]?.scale;
    expect(scale('14 trillion yuan')).toBe(1e12);
    expect(scale('£17.4bn')).toBe(1e9);
    expect(scale('14万亿元')).toBe(1e12);
    expect(scale('300亿元')).toBe(1e8);
    expect(scale('500 yuan')).toBeUndefined();
  });

  it('gives a figure in a sentence longer than MAX_SENTENCE the piece of it that holds the figure (long-sentences.test-helper.ts)', () => {
    const long = `${'word '.repeat(400)}the rate was 9.8 percent ${'and more '.repeat(300)}.`;
    const [f] = detectFigures(long);
    expect(f!.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(f!.sentence.slice(f!.sentenceOffset, f!.sentenceOffset + f!.text.length)).toBe('9.8 percent');
  });

  it('keeps text and noun within the message limits', () => {
    const text = `There are 5 ${'very '.repeat(40)}large firms and 77,000 high-tech enterprises.`;
    for (const f of detectFigures(text)) {
      expect(f.text.length).toBeLessThanOrEqual(MAX_FIGURE_TEXT);
      if (f.noun) expect(f.noun.length).toBeLessThanOrEqual(MAX_NOUN);
    }
  });

  it('is sorted and never overlaps', () => {
    const figures = detectFigures(everything);
    for (let i = 1; i < figures.length; i++) expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
  });
});
