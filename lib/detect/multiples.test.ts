/**
 * Growth written as a verb of multiples: "tripled", "more than doubling",
 * 翻了一番 — a figure in its own right (a percent with unit x, role growth),
 * as "grew 2.5-fold" and 增长1.6倍 are. Sentences from real pages or written
 * as they write.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { analyzePage } from '@/lib/analyze';

const multiples = (text: string) => detectFigures(text).filter((f) => f.unit === 'x').map((f) => [f.text, f.value, f.hedge?.bound ?? null, f.lang]);

describe('verbs of multiples', () => {
  it.each([
    // chinadaily.com.cn, 2021-08 (NEV sales)
    ['Sales of new energy vehicles are expected to keep growing, more than tripling from 2020 to 2025.', 'tripling', 3, 'above', 'en'],
    // xinhua, listed firms' annual profits
    ['Net profits of the 18 firms more than doubled from a year earlier.', 'doubled', 2, 'above', 'en'],
    ['Shipments of the chips quadrupled to 3.1 million units in the quarter.', 'quadrupled', 4, null, 'en'],
    ['Online sales doubles every three years, the report said.', 'doubles', 2, null, 'en'],
    ['2023年全市经济总量比2010年翻了一番。', '翻了一番', 2, null, 'zh'],
    ['新能源汽车产量实现翻番。', '翻番', 2, null, 'zh'],
    ['十年間出口額翻兩番。', '翻兩番', 4, null, 'zh'],
  ])('%s', (sentence, text, value, bound, lang) => {
    expect(multiples(sentence)).toEqual([[text, value, bound, lang]]);
  });

  it('are growth, in both languages and both scripts', () => {
    const page = { url: 'https://example.com/a', title: '', lang: 'en' as const, publishedAt: '2024-03-01', publishedFrom: 'meta' as const };
    for (const sentence of ['In 2023, exports tripled to 3 million units.', '2023年出口额翻了一番。', '2023年出口額翻兩番。']) {
      const figure = analyzePage(page, detectFigures(sentence), { readerCurrency: 'USD', locale: 'en' }).find((f) => f.unit === 'x');
      expect(figure?.role, sentence).toBe('growth');
    }
  });

  it('an adjective or an idiom is no multiple', () => {
    for (const sentence of ['The bank doubled down on its bets.', 'The hall doubles as a venue for the fair.', 'It reported double-digit growth and a triple-A rating.', '他翻了翻文件。']) {
      expect(multiples(sentence), sentence).toEqual([]);
    }
  });
});
