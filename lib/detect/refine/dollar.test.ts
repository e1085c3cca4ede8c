import { describe, expect, it } from 'vitest';
import { detectFigures } from '..';

const money = (text: string, host?: string, lang?: string) => detectFigures(text, { host, lang }).map((f) => [f.text, f.currency, f.currencyFrom]);

describe('a bare $ on a page from another dollar country is that dollar', () => {
  it.each([
    ['www.smh.com.au', 'Qantas posted a profit of $1.2 billion.', 'AUD'],
    ['www.theglobeandmail.com', 'Shopify raised $500 million from investors.', 'CAD'],
    ['www.straitstimes.com', 'DBS earned $3 billion in the quarter.', 'SGD'],
    ['www.scmp.com', 'The MTR will spend $20 billion on new lines.', 'HKD'],
    ['news.rthk.hk', '港鐵將投資$200億興建新線。', 'HKD'],
    ['www.nzherald.co.nz', 'Fonterra paid farmers 8 dollars per kilo.', 'NZD'],
  ])('%s: %s', (host, sentence, code) => {
    expect(money(sentence, host)[0]).toEqual([expect.any(String), code, 'page']);
  });

  it('a word naming the US near the figure keeps it USD', () => {
    expect(money('On Wall Street, Nvidia gained $200 billion in value.', 'www.smh.com.au')[0]).toEqual(['$200 billion', 'USD', undefined]);
  });

  it('a named dollar is never changed, and without a host $ is USD', () => {
    expect(money('BHP earned US$5 billion and A$2 billion.', 'www.afr.com')).toEqual([
      ['US$5 billion', 'USD', undefined],
      ['A$2 billion', 'AUD', undefined],
    ]);
    expect(money('BHP, the Australian miner, earned $5 billion.')).toEqual([['$5 billion', 'USD', undefined]]);
  });
});
