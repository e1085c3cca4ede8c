// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from '@/lib/normalize/published';
import { BYLINE_TEXT_CHARS, collectPublishedCandidates } from './published';
import { fill } from './fill.test-helper';

function load(html: string): Document {
  fill(document.documentElement, html);
  return document;
}

describe('collectPublishedCandidates gathers what a page says about its date', () => {
  it('the seed article: no meta, no JSON-LD, the byline in the visible text', () => {
    const html = readFileSync(join(process.cwd(), 'e2e/pages/seed-article.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const candidates = collectPublishedCandidates(doc);
    expect(candidates.jsonLd).toEqual([]);
    expect(candidates.text).toContain('UPDATED :2025-01-16');
    expect(findPublishedDate(candidates)).toEqual({ date: '2025-01-16', from: 'byline' });
  });

  it('meta tags by property, name and itemprop; microdata outside meta', () => {
    const doc = load(`<head>
      <meta property="article:published_time" content="2025-01-16T08:00:00Z">
      <meta name="PubDate" content="2025-01-16 10:21">
      <meta charset="utf-8">
      </head><body><span itemprop="datePublished">2025-01-15</span></body>`);
    const { meta } = collectPublishedCandidates(doc);
    expect(meta).toEqual([
      { key: 'article:published_time', content: '2025-01-16T08:00:00Z' },
      { key: 'PubDate', content: '2025-01-16 10:21' },
      { key: 'datePublished', content: '2025-01-15' },
    ]);
  });

  it('JSON-LD texts and <time> elements', () => {
    const doc = load(`<head><script type="application/ld+json">{"datePublished":"2026-03-05"}</script></head>
      <body><time datetime="2026-03-05T09:30">March 5</time><time>yesterday</time></body>`);
    const candidates = collectPublishedCandidates(doc);
    expect(candidates.jsonLd).toEqual(['{"datePublished":"2026-03-05"}']);
    expect(candidates.times).toEqual([
      { datetime: '2026-03-05T09:30', text: 'March 5' },
      { datetime: undefined, text: 'yesterday' },
    ]);
  });

  it('uses the caller’s visible text when given, and keeps only its start', () => {
    const doc = load('<body><p>ignored</p></body>');
    const text = `UPDATED :2025-01-16 ${'x'.repeat(10_000)}`;
    const candidates = collectPublishedCandidates(doc, text);
    expect(candidates.text).toHaveLength(BYLINE_TEXT_CHARS);
    expect(candidates.text.startsWith('UPDATED :2025-01-16')).toBe(true);
  });

  it('bounds what a hostile page can make it read', () => {
    const metas = '<meta name="date" content="2025-01-16">'.repeat(1000);
    const huge = `<script type="application/ld+json">${' '.repeat(200_000)}{}</script>`;
    const doc = load(`<head>${metas}${huge}</head><body><p>${'x'.repeat(50)}</p></body>`);
    const candidates = collectPublishedCandidates(doc);
    expect(candidates.meta.length).toBeLessThanOrEqual(300);
    expect(candidates.jsonLd).toEqual([]);
  });

  it('never throws, even when the document’s methods do', () => {
    const broken = {
      querySelectorAll() {
        throw new Error('torn down');
      },
    } as unknown as Document;
    expect(collectPublishedCandidates(broken)).toEqual({ meta: [], jsonLd: [], times: [], text: '' });
  });
});
