import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatRate } from '.';

describe('formatMoney: compact amounts in the reader’s locale', () => {
  it.each([
    [1.9459e12, 'USD', 'en-US', '$1.95 trillion'],
    [1.9459e12, 'USD', 'en-GB', 'US$1.95 trillion'],
    [1.9459e12, 'USD', 'zh-CN', '1.95万亿美元'],
    [1.2e9, 'EUR', 'de-DE', '1,2 Milliarden\u00a0€'],
    [5e9, 'HKD', 'en-US', 'HK$5 billion'],
    [950, 'USD', 'en-US', '$950'],
  ])('%d %s in %s → %s', (value, currency, locale, text) => {
    expect(formatMoney(value, currency, locale)).toBe(text);
  });

  it('a negative amount keeps the sign where the locale puts it', () => {
    expect(formatMoney(-1.2e9, 'USD', 'en-US')).toBe('-$1.2 billion');
  });

  it('currency names read as words in a sentence', () => {
    expect(formatMoney(8.197e12, 'CNY', 'en', { display: 'name' })).toBe('8.2 trillion Chinese yuan');
  });

  it('the full number for the detail view', () => {
    expect(formatMoney(1.95e12, 'USD', 'en-US', { compact: false })).toBe('$1,950,000,000,000');
    expect(formatMoney(1.95e12, 'USD', 'zh-CN', { compact: false })).toBe('1,950,000,000,000美元');
    expect(formatMoney(12.5, 'USD', 'en-US', { compact: false })).toBe('$12.50');
  });

  it('an unknown locale tag falls back to English instead of throwing', () => {
    expect(formatMoney(1.95e12, 'USD', 'not a locale!')).toBe('$1.95 trillion');
  });
});

describe('numbers, percentages and rates', () => {
  it('scale words in each language: Chinese counts in 万 from ten thousand', () => {
    expect(formatNumber(9e12, 'en')).toBe('9 trillion');
    expect(formatNumber(9e12, 'zh-CN')).toBe('9万亿');
    expect(formatNumber(66_956, 'en')).toBe('67,000');
    expect(formatNumber(66_956, 'zh-CN')).toBe('6.7万');
  });

  it('percent values given in percent, rates to three significant digits', () => {
    expect(formatPercent(2.41, 'en')).toBe('2.4%');
    expect(formatRate(7.19477, 'en')).toBe('7.19');
    expect(formatRate(150.234, 'en')).toBe('150');
  });
});
