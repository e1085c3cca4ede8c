import { describe, expect, it } from 'vitest';
import { readArabic, readChinese, valueOf } from './numeral';

describe('readChinese', () => {
  it.each([
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['一百零五', 105],
    ['一千零五', 1005],
    ['一千二百', 1200],
    ['两万', 20000],
    ['一万五', 15000],
    ['三千五', 3500],
    ['十万零五百', 100500],
    ['三亿五千万', 350000000],
    ['五千亿', 5e11],
    ['一千二百亿', 1.2e11],
    ['十四万亿', 1.4e13],
    ['二〇二四', 2024],
    ['壹佰贰拾', 120],
    ['千万', 1e7],
    ['三点五', 3.5],
    ['零点五', 0.5],
  ])('%s = %d', (numeral, value) => {
    const n = readChinese(numeral);
    expect(n && valueOf(n.written)).toBe(value);
  });

  it('reports the section word a numeral ends with, for Figure.scale', () => {
    expect(readChinese('十四万亿')?.scaleExp).toBe(12);
    expect(readChinese('五千亿')?.scaleExp).toBe(8);
    expect(readChinese('两万')?.scaleExp).toBe(4);
    expect(readChinese('三千五')?.scaleExp).toBeUndefined();
  });

  it('marks a lone digit, which is too common in words to be a figure alone', () => {
    expect(readChinese('两')?.singleDigit).toBe(true);
    expect(readChinese('十')?.singleDigit).toBe(false);
  });
});

describe('readArabic and valueOf: exact for what is written', () => {
  it.each([
    ['1,234.5', 0, 1234.5],
    ['１４', 12, 14e12],
    ['1.1', 9, 1_100_000_000],
    ['0.3', 9, 300_000_000],
    ['19.99', 9, 19_990_000_000],
    ['4.35', 12, 4_350_000_000_000],
    ['0.07', 0, 0.07],
  ])('%s × 10^%d', (raw, exp, value) => {
    expect(valueOf(readArabic(raw)!, exp)).toBe(value);
  });

  it('refuses runs of digits no figure has', () => {
    expect(readArabic('9'.repeat(40))).toBeUndefined();
  });

  it('matches parsing the decimal string, beyond the fast path too', () => {
    for (const [digits, exp] of [['123456789012345678', 3], ['5', 30], ['7', -30], ['31415926535897932', -16]] as const) {
      expect(valueOf({ digits, exp })).toBe(Number(`${digits}e${exp}`));
    }
  });
});
