import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { money, pct, see } from '@/lib/detect/see.test-helper';

describe('money: symbols and codes before the number, with or without a space', () => {
  it.each([
    ['Alibaba reported revenue of US$33.7 billion.', money('US$33.7 billion', 33.7e9, 'USD')],
    ['The bonds raised USD 500 million.', money('USD 500 million', 500e6, 'USD')],
    ['The government will spend HK$12 billion on housing.', money('HK$12 billion', 12e9, 'HKD')],
    ['Turnover was HKD 4.1 billion.', money('HKD 4.1 billion', 4.1e9, 'HKD')],
    ['The fund posted a S$ 2.1 billion gain.', money('S$ 2.1 billion', 2.1e9, 'SGD')],
    ['The miner wrote down A$1.4 billion.', money('A$1.4 billion', 1.4e9, 'AUD')],
    ['The plan holds C$ 540 billion.', money('C$ 540 billion', 540e9, 'CAD')],
    ['TSMC will invest NT$300 billion.', money('NT$300 billion', 300e9, 'TWD')],
    ['Milk solids fetch NZ$10 a kilogram.', money('NZ$10', 10, 'NZD')],
    ['Brussels approved a €3.2 billion scheme.', money('€3.2 billion', 3.2e9, 'EUR')],
    ['The deal is worth EUR 2.5 billion.', money('EUR 2.5 billion', 2.5e9, 'EUR')],
    ['The deficit widened to £17.4bn in October.', money('£17.4bn', 17.4e9, 'GBP')],
    ['Revenue was GBP 1.2 billion.', money('GBP 1.2 billion', 1.2e9, 'GBP')],
    ['Xiaomi priced the phone at RMB 3,999.', money('RMB 3,999', 3999, 'CNY')],
    ['The manager raised Rmb5bn.', money('Rmb5bn', 5e9, 'CNY')],
    ['Issuers sold CNY 10 billion of panda bonds.', money('CNY 10 billion', 10e9, 'CNY')],
    ['A weak currency added JPY 250 billion to profit.', money('JPY 250 billion', 250e9, 'JPY')],
    ['Samsung will spend ₩72 trillion on chips.', money('₩72 trillion', 72e12, 'KRW')],
    ['Shipments worth KRW 3.5 trillion were delayed.', money('KRW 3.5 trillion', 3.5e12, 'KRW')],
    ['Reliance earned ₹19,299 crore.', money('₹19,299 crore', 19299e7, 'INR')],
    ['Farmers get Rs 6,000 a year.', money('Rs 6,000', 6000, 'INR')],
    ['Airlines lost INR 110 billion.', money('INR 110 billion', 110e9, 'INR')],
    ['Sales reached CHF 93 billion.', money('CHF 93 billion', 93e9, 'CHF')],
    ["Macau's casinos earned MOP 18.5 billion.", money('MOP 18.5 billion', 18.5e9, 'MOP')],
    ['The startup raised $3b.', money('$3b', 3e9, 'USD')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });
});

describe('money: codes and signs after the number', () => {
  it.each([
    ['Assets reached 1.2 trillion USD.', money('1.2 trillion USD', 1.2e12, 'USD')],
    ['Investors bought 45 billion HKD of stocks.', money('45 billion HKD', 45e9, 'HKD')],
    ['A coffee costs 5€ here.', money('5€', 5, 'EUR')],
    ['A coffee costs 5 € here.', money('5 €', 5, 'EUR')],
    ['Taxis start at 13元.', money('13元', 13, 'CNY')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });
});

describe('money: currency words', () => {
  it.each([
    ['The ministry earmarked 500 million yuan.', money('500 million yuan', 500e6, 'CNY')],
    ['Deposits climbed to 150 trillion renminbi.', money('150 trillion renminbi', 150e12, 'CNY')],
    ['Net income reached 3.5 billion dollars.', money('3.5 billion dollars', 3.5e9, 'USD')],
    ['Visitors spent 8 billion US dollars.', money('8 billion US dollars', 8e9, 'USD')],
    ['The fund invested 1.5 billion U.S. dollars.', money('1.5 billion U.S. dollars', 1.5e9, 'USD')],
    ['The stake sold for 2.3 billion Hong Kong dollars.', money('2.3 billion Hong Kong dollars', 2.3e9, 'HKD')],
    ['Tickets cost 80 euros.', money('80 euros', 80, 'EUR')],
    ['The club paid 100 million pounds.', money('100 million pounds', 100e6, 'GBP')],
    ['The estate is worth 40 million pounds sterling.', money('40 million pounds sterling', 40e6, 'GBP')],
    ['Sony booked 120 billion yen.', money('120 billion yen', 120e9, 'JPY')],
    ['Hyundai will invest 24 trillion won.', money('24 trillion won', 24e12, 'KRW')],
    ['Sellers earned 40,000 crore rupees.', money('40,000 crore rupees', 40000e7, 'INR')],
    ['Exports rose to 26 billion Swiss francs.', money('26 billion Swiss francs', 26e9, 'CHF')],
    ['The surplus reached 4.5 billion patacas.', money('4.5 billion patacas', 4.5e9, 'MOP')],
    ['HEADLINE: GDP TOPS 14 TRILLION YUAN', money('14 TRILLION YUAN', 14e12, 'CNY')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it.each([
    ['全年进出口总额达9.11万亿元。', money('9.11万亿元', 9.11e12, 'CNY')],
    ['外商直接投资1.1万亿元人民币。', money('1.1万亿元人民币', 1.1e12, 'CNY')],
    ['该项目总投资人民币300亿元。', money('人民币300亿元', 300e8, 'CNY')],
    ['美国联邦债务达36万亿美元。', money('36万亿美元', 36e12, 'USD')],
    ['日均成交额为1,460亿港元。', money('1,460亿港元', 1460e8, 'HKD')],
    ['该笔款项为500万港币。', money('500万港币', 500e4, 'HKD')],
    ['欧盟提供了32亿欧元补贴。', money('32亿欧元', 32e8, 'EUR')],
    ['英国将投资200亿英镑。', money('200亿英镑', 200e8, 'GBP')],
    ['日本央行持有590万亿日元国债。', money('590万亿日元', 590e12, 'JPY')],
    ['三星计划投资72万亿韩元。', money('72万亿韩元', 72e12, 'KRW')],
    ['博彩毛收入达183亿澳门元。', money('183亿澳门元', 183e8, 'MOP')],
    ['该公司投资新台币3000亿元。', money('新台币3000亿元', 3000e8, 'TWD')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('a specific currency wins over the family word beside it: 港币300元 is Hong Kong dollars', () => {
    expect(see('车费为港币300元。')).toEqual([money('港币300元', 300, 'HKD')]);
  });

  it('"pounds" without a scale is a weight, with one it is sterling', () => {
    expect(see('The parcel weighs 5 pounds.')).toEqual([]);
    expect(see('The club paid 5 million pounds.')).toEqual([money('5 million pounds', 5e6, 'GBP')]);
  });
});

describe('money: scale words and abbreviations', () => {
  it.each([
    ['Sales hit $5bn.', 5e9, 'bn'],
    ['Costs were £250m.', 250e6, 'm'],
    ['The round raised US$750mn.', 750e6, 'mn'],
    ['Debt will reach $35tn.', 35e12, 'tn'],
    ['Assets rose to $1.2trn.', 1.2e12, 'trn'],
    ['It earns $50k a month.', 50e3, 'k'],
    ['It spent $2 bn on batteries.', 2e9, 'bn spaced'],
    ['Issuance reached US$ 1.9 trillion.', 1.9e12, 'trillion'],
    ['Banks lent Rs 1.5 lakh crore.', 1.5e12, 'lakh crore'],
  ])('%s (%s)', (sentence, value) => {
    const [figure] = detectFigures(sentence);
    expect(figure?.kind).toBe('money');
    expect(figure?.value).toBe(value);
  });

  it.each([
    ['14万亿元', 14e12, 1e12],
    ['１４万亿元', 14e12, 1e12],
    ['5000亿元', 5e11, 1e8],
    ['3000万元', 3e7, 1e4],
    ['3千万元', 3e7, 1e7],
    ['5千亿元', 5e11, 1e11],
    ['2百亿元', 2e10, 1e10],
    ['12十亿元', 12e9, 1e9],
    ['3百万元', 3e6, 1e6],
    ['五千亿元', 5e11, 1e8],
    ['一千二百亿元', 1.2e11, 1e8],
    ['七千三百五十亿元', 7.35e11, 1e8],
    ['千万元', 1e7, 1e4],
  ])('%s is %d yuan, scale %d', (written, value, scale) => {
    const [figure] = detectFigures(`全年投入${written}。`);
    expect(figure).toMatchObject({ text: written, kind: 'money', currency: 'CNY', value, scale });
  });

  it('thousands separators and decimals: 1,234.5 yuan', () => {
    expect(see('Prices rose 1,234.5 yuan per tonne.')).toEqual([money('1,234.5 yuan', 1234.5, 'CNY')]);
  });
});

describe('money: values are exact for what is written', () => {
  it.each([
    ['A 1.1 billion dollar contract.', 1.1e9],
    ['RMB 300 million was invested.', 3e8],
    ['They spent $0.3 billion.', 3e8],
    ['It rose to $4.35 trillion.', 4.35e12],
    ['Profit was 19.99 billion yuan.', 19.99e9],
    ['全年收入8262.5亿元。', 8262.5e8],
    ['储备为32024亿美元。', 32024e8],
  ])('%s', (sentence, value) => {
    const [figure] = detectFigures(sentence);
    // Exactly the double nearest the written decimal: no 1100000000.0000002.
    expect(figure?.value).toBe(value);
    expect(String(figure?.value)).toBe(String(value));
  });
});

describe('money: ¥ is yuan or yen (rule in lexicon/symbols.ts)', () => {
  it('the nearest currency or country word decides', () => {
    expect(see('Toyota expects profit of ¥4.3 trillion, the Japanese carmaker said.')[0]?.currency).toBe('JPY');
    expect(see("Beijing taxis start at ¥13, the city's transport commission said.")[0]?.currency).toBe('CNY');
    expect(see('出租车起步价为¥13，每公里2.6元。')[0]?.currency).toBe('CNY');
    expect(see('该股收于¥2,800，日元走弱。')[0]?.currency).toBe('JPY');
  });

  it('without such words, the page language decides', () => {
    expect(detectFigures('It costs ¥500.', { lang: 'zh-CN' })[0]?.currency).toBe('CNY');
    expect(detectFigures('It costs ¥500.', { lang: 'ja' })[0]?.currency).toBe('JPY');
    expect(detectFigures('It costs ¥500.', { lang: 'en' })[0]?.currency).toBe('JPY');
  });

  it('on a page of unknown language, Chinese characters around it mean yuan', () => {
    expect(detectFigures('价格：￥500')[0]?.currency).toBe('CNY');
    expect(detectFigures('Price: ¥500')[0]?.currency).toBe('JPY');
  });
});

describe('money: an amount followed by its conversion is two figures, linked', () => {
  it.each([
    ["Guangdong's GDP passed 14 trillion yuan (US$ 1.9 trillion) in 2024.", '14 trillion yuan', 'US$ 1.9 trillion'],
    ['The fund has 500 billion yen (about $3.3 billion).', '500 billion yen', '$3.3 billion'],
    ['Sales reached HK$ 8 billion, or US$1 billion, last year.', 'HK$ 8 billion', 'US$1 billion'],
    ['进出口总额43.85万亿元，折合6.16万亿美元。', '43.85万亿元', '6.16万亿美元'],
    ['出口额为25.45万亿元人民币（约合3.58万亿美元）。', '25.45万亿元人民币', '3.58万亿美元'],
  ])('%s', (sentence, original, conversion) => {
    const figures = detectFigures(sentence);
    const a = figures.find((f) => f.text === original)!;
    const b = figures.find((f) => f.text === conversion)!;
    expect(b.equivalentOf).toBe(a.id);
    expect(a.equivalentOf).toBeUndefined();
  });

  it('two amounts in the same currency are not a conversion', () => {
    expect(see('Revenue was $5 billion ($4.2 billion a year earlier).').map((f) => f.equivalentOf)).toEqual([undefined, undefined]);
  });

  it('a percentage after an amount is not a conversion', () => {
    expect(see('Exports reached $3.6 trillion (up 7.1%).')).toEqual([money('$3.6 trillion', 3.6e12, 'USD'), pct('7.1%', 7.1)]);
  });
});

describe('an amount whose 元 the press drops after a money noun', () => {
  it.each([
    ['公司营收达324亿，同比增长5%。', money('324亿', 324e8, 'CNY'), pct('5%', 5)],
    ['公司營收達324億，按年增長5%。', money('324億', 324e8, 'CNY'), pct('5%', 5)],
    ['8月零售業銷貨額達324億年升13.7%', money('324億', 324e8, 'CNY'), pct('13.7%', 13.7)],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('not after other nouns, and 億年 is still years', () => {
    expect(see('全市人口达324万。')).toEqual([]);
    expect(see('地球已有46億年歷史。')).toEqual([]);
  });

  it('on a Hong Kong page it is the Hong Kong dollar, as 億元 is', () => {
    const [f] = detectFigures('政府統計處公布，8月零售業銷貨額達324億。', { lang: 'zh', host: 'www.info.gov.hk' });
    expect(f?.currency).toBe('HKD');
  });
});
