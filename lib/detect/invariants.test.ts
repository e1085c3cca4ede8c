/**
 * Invariants for any input, and inputs built to make a careless scanner
 * backtrack or rescan. No timings here: a quadratic scanner would take
 * minutes on these inputs and fail by the test timeout, a linear one takes
 * well under a second.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import type { Figure } from '@/lib/figure';
import { MAX_FIGURE_TEXT, MAX_NOUN, MAX_SENTENCE } from '@/lib/figure';

/** What is wrong with a detector's answer, as readable lines; empty when it keeps every promise. */
function problems(text: string, figures: Figure[]): string[] {
  const out: string[] = [];
  let previousEnd = 0;
  let previous: Figure | undefined;
  const ids = new Set<string>();
  for (const f of figures) {
    const say = (what: string) => out.push(`${what}: ${JSON.stringify(f)}`);
    if (f.start < previousEnd) say('overlaps or is out of order');
    if (!(f.end > f.start && f.end <= text.length)) say('span out of bounds');
    if (f.text !== text.slice(f.start, f.end)) say('text is not the slice');
    if (f.text.length > MAX_FIGURE_TEXT) say('text too long');
    if (!Number.isFinite(f.value)) say('value not finite');
    if (f.valueMax !== undefined && !(f.valueMax > f.value)) say('valueMax not above value');
    if (f.sentence.length > MAX_SENTENCE) say('sentence too long');
    if (f.sentence.slice(f.sentenceOffset, f.sentenceOffset + f.text.length) !== f.text) say('sentenceOffset misses the text');
    const sentenceStart = f.start - f.sentenceOffset;
    if (text.slice(sentenceStart, sentenceStart + f.sentence.length) !== f.sentence) say('sentence is not the slice at its start');
    // Normalization groups figures by sentence start: one start, one sentence, and starts in text order.
    if (previous && previous.start - previous.sentenceOffset === sentenceStart && previous.sentence !== f.sentence) say('one start, two sentences');
    if (previous && previous.start - previous.sentenceOffset > sentenceStart) say('sentence starts before the previous one');
    previous = f;
    if (f.noun !== undefined && f.noun.length > MAX_NOUN) say('noun too long');
    if (ids.has(f.id)) say('id repeated');
    ids.add(f.id);
    previousEnd = f.end;
  }
  return out;
}

function expectWellFormed(text: string, figures: Figure[]): void {
  expect(problems(text, figures).slice(0, 5)).toEqual([]);
}

/** Characters the grammar cares about, so random strings hit its corners. */
const FIGURE_PIECES = [
  '0', '1', '5', '9', '12', '2024', ',', '.', ' ', '-', '–', '~', '%', '％', '$', 'US$', '¥', '€', '£', 'HK$', 'RMB',
  ' percent', ' per cent', ' percentage points', ' bps', ' million', ' billion', 'bn', 'm', 'k', ' yuan', ' dollars',
  ' to ', ' between ', ' and ', ' from ', 'about ', 'over ', 'minus ', ' companies', ' years', '(', ')', '\n', '. ',
  '万', '亿', '万亿', '元', '美元', '个百分点', '家', '人次', '年', '百分之', '成', '一', '两', '三', '十', '百', '千',
  '点', '多', '余', '约', '超过', '以上', '左右', '至', '第', '。', '，', '１', '４', 'A', 'th', 'G',
  // Issue 10: traditional script, quantities, multiples, minor units, lists, separators inside numbers.
  '億', '萬', '兆', '個百分點', '港幣', '倍', '吨', '噸', '万吨', '千瓦', '兆瓦', '标箱', ' tonnes', ' GW', ' MWh', ' cents',
  'p', '-fold', '-', 'pc', '$A', 'HK $', '、', '和', '\u2009', '\u00a0', '\u200b', '剩余', '（',
];
/** Words and clause marks of long sentences, where pieces are cut. */
const CLAUSE_PIECES = [', ', '; ', '，', '；', '、', ', or ', '，折合', 'the province said ', '外贸进出口', '😀', 'exports of goods ', '增长'];
const figureish = fc.array(fc.constantFrom(...FIGURE_PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('any text', () => {
  it('never throws, and every figure is well formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(undefined, 'en', 'zh', 'zh-CN', 'ja'), (text, lang) => {
        expectWellFormed(text, detectFigures(text, { lang }));
      }),
      { numRuns: 500 },
    );
  });

  it('holds on text made of the grammar’s own pieces', () => {
    fc.assert(
      fc.property(figureish, (text) => {
        expectWellFormed(text, detectFigures(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('holds in run-on sentences of several thousand characters, cut into pieces', () => {
    const runOn = fc
      .array(fc.constantFrom(...FIGURE_PIECES.filter((p) => !/[.。\n]/.test(p)), ...CLAUSE_PIECES), { minLength: 300, maxLength: 1500 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(runOn, fc.constantFrom(undefined, 'en', 'zh'), (text, lang) => {
        expectWellFormed(text, detectFigures(text, { lang }));
      }),
      { numRuns: 200 },
    );
  });

  it('holds with lone surrogates and binary noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(text, detectFigures(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(figureish, (text) => {
        expect(detectFigures(text)).toEqual(detectFigures(text));
      }),
      { numRuns: 300 },
    );
  });
});

/** A decimal as a writer would type it: grouped integer part, a few decimals. */
const written = fc.record({
  whole: fc.integer({ min: 0, max: 999_999_999_999 }),
  decimals: fc.stringMatching(/^[0-9]{0,3}$/),
});
const grouped = (n: number) => n.toLocaleString('en-US');
const plain = ({ whole, decimals }: { whole: number; decimals: string }) => (decimals ? `${whole}.${decimals}` : `${whole}`);
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\./g, '．');

describe('formatted numbers round-trip', () => {
  it('"<grouped> percent" reads back as the number written', () => {
    fc.assert(
      fc.property(written, (n) => {
        const text = `Growth was ${grouped(n.whole)}${n.decimals ? `.${n.decimals}` : ''} percent.`;
        const figures = detectFigures(text);
        expect(figures).toHaveLength(1);
        expect(figures[0]!.value).toBe(Number(plain(n)));
      }),
    );
  });

  it('"US$<grouped> million" is exactly the decimal written times a million', () => {
    fc.assert(
      fc.property(written, (n) => {
        const [f] = detectFigures(`It raised US$${grouped(n.whole)}${n.decimals ? `.${n.decimals}` : ''} million.`);
        expect(f?.value).toBe(Number(`${plain(n)}e6`));
      }),
    );
  });

  it('full-width digits read as their ASCII twins: "<n>亿元"', () => {
    fc.assert(
      fc.property(written, (n) => {
        const [f] = detectFigures(`总额${fullWidth(plain(n))}亿元。`);
        expect(f?.value).toBe(Number(`${plain(n)}e8`));
      }),
    );
  });

  it('Chinese numerals read back as the integer they spell: "<numerals>元"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 99_999_999 }), (n) => {
        const [f] = detectFigures(`收入${toChinese(n)}元。`);
        expect(f).toMatchObject({ kind: 'money', currency: 'CNY', value: n });
      }),
    );
  });
});

