import { describe, expect, it } from 'vitest';
import { pageLang } from './page';

describe('the language of a page', () => {
  it('follows a declared Chinese tag', () => {
    expect(pageLang('zh-CN', 'GDP grew 5%')).toBe('zh');
  });
  it('reads the text when the tag is missing or wrong', () => {
    expect(pageLang(null, '广东省2024年地区生产总值突破14万亿元，同比增长3.5%。')).toBe('zh');
    expect(pageLang('en', '广东省2024年地区生产总值突破14万亿元，同比增长3.5%。进出口总额超过9万亿元。')).toBe('zh');
  });
  it('stays English for English text with a few Chinese names', () => {
    expect(pageLang('', "Guangdong (广东) is home to approximately 77,000 high-tech enterprises, Wang said.")).toBe('en');
  });
});
