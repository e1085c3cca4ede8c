import { describe, expect, it } from 'vitest';
import { findPublishedDate, parseDate, type PublishedCandidates } from './published';

const none: PublishedCandidates = { meta: [], jsonLd: [], times: [], text: '' };
const page = (parts: Partial<PublishedCandidates>): PublishedCandidates => ({ ...none, ...parts });

describe('findPublishedDate tries meta, then JSON-LD, then <time>, then the byline', () => {
  it('article:published_time in a meta tag, with its time and zone dropped as written', () => {
    expect(findPublishedDate(page({ meta: [{ key: 'article:published_time', content: '2025-01-16T23:30:00-05:00' }] }))).toEqual({
      date: '2025-01-16',
      from: 'meta',
    });
  });

  it('the meta key that names publication wins over a generic "date", whatever their order', () => {
    const meta = [
      { key: 'date', content: '2025-01-20' },
      { key: 'og:description', content: 'Figures of 2024-12-31' },
      { key: 'PubDate', content: '2025-01-16 10:21:00' },
    ];
    expect(findPublishedDate(page({ meta }))).toEqual({ date: '2025-01-16', from: 'meta' });
  });

  it('JSON-LD datePublished, inside an @graph', () => {
    const jsonLd = [
      '{not json',
      JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2026-03-05T09:30:00+08:00' }] }),
    ];
    expect(findPublishedDate(page({ jsonLd }))).toEqual({ date: '2026-03-05', from: 'json-ld' });
  });

  it('meta before JSON-LD', () => {
    const found = findPublishedDate(
      page({ meta: [{ key: 'article:published_time', content: '2025-01-16' }], jsonLd: ['{"datePublished":"2024-12-01"}'] }),
    );
    expect(found?.from).toBe('meta');
  });

  it('<time datetime>, else the time element’s text', () => {
    expect(findPublishedDate(page({ times: [{ datetime: '2026-10-24T08:12', text: 'Oct 24' }] }))).toEqual({ date: '2026-10-24', from: 'time' });
    expect(findPublishedDate(page({ times: [{ text: 'January 16, 2025' }] }))).toEqual({ date: '2025-01-16', from: 'time' });
  });

  it('the seed article’s byline "UPDATED :2025-01-16", after 600 characters of menus', () => {
    const text = `NEW\nBUSINESS\n${'· GUANGZHOU NOW\n'.repeat(40)}BY :China Daily\nUPDATED :2025-01-16\nOptimizing the industrial structure…`;
    expect(findPublishedDate(page({ text }))).toEqual({ date: '2025-01-16', from: 'byline' });
  });

  it.each([
    ['Updated: 2026-03-05 09:30', '2026-03-05'],
    ['Xinhua | 2026-10-24 08:12', '2026-10-24'],
    ['来源：新华社 2025年1月16日', '2025-01-16'],
    ['发布时间：2025/01/16 10:21', '2025-01-16'],
    ['Published: Jan. 16, 2025 at 10:21 a.m.', '2025-01-16'],
    ['China’s economy grew 6.1% in 2019\n15 July 2019\nBEIJING —', '2019-07-15'],
    ['By Reuters Staff\nFebruary 20, 2020\nShanghai', '2020-02-20'],
    ['Xinhua\n10:40, January 16, 2025\nThe economy…', '2025-01-16'],
    ['Posted 01/25/2024\nHome prices…', '2024-01-25'],
    ['Global Times\n15 January 2013', '2013-01-15'],
    ['2026年2月20日 来源：南方日报', '2026-02-20'],
    ['发布时间：2025-01-16', '2025-01-16'],
    ['聯合報\n發佈時間：2025-01-16 10:21', '2025-01-16'],
    ['Monthly estimates published today (11 November 2022) show that GDP fell by 0.6% in September 2022.', '2022-11-11'],
    ['AIRPORT CITY, Israel, Aug. 28, 2018 /PRNewswire/ -- Shikun & Binui Ltd. announced its results.', '2018-08-28'],
    ['國家統計局城市司首席統計師解讀11月份數據-新華網\n2025 12/15 09:52:27\n來源:國家統計局網站', '2025-12-15'],
  ])('a byline "%s" → %s', (text, date) => {
    expect(findPublishedDate(page({ text }))).toEqual({ date, from: 'byline' });
  });

  it('a labelled byline date wins over an earlier bare date in the text', () => {
    const text = 'Archive 2019-05-01 · Published: 16 January 2025';
    expect(findPublishedDate(page({ text }))?.date).toBe('2025-01-16');
  });

  it('an English date in running text is not a byline without a label', () => {
    expect(findPublishedDate(page({ text: 'A senior official said on January 15, 2025 at the annual meeting.' }))).toBeNull();
    expect(findPublishedDate(page({ text: 'The plan, first announced on Aug. 28, 2018 by the ministry, is to be reviewed.' }))).toBeNull();
  });

  it('no date anywhere is unknown (null), never today', () => {
    expect(findPublishedDate(page({ text: 'New productive forces fuel growth in Guangdong' }))).toBeNull();
  });

  it('impossible dates are not dates', () => {
    expect(findPublishedDate(page({ meta: [{ key: 'article:published_time', content: '2025-02-30' }], text: '2025-13-01' }))).toBeNull();
  });
});

describe('parseDate reads the shapes pages use', () => {
  it.each([
    ['2025-01-16T10:00:00+08:00', '2025-01-16'],
    ['20250116', '2025-01-16'],
    ['2025.1.6', '2025-01-06'],
    ['2025年1月16日 10:21', '2025-01-16'],
    ['Sept. 3, 2025', '2025-09-03'],
    ['3rd September 2025', '2025-09-03'],
    ['Tuesday', null],
    ['1899-01-01', null],
  ])('%s → %s', (s, date) => {
    expect(parseDate(s)).toBe(date);
  });
});
