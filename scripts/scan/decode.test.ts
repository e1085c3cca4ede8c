import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from './decode';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const text = (bytes: Uint8Array, html = true) => {
  const decoded = decodeBytes(bytes, html);
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded;
};

describe('a page is read in the charset it declares', () => {
  it('a GB2312 page (http-equiv Content-Type) reads as GBK: its sentence comes out whole', () => {
    const page = text(fixture('gbk-page.html'));
    expect(page).toMatchObject({ charset: 'gbk', from: 'meta' });
    expect(page.text).toContain('全省进出口总额达9.11万亿元，同比增长9.8%。');
  });

  it('a Big5 page (<meta charset>) reads as Big5', () => {
    const page = text(fixture('big5-page.html'));
    expect(page).toMatchObject({ charset: 'big5', from: 'meta' });
    expect(page.text).toContain('財政部統計，2024年出口總值達4,750億美元，年增9.9%');
  });

  it('finds the charset in either form, quoted or not, and only in a <meta>', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(declaredCharset(bytes('<meta charset=GB18030>'))).toBe('gb18030');
    expect(declaredCharset(bytes(`<META HTTP-EQUIV="content-type" CONTENT='text/html; charset="big5"'>`))).toBe('big5');
    expect(declaredCharset(bytes('<p>charset=gbk</p>'))).toBeUndefined();
  });

  it('a byte-order mark wins over the <meta>, and is not part of the text', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="gbk"><p>增长9.8%')]);
    expect(text(utf8)).toMatchObject({ charset: 'utf-8', from: 'bom', text: '<meta charset="gbk"><p>增长9.8%' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'增长9.8%'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(text(utf16, false)).toMatchObject({ charset: 'utf-16le', text: '增长9.8%' });
  });

  it('a page without a declaration, or a text file, is UTF-8', () => {
    expect(text(new TextEncoder().encode('<p>同比增长9.8%</p>'))).toMatchObject({ charset: 'utf-8', from: 'default' });
    expect(text(new TextEncoder().encode('<meta charset="gbk">'), false)).toMatchObject({ charset: 'utf-8' });
  });
});

describe('input that is not text in its encoding says so, never turns into replacement characters', () => {
  it('a damaged GBK page', () => {
    expect(decodeBytes(fixture('broken-gbk-page.html'), true)).toEqual({ ok: false, reason: expect.stringContaining('not valid GBK text, the charset its <meta> declares') });
  });

  it('GBK bytes with no declaration, as a .txt from curl', () => {
    const gbkBody = fixture('gbk-page.html').subarray(fixture('gbk-page.html').indexOf('<body>'));
    expect(decodeBytes(gbkBody, false)).toEqual({ ok: false, reason: expect.stringMatching(/^not valid UTF-8 text and no charset is declared; convert it/) });
  });

  it('a charset no decoder knows', () => {
    expect(decodeBytes(new TextEncoder().encode('<meta charset="x-klingon">'), true)).toEqual({ ok: false, reason: 'unknown charset "x-klingon" declared in <meta>' });
  });
});
