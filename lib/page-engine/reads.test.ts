/**
 * The engine's reads as the worker holds them: a read asked for a slice at a
 * time gives what detection of the whole text gives, time marks and table
 * cells included; a read the worker lost is begun again where it stood and
 * loses nothing; reads are the tab's own and bounded.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../detect';
import type { Figure, TimeMark } from '../figure';
import { readTimeMarks } from '../normalize/marks';
import type { Table } from '../tables';
import type { EngineBegin, EngineSlice } from './protocol';
import { EngineReads } from './reads';

const ARTICLE = [
  'Review of the Work in 2019',
  'In 2019, the city’s GDP passed 2.36 trillion yuan, up 6.8 percent. Exports rose for 20 consecutive years.',
  '前三季度，全市进出口总额达10.52万亿元，同比增长9.8%。',
  '全年規模以上工業增加值增長5.5%，出口增長3.1個百分點。',
].join('\n');

/** Reads `begin` to its end through `reads`, as the page does; `lose` drops the read before the slice it names. */
function readAll(reads: EngineReads, begin: EngineBegin, size: number, lose = -1): { figures: Figure[]; marks: TimeMark[]; slices: number } {
  const figures: Figure[] = [];
  const marks: TimeMark[] = [];
  let marksTo = 0;
  let slices = 0;
  for (let from = 0; from < begin.text.length; slices++) {
    if (slices === lose) reads.forgetTab(1);
    let reply = reads.answer(1, { type: 'engine:read', read: 'r1.1', from, size, begin: slices === 0 ? begin : undefined });
    if (reply && 'unknown' in reply) {
      const again = { ...begin, tables: begin.tables, marksFrom: begin.marksFrom === undefined ? undefined : marksTo };
      reply = reads.answer(1, { type: 'engine:read', read: 'r1.1', from, size, begin: again });
    }
    const slice = reply as EngineSlice;
    figures.push(...slice.figures);
    marks.push(...slice.marks);
    marksTo = slice.marksTo ?? marksTo;
    from = slice.next;
  }
  return { figures, marks, slices };
}

const text = (n: number) => Array.from({ length: n }, () => ARTICLE).join('\n');

