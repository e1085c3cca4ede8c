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
    expect(money('SYDNEY (Reuters) - BHP, the Australian miner, earned $5 billion.')).toEqual([['$5 billion', 'USD', undefined]]);
    expect(money('The company earned $5 billion.')).toEqual([['$5 billion', 'USD', undefined]]);
  });

  it.each([
    ['Canadian employment little changed in April: Statistics Canada. Average hourly wages rose to $31.06.', 'CAD'],
    ['Australian miner BHP has delivered a $US9.4 billion ($13.2 billion) profit.', 'AUD'],
  ])('without a host, the place the top of the page names: %s', (sentence, code) => {
    expect(money(sentence).at(-1)).toEqual([expect.any(String), code, 'page']);
  });

  it.each([
    ['本港1月零售銷貨價值按年升5.5%。政府統計處公布,1月零售業總銷貨價值臨時估計為373億元。', '373億元', 'HKD'],
    ['财政司司长财政预算案演辞。总收入预计为六千二百六十一亿元。', '六千二百六十一亿元', 'HKD'],
    ['國內生產毛額成長，主計總處表示，出口達新臺幣1.2兆元，另有300億元投資。', '300億元', 'TWD'],
  ])('元 on a Hong Kong or Taiwan page is that dollar: %s', (sentence, text, code) => {
    expect(money(sentence).find(([t]) => t === text)).toEqual([text, code, 'page']);
  });

  it('元 on a mainland page stays yuan', () => {
    expect(money('国务院新闻办公室发布会上，国家统计局表示，香港与内地贸易额达300亿元。')).toEqual([['300亿元', 'CNY', undefined]]);
  });
});
