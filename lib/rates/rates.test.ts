import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRateTableSource, DEFAULT_SOURCE, TABLE_MODULE, type EcbRatesJson } from '../../scripts/build-rates';
import { textFormat } from '../format';
import { convertibleCurrencies, EMBEDDED_RATES, EMBEDDED_RATES_DATE, noRateReason, parseEcbDailyXml, rateFor, rateSource, withDailyRates } from '.';

// The ECB's own daily file of 2024-06-28, abridged (see the ECB's eurofxref-daily.xml).
const DAILY_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender>
\t\t<gesmes:name>European Central Bank</gesmes:name>
\t</gesmes:Sender>
\t<Cube>
\t\t<Cube time='2024-06-28'>
\t\t\t<Cube currency='USD' rate='1.0705'/>
\t\t\t<Cube currency='JPY' rate='171.94'/>
\t\t\t<Cube currency='CNY' rate='7.7748'/>
\t\t\t<Cube currency='HKD' rate='8.3594'/>
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>`;

function ok(result: ReturnType<typeof rateFor>) {
  if (!result.ok) throw new Error(`expected a rate, got: ${result.reason}`);
  return result;
}

describe('rateFor picks the rate of the figure’s period', () => {
  it('a year that is over: its annual mean (2024 CNY per USD = 7.78747 / 1.08238)', () => {
    const r = ok(rateFor('USD', 'CNY', { year: 2024 }));
    expect(r.rate).toBeCloseTo(7.19477, 4);
    expect(r).toMatchObject({ kind: 'annual-average', period: '2024' });
    expect(r.source).toBe('ECB euro foreign exchange reference rates, 2024 annual average');
  });

  it('a finished month: its monthly mean', () => {
    const r = ok(rateFor('USD', 'CNY', { year: 2026, month: 3 }));
    expect(r).toMatchObject({ kind: 'monthly-average', period: '2026-03' });
    expect(r.rate).toBeCloseTo(6.8957, 3);
  });

  it('a month of a year that is over, with a monthly mean: the month is the finer answer', () => {
    expect(ok(rateFor('USD', 'CNY', { year: 2024, month: 12 }))).toMatchObject({ kind: 'monthly-average', period: '2024-12' });
  });

  it('a month older than the monthly means: the mean of its year', () => {
    expect(ok(rateFor('USD', 'CNY', { year: 2019, month: 6 }))).toMatchObject({ kind: 'annual-average', period: '2019' });
  });

  it('the month still running (2026-04 has 7 days) and the year still running: the latest daily rate', () => {
    for (const period of [{ year: 2026, month: 4 }, { year: 2026 }]) {
      const r = ok(rateFor('USD', 'CNY', period));
      expect(r).toMatchObject({ kind: 'daily', period: '2026-04-13' });
      expect(r.rate).toBeCloseTo(7.9827 / 1.1684, 6);
    }
  });

  it('a future year (a 2030 target) and an unknown period: the latest daily rate', () => {
    expect(ok(rateFor('EUR', 'USD', { year: 2030 }))).toMatchObject({ kind: 'daily', rate: 1.1684 });
    expect(ok(rateFor('EUR', 'USD'))).toMatchObject({ kind: 'daily', period: EMBEDDED_RATES_DATE });
  });
});

describe('rateFor crosses through EUR', () => {
  it('EUR is the base: USD per EUR is the table’s own number', () => {
    expect(ok(rateFor('EUR', 'USD', { year: 2024 })).rate).toBe(1.08238);
    expect(ok(rateFor('USD', 'EUR', { year: 2024 })).rate).toBeCloseTo(1 / 1.08238, 10);
  });

  it('HKD per USD in 2024 is about 7.803, inside the HKMA’s 7.75–7.85 band', () => {
    expect(ok(rateFor('USD', 'HKD', { year: 2024 })).rate).toBeCloseTo(7.8026, 3);
  });

  it('a currency into itself is 1, even one the ECB does not quote', () => {
    expect(ok(rateFor('TWD', 'TWD', { year: 2024 })).rate).toBe(1);
  });
});

describe('rateFor never guesses a missing rate', () => {
  it('a currency the ECB never quoted (TWD) is unconverted, with the reason', () => {
    expect(rateFor('TWD', 'USD', { year: 2024 })).toEqual({ ok: false, missing: { why: 'never-quoted', currency: 'TWD' }, reason: 'no ECB reference rate for TWD' });
  });

  it('a suspended quotation (RUB after March 2022) is unconverted for 2024', () => {
    expect(rateFor('RUB', 'USD', { year: 2024 })).toEqual({
      ok: false,
      missing: { why: 'not-quoted-then', currency: 'RUB', kind: 'annual-average', period: '2024' },
      reason: 'no ECB reference rate for RUB for 2024',
    });
  });

  it('a currency that joined the euro (BGN in 2026) has no daily rate', () => {
    expect(rateFor('BGN', 'USD')).toMatchObject({ ok: false, missing: { why: 'not-quoted-then', kind: 'daily' }, reason: 'no ECB reference rate for BGN on 2026-04-13' });
  });

  it('CNY before the ECB quoted it (2005) is unconverted', () => {
    expect(rateFor('CNY', 'USD', { year: 2003 })).toMatchObject({ ok: false, reason: 'no ECB reference rate for CNY for 2003' });
  });

  it('a year before the euro’s reference rates began is unconverted', () => {
    expect(rateFor('CNY', 'USD', { year: 1989 })).toEqual({
      ok: false,
      missing: { why: 'before-table', firstYear: 1999, year: 1989 },
      reason: 'ECB reference rates start in 1999; there is none for 1989',
    });
  });

  it('the pataca converts through its cited peg to the Hong Kong dollar (1.03)', () => {
    const r = ok(rateFor('MOP', 'USD', { year: 2024 }));
    expect(1 / r.rate).toBeCloseTo(1.03 * 7.8026, 2);
    expect(r.source).toContain('MOP via its peg of MOP 1.03 per HKD (Monetary Authority of Macao currency board)');
  });
});

describe('a rate in words, in English and Simplified Chinese', () => {
  const en = textFormat('en');
  const zh = textFormat('zh-CN');

  it('where a rate comes from: the year’s, the month’s or the day’s mean', () => {
    const annual = ok(rateFor('USD', 'CNY', { year: 2024 }));
    expect(rateSource(annual, EMBEDDED_RATES.source, en)).toBe(annual.source);
    expect(rateSource(annual, EMBEDDED_RATES.source, zh)).toBe('欧洲央行欧元外汇参考汇率，2024年年均值');
    const monthly = ok(rateFor('USD', 'CNY', { year: 2026, month: 3 }));
    expect(monthly.source).toBe('ECB euro foreign exchange reference rates, March 2026 monthly average');
    expect(rateSource(monthly, EMBEDDED_RATES.source, zh)).toBe('欧洲央行欧元外汇参考汇率，2026年3月月均值');
    const daily = ok(rateFor('USD', 'CNY'));
    expect(daily.source).toBe('ECB euro foreign exchange reference rates, daily rate of 2026-04-13');
    expect(rateSource(daily, EMBEDDED_RATES.source, zh)).toBe('欧洲央行欧元外汇参考汇率，2026年4月13日汇率');
  });

  it('a peg is cited, and money already in the reader’s currency says so', () => {
    const mop = ok(rateFor('MOP', 'USD', { year: 2024 }));
    expect(mop.pegged).toEqual(['MOP']);
    expect(rateSource(mop, EMBEDDED_RATES.source, zh)).toBe('欧洲央行欧元外汇参考汇率，2024年年均值；澳门元按其联系汇率换算：1港元兑1.03澳门元（澳门金融管理局货币局制度）');
    const usd = ok(rateFor('USD', 'USD', { year: 2024 }));
    expect(usd.source).toBe('ECB euro foreign exchange reference rates, 2024 annual average (no conversion: already USD)');
    expect(rateSource(usd, EMBEDDED_RATES.source, zh)).toBe('欧洲央行欧元外汇参考汇率，2024年年均值（无需换算：已是美元）');
  });

  it('why there is none', () => {
    const reason = (r: ReturnType<typeof rateFor>) => (r.ok ? undefined : noRateReason(r.missing, zh));
    expect(reason(rateFor('TWD', 'USD', { year: 2024 }))).toBe('欧洲央行没有新台币的参考汇率');
    expect(reason(rateFor('RUB', 'USD', { year: 2024 }))).toBe('欧洲央行没有2024年的俄罗斯卢布参考汇率');
    expect(reason(rateFor('BGN', 'USD'))).toBe('欧洲央行没有2026年4月13日的保加利亚列弗参考汇率');
    expect(reason(rateFor('CNY', 'USD', { year: 1989 }))).toBe('欧洲央行参考汇率始于1999年，没有1989年的汇率');
    expect(noRateReason({ why: 'currency-unknown' }, en)).toBe('the currency is not known');
    expect(noRateReason({ why: 'currency-unknown' }, zh)).toBe('币种不明');
  });
});

describe('convertibleCurrencies: the options page’s picker', () => {
  it('has EUR, the currencies quoted on the latest date and the pegged pataca; not TWD, RUB or BGN', () => {
    const codes = convertibleCurrencies();
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['EUR', 'USD', 'CNY', 'HKD', 'MOP', 'GBP', 'JPY']));
    for (const code of ['TWD', 'RUB', 'BGN', 'CYP']) expect(codes).not.toContain(code);
    expect(codes).toHaveLength(31);
  });
});

describe('parseEcbDailyXml reads the ECB daily file without a DOM', () => {
  it('reads the date and every rate', () => {
    expect(parseEcbDailyXml(DAILY_XML)).toEqual({
      ok: true,
      value: { date: '2024-06-28', rates: { USD: 1.0705, JPY: 171.94, CNY: 7.7748, HKD: 8.3594 } },
    });
  });

  it('accepts double-quoted attributes', () => {
    const result = parseEcbDailyXml(DAILY_XML.replace(/'/g, '"'));
    expect(result.ok && result.value.rates.USD).toBe(1.0705);
  });

  it('rejects what a captive portal or a broken proxy returns', () => {
    expect(parseEcbDailyXml('')).toEqual({ ok: false, reason: 'empty response' });
    expect(parseEcbDailyXml('<html><body>Sign in to Wi-Fi</body></html>')).toEqual({
      ok: false,
      reason: 'not an ECB reference-rate file (no Envelope)',
    });
    expect(parseEcbDailyXml(DAILY_XML.slice(0, DAILY_XML.indexOf("<Cube time")))).toEqual({ ok: false, reason: 'no dated Cube in the file' });
  });

  it('rejects a file with a bad date or a bad rate rather than keep part of it', () => {
    expect(parseEcbDailyXml(DAILY_XML.replace('2024-06-28', '2024-02-30'))).toEqual({ ok: false, reason: 'bad date "2024-02-30"' });
    expect(parseEcbDailyXml(DAILY_XML.replace("'1.0705'", "'-1'"))).toEqual({ ok: false, reason: 'bad rate for USD' });
    expect(parseEcbDailyXml(DAILY_XML.replace("'171.94'", "'NaN'"))).toEqual({ ok: false, reason: 'bad rate for JPY' });
  });
});

describe('withDailyRates lays a refreshed daily file over the embedded table', () => {
  const refreshed = { date: '2026-04-14', rates: { USD: 1.17, CNY: 8, TWD: 37.5 } };

  it('a newer day becomes the latest rate; annual means stay', () => {
    const table = withDailyRates(EMBEDDED_RATES, refreshed);
    expect(table.lastDate).toBe('2026-04-14');
    expect(ok(rateFor('USD', 'CNY', undefined, table))).toMatchObject({ kind: 'daily', period: '2026-04-14', rate: 8 / 1.17 });
    expect(ok(rateFor('USD', 'CNY', { year: 2024 }, table)).rate).toBeCloseTo(7.19477, 4);
  });

  it('a currency new to the table converts at the daily rate only', () => {
    const table = withDailyRates(EMBEDDED_RATES, refreshed);
    expect(ok(rateFor('TWD', 'EUR', undefined, table)).rate).toBeCloseTo(1 / 37.5, 10);
    expect(rateFor('TWD', 'EUR', { year: 2024 }, table).ok).toBe(false);
  });

  it('an older or same-day file changes nothing', () => {
    expect(withDailyRates(EMBEDDED_RATES, { date: '2026-04-13', rates: { USD: 2 } })).toBe(EMBEDDED_RATES);
  });
});

describe('the committed table is what `npm run rates` builds from data/ecb-rates.json', () => {
  it('lib/rates/table.ts equals the build', () => {
    const data = JSON.parse(readFileSync(DEFAULT_SOURCE, 'utf8')) as EcbRatesJson;
    expect(readFileSync(TABLE_MODULE, 'utf8')).toBe(buildRateTableSource(data));
  });

  it('leaves out the partial month of the last date and keeps every complete year', () => {
    expect(Object.keys(EMBEDDED_RATES.monthly)).not.toContain('2026-04');
    expect(Object.keys(EMBEDDED_RATES.monthly)).toContain('2026-03');
    expect(Object.keys(EMBEDDED_RATES.annual)).toHaveLength(2025 - 1999 + 1);
  });
});
