import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectFigures } from './index';
import type { Figure, PageInfo } from './figure';
import { decodeSnapshot, encodeSnapshot, utf8Bytes } from './tab-snapshot';
import { SEED_PAGE, seedDetected } from '@/components/fixtures.test-helper';

const plainText = (file: string) =>
  readFileSync(new URL(`../e2e/pages/${file}`, import.meta.url), 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** A value's JSON bytes. */
const objectBytes = (v: unknown) => utf8Bytes(JSON.stringify(v));

describe('a tab snapshot', () => {
  it('gives back exactly the detected figures of the seed article (hedges, restatements, scales)', () => {
    const figures = seedDetected();
    expect(decodeSnapshot(encodeSnapshot(SEED_PAGE, figures))).toEqual({ page: SEED_PAGE, figures });
  });

  it('gives back the figures the detector finds in an English and a Chinese article', () => {
    for (const [file, lang] of [['seed-article.html', 'en'], ['zh-article.html', 'zh']] as const) {
      const figures = detectFigures(plainText(file));
      expect(figures.length).toBeGreaterThan(5);
      const page: PageInfo = { url: `https://example.test/${file}`, title: file, lang };
      expect(decodeSnapshot(encodeSnapshot(page, figures))).toEqual({ page, figures });
    }
  });

  it('keeps ids that are not f<start>, ranges, and a figure list that is not sorted', () => {
    const [a, b] = seedDetected();
    const figures: Figure[] = [
      { ...b!, id: 'custom-7', valueMax: 2.1e12 },
      { ...a!, id: `f${a!.start}` },
    ];
    expect(decodeSnapshot(encodeSnapshot(null, figures))?.figures).toEqual(figures);
  });

  it("keeps a table cell's place, with and without its total", () => {
    const [a, b] = seedDetected();
    const figures: Figure[] = [{ ...a!, cell: { at: 4, row: 1, col: 2, total: 3 } }, { ...b!, cell: { at: 9, row: 0, col: 1 } }];
    expect(decodeSnapshot(encodeSnapshot(null, figures))?.figures).toEqual(figures);
  });

  it('is nothing when damaged or of another version', () => {
    expect(decodeSnapshot('{"v":1,"page":null}')).toBeNull();
    expect(decodeSnapshot('{nope')).toBeNull();
    expect(decodeSnapshot({ page: null, figures: [] })).toBeNull();
    expect(decodeSnapshot(encodeSnapshot(null, []))).toEqual({ page: null, figures: [] });
  });

  it('costs each sentence once and under 40 bytes per figure beside (2,000 figures)', () => {
    const one = detectFigures(plainText('seed-article.html'));
    const span = one.at(-1)!.end;
    // The article 200 times over: new offsets and ids, the same sentences.
    const figures = Array.from({ length: 200 }, (_, k) => one.map((f) => ({ ...f, id: `f${f.start + k * span}`, start: f.start + k * span, end: f.end + k * span }))).flat();
    const sentences = [...new Set(figures.map((f) => f.sentence))].reduce((n, s) => n + objectBytes(s), 0);
    const perFigure = (utf8Bytes(encodeSnapshot(SEED_PAGE, figures)) - sentences) / figures.length;
    expect(perFigure).toBeLessThan(40);
  });

  it('counts UTF-8 bytes: ASCII one, Chinese three, an emoji four', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('广东')).toBe(6);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('😀')).toBe(4);
  });
});
