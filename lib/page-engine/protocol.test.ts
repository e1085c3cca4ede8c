/** What the worker accepts from a page as an engine request: rebuilt field by field, bounded, cells from the read's own text. */
import { describe, expect, it } from 'vitest';
import { MAX_READ_TEXT, MAX_SLICE, parseEngineMessage, type EngineReadMessage } from './protocol';

const TEXT = '单位：亿元\n税收\t610.2';
const read = (extra: Record<string, unknown> = {}, begin: Record<string, unknown> | null = { text: TEXT, lang: 'zh', tables: [] }) => ({ type: 'engine:read', read: 'r1.1', from: 0, size: 8000, ...(begin ? { begin } : {}), ...extra });

describe('parseEngineMessage', () => {
  it('takes a read with its text, language, host and tables, and drops fields it does not know', () => {
    const table = { before: { text: 'forged', start: 0, end: 5 }, header: [], body: [[{ text: 'x', start: 6, end: 8 }, null, { start: 9, end: 14 }]], extra: 1 };
    const parsed = parseEngineMessage(read({ junk: true }, { text: TEXT, lang: 'zh', host: 'www.info.gov.hk', tables: [table], marksFrom: 0, script: 'alert(1)' }));
    expect(parsed.ok).toBe(true);
    const message = (parsed as { value: EngineReadMessage }).value;
    expect(message).not.toHaveProperty('junk');
    expect(message.begin).not.toHaveProperty('script');
    // A cell's text is the read's own at the cell's offsets, whatever the message says it is.
    expect(message.begin!.tables[0]!.before!.text).toBe('单位：亿元');
    expect(message.begin!.tables[0]!.body[0]!.map((c) => c?.text)).toEqual(['税收', undefined, '610.2']);
    expect(message.begin!.host).toBe('www.info.gov.hk');
  });

  it('refuses what does not fit: offsets outside the text, a slice too large, a text too long, another language', () => {
    const reason = (v: unknown) => {
      const parsed = parseEngineMessage(v);
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reason(read({}, { text: TEXT, lang: 'zh', tables: [{ header: [], body: [[{ start: 3, end: 400 }]] }] }))).toMatch(/outside the text/);
    expect(reason(read({ size: MAX_SLICE + 1 }))).toMatch(/size/);
    expect(reason(read({ from: TEXT.length + 1 }))).toMatch(/outside the text/);
    expect(reason(read({}, { text: 'x'.repeat(MAX_READ_TEXT + 1), lang: 'en', tables: [] }))).toMatch(/longer/);
    expect(reason(read({}, { text: TEXT, lang: 'fr', tables: [] }))).toMatch(/lang/);
    expect(reason(read({ read: 'r'.repeat(65) }))).toMatch(/read/);
    expect(reason({ type: 'engine:eval', code: '1' })).toMatch(/not an engine message/);
    expect(reason(null)).toMatch(/not an object/);
  });

  it('a slice of a read begun before carries no text', () => {
    const parsed = parseEngineMessage(read({ from: 900 }, null));
    expect(parsed).toEqual({ ok: true, value: { type: 'engine:read', read: 'r1.1', from: 900, size: 8000 } });
  });

  it('a date request keeps what the page gathered, within its bounds', () => {
    const meta = Array.from({ length: 500 }, (_, i) => ({ key: `k${i}`, content: 'v' }));
    const parsed = parseEngineMessage({ type: 'engine:date', candidates: { meta, jsonLd: ['{}'], times: [{ text: '2025年1月16日', datetime: '2025-01-16' }], text: '发布时间：2025-01-16' } });
    expect(parsed.ok && parsed.value.type === 'engine:date' && parsed.value.candidates.meta.length).toBe(350);
    expect(parseEngineMessage({ type: 'engine:date', candidates: { meta: [], jsonLd: [], times: [], text: 'x'.repeat(9000) } }).ok).toBe(false);
  });
});
