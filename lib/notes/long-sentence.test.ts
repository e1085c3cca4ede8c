/**
 * A sentence longer than MAX_SENTENCE through the detector and analyzePage:
 * its figures keep their subject link, their year and their notes, as they
 * do in a shorter sentence (lib/detect/long-sentences.test-helper.ts for the cuts).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage, detectFigures, type Figure, type PageInfo } from '@/lib';
import { LONG_EN, LONG_ZH } from '@/lib/detect/long-sentences.test-helper';

function analyse(text: string, lang: 'en' | 'zh', locale: string) {
  const page: PageInfo = { url: 'https://example.com/trade', title: 'Trade', lang, publishedAt: '2025-01-16', publishedFrom: 'byline' };
  const figures = analyzePage(page, detectFigures(text, { lang }), { locale, readerCurrency: 'USD' });
  return (written: string): Figure => figures.find((f) => f.text === written)!;
}

describe('a 1,045-character sentence keeps what a short one has', () => {
  it('English: "9.8 percent" is the growth of "9 trillion yuan" in 2024, with its implied prior', () => {
    const get = analyse(LONG_EN, 'en', 'en-US');
    expect(get('9.8 percent')).toMatchObject({ role: 'growth', subject: get('9 trillion yuan').id, year: 2024 });
    expect(get('9 trillion yuan').year).toBe(2024);
    expect(get('9.8 percent').notes?.map((n) => n.text)).toEqual([
      'Over 9 trillion yuan in 2024, up 9.8% year on year → about 8.2 trillion Chinese yuan in 2023 (9 trillion ÷ 1.098).',
    ]);
  });

  it('Chinese: 9.8% is the growth of 9万亿元 in 2024, with its implied prior', () => {
    const get = analyse(LONG_ZH, 'zh', 'zh-CN');
    expect(get('9.8%')).toMatchObject({ role: 'growth', basis: 'yoy', subject: get('9万亿元').id, year: 2024 });
    expect(get('9.8%').notes?.map((n) => n.text)).toEqual(['2024年超过9万亿元，同比增长9.8% → 2023年约8.2万亿人民币（9万亿 ÷ 1.098）。']);
  });

  it('the same notes as the sentence cut short of MAX_SENTENCE', () => {
    const short = LONG_EN.replace(/, while processing trade.*(?=\.$)/, '');
    const notes = (text: string) => analyse(text, 'en', 'en-US')('9.8 percent').notes;
    expect(notes(LONG_EN)).toEqual(notes(short));
  });
});
