import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from './width';
import { alignColumns } from './table';

describe('display width: East Asian Wide and Fullwidth characters take two columns', () => {
  it('counts Han, fullwidth punctuation and forms as two, Latin and digits as one', () => {
    expect(displayWidth('9.11万亿元')).toBe(4 + 6);
    expect(displayWidth('增长９．８％')).toBe(12);
    expect(displayWidth('US$ 1.9 trillion')).toBe(16);
    expect(displayWidth('財政部')).toBe(6);
  });

  it('counts a character outside the BMP once, and combining marks not at all', () => {
    expect(displayWidth('𠀋')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('pads to columns, not to UTF-16 units', () => {
    expect(padToWidth('万亿', 6)).toBe('万亿  ');
  });

  it('a table of Chinese and English cells lines up: every second column starts at the same terminal column', () => {
    const lines = alignColumns([
      ['As written', 'Role'],
      ['9.11万亿元', 'Growth'],
      ['141633.81亿元', 'Share'],
      ['7.1 percent', '增长 同比'],
    ]);
    const starts = lines.map((line) => displayWidth(line.slice(0, line.search(/\s{2}\S/) + 2)));
    expect(new Set(starts).size).toBe(1);
    expect(lines[1]).toBe('9.11万亿元     Growth'); // 13 columns for the widest cell, then two spaces
  });
});
