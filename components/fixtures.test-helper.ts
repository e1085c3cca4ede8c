/**
 * Figures built by hand after lib/figure.ts: the seed article as the detector
 * alone delivers it (no normalization yet), the same figures fully normalized
 * for a reader in US dollars, and a Chinese article.
 */
import type { Figure, PageInfo } from '@/lib/figure';

let offset = 0;

/** A figure found at `text` inside `sentence` (the first occurrence), with page offsets that keep increasing. */
function fig(id: string, sentence: string, text: string, rest: Partial<Figure> & Pick<Figure, 'kind' | 'value'>): Figure {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`${text} is not in ${sentence}`);
  offset += 200;
  return { id, text, start: offset + at, end: offset + at + text.length, sentence, sentenceOffset: at, lang: rest.lang ?? 'en', ...rest };
}

const GDP = "Guangdong's GDP is projected to surpass a milestone of 14 trillion yuan (US$ 1.9 trillion) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.";
const TRADE = "The province's import and export volume exceeded 9 trillion yuan, reflecting a 9.8 percent year-on-year growth rate and contributing 38.7 percent to the national trade increment.";
const TARGET = "For 2025, the province's GDP growth target is set at around 5 percent, according to the government work report.";
const FIRMS = 'Guangdong is home to approximately 77,000 high-tech enterprises, with its regional innovation capability ranking first in China for eight consecutive years.';
const LOANS = 'New measures in science and technology finance led to a 23 percent increase in the balance of technology loans in the province last year, Wang noted.';
const LOW_ALT = "The low-altitude economy has also gained traction, attracting over 30 percent of the country's industrial chain enterprises.";

export const SEED_PAGE: PageInfo = {
  url: 'http://www.lifeofguangzhou.com/content/202501/16/170602_54776028.htm',
  title: 'New productive forces fuel growth in Guangdong',
  lang: 'en',
  publishedAt: '2025-01-16',
  publishedFrom: 'byline',
};

/** The seed article's figures as the detector gives them: nothing normalized. */
export function seedDetected(): Figure[] {
  offset = 0;
  return [
    fig('f1', GDP, '14 trillion yuan', { kind: 'money', value: 14e12, currency: 'CNY', scale: 1e12 }),
    fig('f2', GDP, 'US$ 1.9 trillion', { kind: 'money', value: 1.9e12, currency: 'USD', scale: 1e12, equivalentOf: 'f1' }),
    fig('f3', TRADE, '9 trillion yuan', { kind: 'money', value: 9e12, currency: 'CNY', scale: 1e12, hedge: { text: 'exceeded', bound: 'above' } }),
    fig('f4', TRADE, '9.8 percent', { kind: 'percent', value: 9.8, unit: '%' }),
    fig('f5', TRADE, '38.7 percent', { kind: 'percent', value: 38.7, unit: '%' }),
    fig('f6', TARGET, '5 percent', { kind: 'percent', value: 5, unit: '%', hedge: { text: 'around', bound: 'approx' } }),
    fig('f7', FIRMS, '77,000 high-tech enterprises', { kind: 'count', value: 77000, noun: 'high-tech enterprises' }),
    fig('f8', LOANS, '23 percent', { kind: 'percent', value: 23, unit: '%' }),
    fig('f9', LOW_ALT, '30 percent', { kind: 'percent', value: 30, unit: '%', hedge: { text: 'over', bound: 'above' } }),
  ];
}

const CNY_USD_2024 = { rate: 0.138889, rateKind: 'annual-average' as const, ratePeriod: '2024', source: 'ECB euro foreign exchange reference rates, 2024 annual average' };

