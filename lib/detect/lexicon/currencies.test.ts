import { describe, expect, it } from 'vitest';
import { EMBEDDED_RATES } from '../../rates';
import { money, see } from '@/lib/detect/see.test-helper';
import { CURRENCIES } from './currencies';

describe('currencies: every one the rate table knows, by name, sign and minor unit', () => {
  it('each currency of the embedded rates has English and Chinese names (obsolete codes may have English only)', () => {
    for (const code of EMBEDDED_RATES.currencies) {
      expect(CURRENCIES[code], code).toBeDefined();
      expect(CURRENCIES[code]!.en.length, code).toBeGreaterThan(0);
    }
  });

  it('an amount is read in every currency’s English names and code', () => {
    for (const [code, { en }] of Object.entries(CURRENCIES)) {
      for (const name of en) expect(see(`Sales reached 4 million ${name} last year.`), `${name}`).toEqual([money(`4 million ${name}`, 4e6, code)]);
      expect(see(`It paid ${code} 12 million for the stake.`), code).toEqual([money(`${code} 12 million`, 12e6, code)]);
    }
  });

  it('an amount is read in every currency’s Chinese names, in both scripts', () => {
    for (const [code, { zh }] of Object.entries(CURRENCIES)) {
      for (const name of zh) expect(see(`去年销售额为300亿${name}。`), name).toEqual([money(`300亿${name}`, 3e10, code)]);
    }
    expect(see('去年銷售額為300億歐元，另有20億英鎊。')).toEqual([money('300億歐元', 3e10, 'EUR'), money('20億英鎊', 2e9, 'GBP')]);
  });

  it.each([
    ['Bank Leumi earned 2.2 billion shekels, and Volvo 4 million Swedish crowns.', money('2.2 billion shekels', 2.2e9, 'ILS'), money('4 million Swedish crowns', 4e6, 'SEK')],
    ['A loaf costs 18 rand in Johannesburg and 150 kuna in Zagreb.', money('18 rand', 18, 'ZAR'), money('150 kuna', 150, 'HRK')],
    ['Maybank shares rose to RM3.20; the toll is Rp 5,000; Samsung earned ₩3.1 trillion; Vale raised R$ 4 billion.', money('RM3.20', 3.2, 'MYR'), money('Rp 5,000', 5000, 'IDR'), money('₩3.1 trillion', 3.1e12, 'KRW'), money('R$ 4 billion', 4e9, 'BRL')],
  ])('names and signs: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['Earnings were up 23 cents, after a loss of 41 cents a share.', money('23 cents', 0.23, 'USD'), money('41 cents', 0.41, 'USD')],
    ['Tesco closed at 312p, down 6 pence.', money('312p', 3.12, 'GBP'), money('6 pence', 0.06, 'GBP')],
    ['Petronas Dagangan rose 9 sen; the fare went up 50 kopeks.', money('9 sen', 0.09, 'MYR'), money('50 kopeks', 0.5, 'RUB')],
    ['公交票价上调5角，美股每股收益35美分，伦敦股价跌6便士。', money('5角', 0.5, 'CNY'), money('35美分', 0.35, 'USD'), money('6便士', 0.06, 'GBP')],
  ])('minor units are money in the major unit: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['Qantas earned $US48 million and Telstra $A71 million.', money('$US48 million', 48e6, 'USD'), money('$A71 million', 71e6, 'AUD')],
    ['Deals worth US $1.4 billion and HK $2.9 billion were signed.', money('US $1.4 billion', 1.4e9, 'USD'), money('HK $2.9 billion', 2.9e9, 'HKD')],
    ['Tickets cost C $8 in Toronto, NZ $45 in Auckland and S $2 mil for the suite.', money('C $8', 8, 'CAD'), money('NZ $45', 45, 'NZD'), money('S $2 mil', 2e6, 'SGD')],
    ['It raised USD$5 million and HKD$3 bln.', money('USD$5 million', 5e6, 'USD'), money('HKD$3 bln', 3e9, 'HKD')],
  ])('dollar prefixes, spaced and reversed, read as their own dollar: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['港府預留港幣300億元，新台幣1.5兆元，澳門元20億元。', money('港幣300億元', 3e10, 'HKD'), money('新台幣1.5兆元', 1.5e12, 'TWD'), money('澳門元20億元', 2e9, 'MOP')],
    ['台積電營收達新臺幣2.16兆元。', money('新臺幣2.16兆元', 2.16e12, 'TWD')],
  ])('traditional script: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });
});
