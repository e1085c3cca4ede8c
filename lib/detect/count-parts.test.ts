import { describe, expect, it } from 'vitest';
import { count, qty, see, texts } from '@/lib/detect/see.test-helper';

/** Counts whose noun is given elsewhere in the sentence: the count they break down, follow or are a part of. */
const read = (s: string) => see(s).map((f) => [f.text, f.kind, f.value, f.noun ?? f.unit]);

describe('a bare number in the breakdown of a count counts what the count counts', () => {
  it.each([
    ['The carmaker sold 1.24 million vehicles last year, of which 612,000 in North America, 398,000 in Europe and 187,000 in Asia.', [
      qty('1.24 million vehicles', 1.24e6, 'vehicle'), qty('612,000', 612000, 'vehicle'), qty('398,000', 398000, 'vehicle'), qty('187,000', 187000, 'vehicle'),
    ]],
    ['The group employs 480,000 people worldwide, including 212,000 in Asia.', [count('480,000 people', 480000, 'people'), count('212,000', 212000, 'people')]],
    ['As of Feb. 25, 296 listed companies had released their annual reports, with 223 seeing year-on-year profit growth.', [
      count('296 listed companies', 296, 'listed companies'), count('223', 223, 'listed companies'),
    ]],
  ])('%s', (sentence, expected) => {
    expect(see(sentence)).toEqual(expected);
  });

  it('其中 and 其余 with a counter are counts already; a bare scaled part after 其中 takes the total’s unit, in both scripts', () => {
    expect(read('全省规上工业企业1.2万家，其中外资企业612家，其余940家为内资企业。')).toEqual([['1.2万家', 'count', 12000, '家'], ['612家', 'count', 612, '家'], ['940家', 'count', 940, '家']]);
    expect(read('全省規上工業企業1.2萬家，其中外資企業612家，其餘940家為內資企業。')).toEqual([['1.2萬家', 'count', 12000, '家'], ['612家', 'count', 612, '家'], ['940家', 'count', 940, '家']]);
    expect(read('全年汽车销量124万辆，其中北美61.2万，欧洲39.8万。')).toEqual([['124万辆', 'quantity', 1.24e6, 'vehicle'], ['61.2万', 'quantity', 612000, 'vehicle'], ['39.8万', 'quantity', 398000, 'vehicle']]);
    expect(read('全年汽車銷量124萬輛，其中北美61.2萬，歐洲39.8萬。')).toEqual([['124萬輛', 'quantity', 1.24e6, 'vehicle'], ['61.2萬', 'quantity', 612000, 'vehicle'], ['39.8萬', 'quantity', 398000, 'vehicle']]);
  });

  it('never across a sentence, after money, or for a year', () => {
    expect(texts('It employs 480,000 people. Including 212,000 in Asia, it said.')).toEqual(['480,000 people']);
    expect(texts('It employs 480,000 people and earned $5 billion, including 212,000 in Asia.')).toEqual(['480,000 people', '$5 billion']);
    expect(texts('It opened 30 stores in 2023, of which 2024 saw most.')).toEqual(['30 stores']);
  });
});

describe('an elliptical count after a comma or "from" takes the noun of the count just before it', () => {
  it.each([
    ['It has 4,200 workers, up from 1,800 two years ago.', [count('4,200 workers', 4200, 'workers'), count('1,800', 1800, 'workers')]],
    // "tripled" is a figure of its own (multiples.test.ts).
    ['The startup has tripled its workforce to 4,200, from 1,800 two years ago.', [
      ['tripled', 'percent', 3, 'x'], ['4,200', 'count', 4200, 'workforce'], ['1,800', 'count', 1800, 'workforce'],
    ]],
    ['Initial jobless claims fell 8.5% to 212,000 last week from 226,000 the week before.', [
      ['8.5%', 'percent', 8.5, '%'], ['212,000', 'count', 212000, 'jobless claims fell'], ['226,000', 'count', 226000, 'jobless claims fell'],
    ]],
  ])('%s', (sentence, expected) => {
    const figures = Array.isArray(expected[0]) ? read(sentence) : see(sentence);
    expect(figures).toEqual(expected);
  });
});

describe('a part of a whole: "118 of the 435 seats", "Of the 2,350 jobs cut, 940 …"', () => {
  it.each([
    ['Women now hold 118 of the 435 seats in the House, or 31%.', ['118', 'count', 118, 'seats'], ['435 seats', 'count', 435, 'seats'], ['31%', 'percent', 31, '%']],
    ['The bill passed with 218 of 435 members voting for it.', ['218', 'count', 218, 'members'], ['435 members', 'count', 435, 'members']],
    ['Of the 2,350 jobs the company cut this year, 940 were in manufacturing.', ['2,350 jobs', 'count', 2350, 'jobs'], ['940', 'count', 940, 'jobs']],
    ['Among these firms, 13 reported that their annual net profits rose.', ['13', 'count', 13, 'firms']],
  ])('%s', (sentence, ...expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('a whole of kinds ("468种产品") is no figure; a part of it is, in both scripts', () => {
    expect(read('分产品看，9月份，468种产品中有356种产品同比增长。')).toEqual([['356种', 'count', 356, '种']]);
    expect(read('分產品看，9月份，468種產品中有356種產品同比增長。')).toEqual([['356種', 'count', 356, '種']]);
    expect(read('在39个大类行业中，其中有12类行业增速加快。')).toEqual([['12类', 'count', 12, '类']]);
  });

  it('Chinese writes the part with its counter, so it counts already, in both scripts', () => {
    expect(read('女性在众议院435个席位中占118个。')).toEqual([['435个', 'count', 435, '个'], ['118个', 'count', 118, '个']]);
    expect(read('女性在眾議院435個席位中佔118個。')).toEqual([['435個', 'count', 435, '個'], ['118個', 'count', 118, '個']]);
  });

  it('a bare "of" with no count after it, a page, a rank or a year is no part', () => {
    expect(texts('See page 12 of 40 in the annual report.')).toEqual([]);
    expect(texts('The firm was ranked 3 of 10 by analysts.')).toEqual([]);
    expect(texts('Of the 2023 budget, 40 went to schools.')).toEqual([]);
  });
});

describe('a count whose noun phrase starts with a name holding a number', () => {
  it.each([
    ["More than 160 Fortune 500 companies' delegates have said they will take part.", count('160 Fortune 500 companies', 160, 'Fortune 500 companies', { hedge: 'above' })],
    ['The court received 300 Chapter 11 filings last month.', count('300 Chapter 11 filings', 300, 'Chapter 11 filings')],
    ['The operator runs 12 Line 3 trains an hour.', count('12 Line 3 trains', 12, 'Line 3 trains')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('the number inside the name is no figure, and a month or year is no name', () => {
    expect(texts('The Fortune 500 companies and the S&P 500 firms reported.')).toEqual([]);
    expect(texts('On 12 March 15 companies reported losses.')).toEqual([]);
  });
});

describe('Chinese counters of buildings, trips and runs, in both scripts', () => {
  it('栋, 趟, 架次', () => {
    expect(read('新建住宅1200栋，开行旅客列车1.2万趟，保障航班3.5万架次。')).toEqual([['1200栋', 'count', 1200, '栋'], ['1.2万趟', 'count', 12000, '趟'], ['3.5万架次', 'count', 35000, '架次']]);
    expect(read('新建住宅1200棟，開行旅客列車1.2萬趟，保障航班3.5萬架次。')).toEqual([['1200棟', 'count', 1200, '棟'], ['1.2萬趟', 'count', 12000, '趟'], ['3.5萬架次', 'count', 35000, '架次']]);
  });
});