/** The seed article's figures after normalization and notes, for a reader in US dollars. */
export function seedNormalized(): Figure[] {
  const [gdp, usd, trade, growth, share, target, firms, loans, lowAlt] = seedDetected() as [Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure];
  return [
    {
      ...gdp,
      year: 2024,
      period: { year: 2024, fromMonth: 1, toMonth: 12, label: '2024' },
      normalized: { value: 14e12 * CNY_USD_2024.rate, currency: 'USD', ...CNY_USD_2024 },
      notes: [
        {
          type: 'conversion-check',
          text: 'The article gives US$ 1.9 trillion; at the 2024 average rate 14 trillion yuan is US$ 1.94 trillion (2.1% apart).',
          value: 1.944e12,
          currency: 'USD',
          flagged: true,
        },
      ],
    },
    {
      ...usd,
      year: 2024,
      normalized: { value: 1.9e12, currency: 'USD', rate: 1, rateKind: 'annual-average', ratePeriod: '2024', source: 'ECB euro foreign exchange reference rates, 2024 annual average (no conversion: already USD)' },
    },
    {
      ...trade,
      year: 2024,
      normalized: { value: 9e12 * CNY_USD_2024.rate, currency: 'USD', ...CNY_USD_2024 },
    },
    {
      ...growth,
      year: 2024,
      role: 'growth',
      basis: 'yoy',
      subject: 'f3',
      notes: [{ type: 'implied-prior', text: 'Implies about 8.2 trillion yuan in 2023 (9 trillion ÷ 1.098).', value: 8.197e12, currency: 'CNY', year: 2023 }],
    },
    { ...share, year: 2024, role: 'share', notes: [{ type: 'share-of', text: '38.7% of the national trade increment.' }] },
    { ...target, year: 2025, role: 'target', notes: [{ type: 'target-vs-actual', text: 'A target for 2025, not an outcome.', year: 2025 }] },
    { ...firms, year: 2024 },
    {
      ...loans,
      year: 2024,
      role: 'growth',
      basis: 'yoy',
      notes: [{ type: 'relative-year', text: '"Last year" read as 2024 from the publication date 2025-01-16.', year: 2024 }],
    },
    { ...lowAlt, role: 'level' },
  ];
}

const ZH_GDP = '2024年广东地区生产总值突破14万亿元，增长3.5%。';
const ZH_TRADE = '全省进出口总额超过9万亿元，同比增长9.8%，占全国外贸增量的38.7%。';
const ZH_FIRMS = '全省高新技术企业约7.7万家，区域创新能力连续八年全国第一。';
const ZH_WEIRD = '=HYPERLINK("http://evil.example","点击")，约5亿元。';

export const ZH_PAGE: PageInfo = {
  url: 'https://www.chinadaily.com.cn/a/202501/16/WS0001.html',
  title: '新质生产力推动广东经济增长',
  lang: 'zh',
};

/** A Chinese article, normalized for a reader in euros, with no publication date. */
export function zhNormalized(): Figure[] {
  offset = 0;
  const rate = { rate: 0.128, rateKind: 'annual-average' as const, ratePeriod: '2024', source: 'ECB euro foreign exchange reference rates, 2024 annual average' };
  return [
    fig('z1', ZH_GDP, '14万亿元', { kind: 'money', value: 14e12, currency: 'CNY', scale: 1e12, lang: 'zh', year: 2024, normalized: { value: 14e12 * 0.128, currency: 'EUR', ...rate } }),
    fig('z2', ZH_GDP, '3.5%', { kind: 'percent', value: 3.5, unit: '%', lang: 'zh', year: 2024, role: 'growth', basis: 'yoy' }),
    fig('z3', ZH_TRADE, '9万亿元', { kind: 'money', value: 9e12, currency: 'CNY', scale: 1e12, lang: 'zh', year: 2024, normalized: { value: 9e12 * 0.128, currency: 'EUR', ...rate } }),
    fig('z4', ZH_TRADE, '9.8%', {
      kind: 'percent', value: 9.8, unit: '%', lang: 'zh', year: 2024, role: 'growth', basis: 'yoy',
      notes: [{ type: 'implied-prior', text: '上年约为8.2万亿元（9万亿元 ÷ 1.098）。', value: 8.197e12, currency: 'CNY', year: 2023 }],
    }),
    fig('z5', ZH_TRADE, '38.7%', { kind: 'percent', value: 38.7, unit: '%', lang: 'zh', role: 'share' }),
    fig('z6', ZH_FIRMS, '7.7万家', { kind: 'count', value: 77000, noun: '家', scale: 1e4, lang: 'zh' }),
    fig('z7', ZH_WEIRD, '5亿元', { kind: 'money', value: 5e8, currency: 'CNY', scale: 1e8, lang: 'zh', unconverted: 'no rate' }),
  ];
}