/** Standard Chinese numerals below 10⁸, written independently of the detector. */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千'];
  const section = (x: number): string => {
    let out = '';
    let zero = false;
    for (let p = 3; p >= 0; p--) {
      const d = Math.floor(x / 10 ** p) % 10;
      if (d === 0) zero = out !== '';
      else {
        out += (zero ? '零' : '') + digits[d] + units[p];
        zero = false;
      }
    }
    return out;
  };
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let out = high ? `${section(high)}万${low ? (low < 1000 ? '零' : '') + section(low) : ''}` : section(low);
  if (out.startsWith('一十')) out = out.slice(1);
  return out;
}

describe('inputs that make careless scanners backtrack or rescan', () => {
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

  it('1 MB of digits, commas, dots and spaces', () => {
    const next = random(7);
    const alphabet = '0123456789,,.. ';
    let text = '';
    while (text.length < 1_000_000) text += alphabet[Math.floor(next() * alphabet.length)];
    expectWellFormed(text, detectFigures(text));
  }, 30_000);

  it('100,000 repeats of "1,"', () => {
    const text = '1,'.repeat(100_000);
    const figures = detectFigures(text);
    expect(figures).toEqual([]);
  }, 30_000);

  it('100,000 repeats of "1%" and of "1.1."', () => {
    const percents = detectFigures('1%'.repeat(100_000));
    expect(percents).toHaveLength(100_000);
    expectWellFormed('1%'.repeat(100_000), percents);
    expect(detectFigures('1.1.'.repeat(100_000))).toEqual([]);
  }, 30_000);

  it('a megabyte with no sentence end, and one with no number', () => {
    const runOn = `${'about 5% more, '.repeat(70_000)}`;
    const figures = detectFigures(runOn);
    expect(figures).toHaveLength(70_000);
    expectWellFormed(runOn, figures);
    expect(detectFigures('一'.repeat(1_000_000))).toEqual([]);
    expect(detectFigures(' '.repeat(1_000_000))).toEqual([]);
  }, 30_000);

  it('a 5 MB page finds exactly its copies’ figures', () => {
    const article = [
      "Guangdong's GDP passed 14 trillion yuan (US$ 1.9 trillion) in 2024, up 5 percent.",
      '全年进出口总额超过9万亿元，同比增长9.8%，高新技术企业约7.5万家。',
      'Officials said the measures would be rolled out gradually across the province.',
    ].join('\n');
    const once = detectFigures(article).length;
    const copies = Math.ceil(5_000_000 / (article.length + 1));
    const page = Array.from({ length: copies }, () => article).join('\n');
    const figures = detectFigures(page);
    expect(page.length).toBeGreaterThanOrEqual(5_000_000);
    expect(figures).toHaveLength(once * copies);
  }, 60_000);
});
