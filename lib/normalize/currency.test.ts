import { describe, expect, it } from 'vitest';
import { defaultCurrencyForLocale } from '@/lib/normalize';
import { withDailyRates, EMBEDDED_RATES } from '@/lib/rates';
import { analyze } from '@/lib/normalize/make.test-helper';

describe('money in the reader’s currency, at the rate of the figure’s period', () => {
  it('a year that is over: its annual average (14 trillion yuan in 2024 ≈ US$1.946 trillion)', () => {
    const f = analyze('2025-01-16', ["Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] for 2024."]).get('14 trillion yuan');
    expect(f.normalized).toMatchObject({ currency: 'USD', rateKind: 'annual-average', ratePeriod: '2024' });
    expect(f.normalized!.value / 1e12).toBeCloseTo(14 / 7.19477, 3);
    expect(f.normalized!.source).toBe('ECB euro foreign exchange reference rates, 2024 annual average');
  });

  it('a finished month: its monthly average', () => {
    const f = analyze('2026-04-10', ['3月份，社会消费品零售总额[[39020亿元]]。']).get('39020亿元');
    expect(f.normalized).toMatchObject({ rateKind: 'monthly-average', ratePeriod: '2026-03' });
  });

  it('the year still running: the latest daily rate', () => {
    const f = analyze('2026-04-10', ['今年一季度，全省进出口总值[[2.1万亿元]]。']).get('2.1万亿元');
    expect(f.normalized).toMatchObject({ rateKind: 'daily', ratePeriod: '2026-04-13' });
  });

  it('a range converts both ends', () => {
    const f = analyze('2025-01-16', ['The fund will invest [[$1-2 billion]] in 2024.'], { readerCurrency: 'EUR' }).get('$1-2 billion');
    expect(f.normalized!.value).toBeCloseTo(1e9 / 1.08238, -3);
    expect(f.normalized!.valueMax).toBeCloseTo(2e9 / 1.08238, -3);
  });

  it('the reader’s own currency converts at 1, with where it would have come from', () => {
    const f = analyze('2025-01-16', ['Profits reached [[$3 billion]] in 2024.']).get('$3 billion');
    expect(f.normalized).toMatchObject({ value: 3e9, rate: 1, currency: 'USD', ratePeriod: '2024' });
  });

  it('a refreshed daily rate is used for the running year', () => {
    const rates = withDailyRates(EMBEDDED_RATES, { date: '2026-04-20', rates: { USD: 1.2, CNY: 8.4 } });
    const f = analyze('2026-04-21', ['今年，全省进出口总值[[7万亿元]]。'], { rates }).get('7万亿元');
    expect(f.normalized).toMatchObject({ rateKind: 'daily', ratePeriod: '2026-04-20', rate: 1.2 / 8.4 });
  });
});

describe('what cannot be converted says why', () => {
  it('TWD: no ECB rate', () => {
    const f = analyze('2025-01-16', ['台湾去年出口[[4750亿新台币]]。']).get('4750亿新台币');
    expect(f.normalized).toBeUndefined();
    expect(f.unconverted).toBe('no ECB reference rate for TWD');
  });

  it('a year before the ECB’s rates', () => {
    const f = analyze('2025-01-16', ['In 1995, exports were worth [[$150 billion]].'], { readerCurrency: 'CNY' }).get('$150 billion');
    expect(f.unconverted).toBe('ECB reference rates start in 1999; there is none for 1995');
  });

  it('MOP converts through the cited HKD peg', () => {
    const f = analyze('2025-01-16', ['澳门2024年本地生产总值为[[4037亿澳门元]]。']).get('4037亿澳门元');
    expect(f.normalized!.source).toContain('MOP via its peg of MOP 1.03 per HKD');
    expect(f.normalized!.value / 1e9).toBeCloseTo(403.7 / (1.03 * 7.8026), 0);
  });
});

describe('reasons and sources are worded in the reader’s language', () => {
  const zh = { locale: 'zh-CN', readerCurrency: 'USD' };

  it('Chinese: the hover card never reads "未换算：no ECB…"', () => {
    const { get } = analyze('2025-01-16', ['台湾去年出口[[4750亿新台币]]，广东进出口总额超过[[9万亿元]]。'], zh);
    expect(get('4750亿新台币').unconverted).toBe('欧洲央行没有新台币的参考汇率');
    expect(get('9万亿元').normalized!.source).toBe('欧洲央行欧元外汇参考汇率，2024年年均值');
    for (const text of [get('4750亿新台币').unconverted!, get('9万亿元').normalized!.source]) expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('Chinese: a year before the ECB’s rates, and the pataca’s peg', () => {
    const { get } = analyze('2025-01-16', ['1995年出口额为[[1500亿美元]]，澳门2024年本地生产总值为[[4037亿澳门元]]。'], { ...zh, readerCurrency: 'CNY' });
    expect(get('1500亿美元').unconverted).toBe('欧洲央行参考汇率始于1999年，没有1995年的汇率');
    expect(get('4037亿澳门元').normalized!.source).toContain('澳门元按其联系汇率换算：1港元兑1.03澳门元');
  });

  it('English for an English locale, and for a caller that gives none (the scan CLI’s default)', () => {
    for (const options of [{ locale: 'en-US' }, {}]) {
      const { get } = analyze('2025-01-16', ['台湾去年出口[[4750亿新台币]]，广东进出口总额超过[[9万亿元]]。'], options);
      expect(get('4750亿新台币').unconverted).toBe('no ECB reference rate for TWD');
      expect(get('9万亿元').normalized!.source).toBe('ECB euro foreign exchange reference rates, 2024 annual average');
    }
  });
});

describe('defaultCurrencyForLocale', () => {
  it.each([
    ['en-US', 'USD'], ['zh-CN', 'CNY'], ['zh', 'CNY'], ['de', 'EUR'], ['fr-FR', 'EUR'], ['en-GB', 'GBP'], ['ja', 'JPY'],
    ['zh-HK', 'HKD'], ['zh-MO', 'MOP'], ['pt-BR', 'BRL'], ['en-AU', 'AUD'],
    ['zh-TW', 'USD'], ['ar-EG', 'USD'], ['', 'USD'], ['not a locale!', 'USD'],
  ])('%s → %s', (locale, currency) => {
    expect(defaultCurrencyForLocale(locale)).toBe(currency);
  });
});
