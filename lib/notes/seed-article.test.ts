// @vitest-environment happy-dom
/**
 * The seed article through the whole pipeline, as the extension and the scan
 * CLI run it: the page's text model, its date from the byline, the detector,
 * then analyzePage. These tests need the full figure engine in lib/detect
 * (hedges, counts, restatements in brackets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPublishedDate } from '@/lib/normalize';
import { collectPublishedCandidates } from '@/page/published';
import { buildTextModel } from '@/page/text-model';
import { analyzePage, detectFigures, type Figure, type PageInfo } from '@/lib';

let page: PageInfo;
let figures: Figure[];
const byText = (text: string) => {
  const f = figures.find((g) => g.text === text);
  if (!f) throw new Error(`the detector found no "${text}" among: ${figures.map((g) => g.text).join(' | ')}`);
  return f;
};
const notesOf = (text: string) => (byText(text).notes ?? []).map((n) => n.text);

beforeAll(() => {
  const html = readFileSync(join(process.cwd(), 'e2e/pages/seed-article.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { text } = buildTextModel(doc.body);
  const published = findPublishedDate(collectPublishedCandidates(doc, text));
  page = { url: 'https://www.lifeofguangzhou.com/content/202501/16/170602_54776028.htm', title: doc.title, lang: 'en' };
  if (published) Object.assign(page, { publishedAt: published.date, publishedFrom: published.from });
  figures = analyzePage(page, detectFigures(text, { lang: 'en' }), { readerCurrency: 'USD', locale: 'en-US' });
});

describe('the seed article: "New productive forces fuel growth in Guangdong"', () => {
  it('is dated by its byline, UPDATED :2025-01-16', () => {
    expect(page).toMatchObject({ publishedAt: '2025-01-16', publishedFrom: 'byline' });
  });

  it('each figure’s year and role', () => {
    const table = Object.fromEntries(figures.map((f) => [f.text, [f.year, f.role ?? f.kind]]));
    expect(table).toMatchObject({
      '14 trillion yuan': [2024, 'money'],
      'US$ 1.9 trillion': [2024, 'money'],
      '9 trillion yuan': [2024, 'money'],
      '9.8 percent': [2024, 'growth'],
      '38.7 percent': [2024, 'share'],
      '5 percent': [2025, 'target'],
      '77,000 high-tech enterprises': [2024, 'count'],
      '23 percent': [2024, 'growth'],
      '30 percent': [2024, 'share'],
    });
  });

  it('9.8 percent is the year-on-year growth of the 9 trillion yuan of trade', () => {
    expect(byText('9.8 percent')).toMatchObject({ basis: 'yoy', subject: byText('9 trillion yuan').id });
  });

  it('14 trillion yuan is US$1.95 trillion at the 2024 average', () => {
    expect(byText('14 trillion yuan').normalized).toMatchObject({ currency: 'USD', rateKind: 'annual-average', ratePeriod: '2024' });
    expect(byText('14 trillion yuan').normalized!.value / 1e12).toBeCloseTo(1.946, 3);
  });

  it('the implied 2023 trade value', () => {
    expect(notesOf('9.8 percent')).toEqual([
      'Over 9 trillion yuan in 2024, up 9.8% year on year → about 8.2 trillion Chinese yuan in 2023 (9 trillion ÷ 1.098).',
    ]);
  });

  it('the check of "14 trillion yuan (US$ 1.9 trillion)": off the 2024 average, but the rate of January 2025 when it was written, so not flagged', () => {
    expect(notesOf('US$ 1.9 trillion')).toEqual([
      "14 trillion yuan (US$ 1.9 trillion) implies 7.37 CNY per USD; the 2024 ECB-based average was 7.19: the article's conversion is 2.4% off that, but within 2% of the January 2025 rate, when the page was published.",
    ]);
    expect(byText('US$ 1.9 trillion').notes![0]!.flagged).toBe(false);
  });

  it('the 2025 target of around 5 percent, on 2024’s GDP', () => {
    expect(notesOf('5 percent')).toEqual([
      '2025 target of about 5 percent growth on 14 trillion yuan in 2024 → about 14.7 trillion Chinese yuan in 2025, in 2024 prices (14 trillion × 1.05).',
    ]);
  });

  it('"36th consecutive year" → since 1989, and "eight consecutive years" → since 2017', () => {
    expect(notesOf('14 trillion yuan')).toEqual(['For the 36th consecutive year as of 2024 → every year since 1989 (2024 − 36 + 1).']);
    expect(notesOf('77,000 high-tech enterprises')).toEqual(['For eight consecutive years as of 2024 → every year since 2017 (2024 − 8 + 1).']);
  });

  it('"last year" is 2024 for an article of 2025-01-16', () => {
    expect(notesOf('23 percent')).toEqual(['“last year” here is 2024: the article is dated 2025-01-16.']);
  });

  it('and no note where the article gives nothing to compute (the share of an increment, a bare share)', () => {
    expect(byText('38.7 percent').notes).toBeUndefined();
    expect(byText('30 percent').notes).toBeUndefined();
  });
});