describe('EngineReads', () => {
  it('read in slices, gives the figures and time marks of the whole text, in English and both Chinese scripts', () => {
    const whole = text(40);
    const { figures, marks, slices } = readAll(new EngineReads(), { text: whole, lang: 'zh', tables: [], marksFrom: 0 }, 1500);
    expect(slices).toBeGreaterThan(5);
    expect(figures.map((f) => [f.id, f.text, f.value])).toEqual(detectFigures(whole, { lang: 'zh' }).map((f) => [f.id, f.text, f.value]));
    expect(figures.some((f) => f.text === '3.1個百分點')).toBe(true);
    expect(marks).toEqual(readTimeMarks(whole, 'zh'));
  });

  it('a read the worker lost mid-way is begun again where it stood: nothing lost, nothing twice', () => {
    const whole = text(40);
    const begin = { text: whole, lang: 'zh' as const, tables: [], marksFrom: 0 };
    const lost = readAll(new EngineReads(), begin, 1500, 3);
    const kept = readAll(new EngineReads(), begin, 1500);
    expect(lost.figures.map((f) => f.id)).toEqual(kept.figures.map((f) => f.id));
    expect(lost.marks).toEqual(kept.marks);
  });

  it('a table begun before the cut and read again after a restart gives each of its cells once', () => {
    const head = 'Revenue (HK$ million)\n';
    const rows = Array.from({ length: 200 }, (_, i) => `Item ${i}\t${i}.5`);
    const whole = head + rows.join('\n');
    const cellAt = (s: string, from: number) => {
      const start = whole.indexOf(s, from);
      return { text: s, start, end: start + s.length };
    };
    let at = head.length;
    const body = rows.map((row, i) => {
      const label = cellAt(`Item ${i}`, at);
      const value = cellAt(`${i}.5`, label.end);
      at = value.end;
      return [label, value];
    });
    const table: Table = { caption: { text: 'Revenue (HK$ million)', start: 0, end: head.length - 1 }, header: [], body };
    const begin = { text: whole, lang: 'en' as const, tables: [table] };
    const lost = readAll(new EngineReads(), begin, 1000, 2);
    const kept = readAll(new EngineReads(), begin, 1000);
    expect(kept.figures.filter((f) => f.currency === 'HKD')).toHaveLength(200);
    expect(lost.figures.map((f) => f.id)).toEqual(kept.figures.map((f) => f.id));
  });

  it('a short line before a table is its unit only when it gives one', () => {
    const whole = 'The city published the figures.\n税收\t610.2\n单位：亿元\n税收\t610.2';
    const cell = (s: string, from: number) => ({ text: s, start: whole.indexOf(s, from), end: whole.indexOf(s, from) + s.length });
    const line = (s: string) => ({ text: s, start: whole.indexOf(s), end: whole.indexOf(s) + s.length });
    const first: Table = { before: line('The city published the figures.'), header: [], body: [[cell('税收', 0), cell('610.2', 0)]] };
    const second: Table = { before: line('单位：亿元'), header: [], body: [[cell('税收', 40), cell('610.2', 40)]] };
    const slice = new EngineReads().answer(1, { type: 'engine:read', read: 'r', from: 0, size: 10_000, begin: { text: whole, lang: 'zh', tables: [first, second] } }) as EngineSlice;
    expect(slice.figures.map((f) => [f.kind, f.value, f.currency])).toEqual([['money', 61_020_000_000, 'CNY']]);
  });

  it('a tab reaches only its own reads; a slice out of turn, or of a read that ended, is unknown', () => {
    const reads = new EngineReads();
    const begin = { text: text(4), lang: 'zh' as const, tables: [] };
    const first = reads.answer(1, { type: 'engine:read', read: 'r', from: 0, size: 200, begin }) as EngineSlice;
    expect(first.next).toBeLessThan(begin.text.length);
    expect(reads.answer(2, { type: 'engine:read', read: 'r', from: first.next, size: 1000 })).toEqual({ unknown: true });
    expect(reads.answer(1, { type: 'engine:read', read: 'r', from: first.next + 1, size: 1000 })).toEqual({ unknown: true });
    const rest = reads.answer(1, { type: 'engine:read', read: 'r', from: first.next, size: 100_000 }) as EngineSlice;
    expect(rest.next).toBe(begin.text.length);
    expect(reads.answer(1, { type: 'engine:read', read: 'r', from: rest.next, size: 1000 })).toEqual({ unknown: true });
  });

  it('holds at most 32 reads: the oldest goes first', () => {
    const reads = new EngineReads();
    const begin = { text: text(4), lang: 'zh' as const, tables: [] };
    const next = Array.from({ length: 40 }, (_, i) => (reads.answer(1, { type: 'engine:read', read: `r${i}`, from: 0, size: 100, begin }) as EngineSlice).next);
    expect(reads.answer(1, { type: 'engine:read', read: 'r7', from: next[7]!, size: 100 })).toEqual({ unknown: true });
    expect(reads.answer(1, { type: 'engine:read', read: 'r8', from: next[8]!, size: 100 })).toHaveProperty('figures');
    expect(reads.answer(1, { type: 'engine:read', read: 'r39', from: next[39]!, size: 100 })).toHaveProperty('figures');
  });

  it('a detector that throws costs its slice, never an exception', () => {
    const reads = new EngineReads(() => {
      throw new Error('broken');
    });
    const slice = reads.answer(1, { type: 'engine:read', read: 'r', from: 0, size: 1000, begin: { text: ARTICLE, lang: 'en', tables: [] } }) as EngineSlice;
    expect(slice).toMatchObject({ figures: [], next: ARTICLE.length });
  });

  it('the page’s date, from what its DOM offers', () => {
    const reads = new EngineReads();
    const candidates = { meta: [{ key: 'article:published_time', content: '2025-01-16T23:30:00+08:00' }], jsonLd: [], times: [], text: '' };
    expect(reads.answer(1, { type: 'engine:date', candidates })).toEqual({ date: { date: '2025-01-16', from: 'meta' } });
  });
});
