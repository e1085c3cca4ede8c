import { describe, expect, it } from 'vitest';
import { count, pct, pp, qty, see, texts } from '@/lib/detect/see.test-helper';

const figures = (s: string) => see(s).map((f) => [f.kind, f.value, f.unit]);

describe('counts whose noun stands before the number, in the same sentence', () => {
  it.each([
    ['The number of high-tech enterprises in the province reached 1,120, an increase of 20.5 percent.', 1120, 20.5],
    ['Total nonfarm payroll employment rose by 236,000 in March, the bureau said.', 236000],
    ['The number of industrial enterprises above designated size increased by 8,439, totaling more than 50,000.', 8439, 50000],
    ['Small firms, numbering more than 3 million, employ most of the workforce.', 3e6],
    ['The number of unemployed persons, at 5.8 million, changed little in March.', 5.8e6],
    ['Applications surged as the number of people applying for federal aid surpassed five million.', 5e6],
    ['Employment rose among core-aged women (+43,000; +0.7%) in April.', 43000, 0.7],
  ])('%s', (sentence, ...values) => {
    expect(see(sentence).map((f) => f.value)).toEqual(values);
    expect(see(sentence)[0]!.kind).toBe('count');
  });

  it('a year, an age range or a rate after the subject counts nothing', () => {
    expect(texts('The number of listed firms rose in 2024, officials said.')).toEqual([]);
    expect(texts('Employment gains among core-aged women aged 25 to 54 were offset by losses among men.')).toEqual([]);
    expect(figures('The number of jobs grew, and the unemployment rate was at 3.5 percent.')).toEqual([['percent', 3.5, '%']]);
  });
});

describe('counted noun phrases', () => {
  it.each([
    ['The fair expects 180,000 overseas buyers this spring.', count('180,000 overseas buyers', 180000, 'overseas buyers')],
    ['Organizers will rope in over 150,000 domestic and overseas buyers.', count('150,000 domestic and overseas buyers', 150000, 'domestic and overseas buyers')],
    ['The top planner approved six fixed-asset investment projects last month.', count('six fixed-asset investment projects', 6, 'fixed-asset investment projects')],
    ['The province has built two new national high-tech zones.', count('two new national high-tech zones', 2, 'new national high-tech zones')],
  ])('%s', (sentence, ...expected) => {
    expect(see(sentence).map(({ hedge: _, ...f }) => f)).toEqual(expected);
  });

  it('number words count only economic heads, and not things already named', () => {
    expect(texts('One of the two banks said the two sides had three reasons to agree.')).toEqual([]);
  });

  it('casualties are no economic count', () => {
    expect(texts('The 2015 dam disaster in Brazil killed 19 people.')).toEqual([]);
  });

  it('bare "units" after a text about cars are vehicles; elsewhere a count', () => {
    expect(see('SAIC-GM-Wuling, known for its mini electric cars, sold a record 41,852 units.')).toEqual([qty('41,852 units', 41852, 'vehicle')]);
    expect(see('The developer sold 1,200 units in the quarter.')).toEqual([count('1,200 units', 1200, 'units')]);
  });
});

describe('an elliptical count takes the noun of the count just before it', () => {
  it('"30,000 jobs last year and 41,000 this year"', () => {
    expect(see('The sector added 30,000 jobs last year and 41,000 this year.')).toEqual([count('30,000 jobs', 30000, 'jobs'), count('41,000', 41000, 'jobs')]);
  });

  it('"hired 3,000 workers in 2024 and laid off 1,200 in 2025": a hiring or cutting verb after the connector', () => {
    expect(see('The company hired 3,000 workers in 2024 and laid off 1,200 in 2025.')).toEqual([count('3,000 workers', 3000, 'workers'), count('1,200', 1200, 'workers')]);
    // a verb whose object is another thing does not carry the noun
    expect(texts('It employs 5,000 people and sold 1,200 in May.')).toEqual(['5,000 people']);
  });

  it('never across a year, a sentence or a unit of its own', () => {
    expect(texts('It hired 300 workers in 2023 and 2024 was slower.')).toEqual(['300 workers']);
    expect(texts('It hired 300 workers. And 40 said so.')).toEqual(['300 workers']);
    expect(see('It has 12 branches and 5 percent of the market.').map((f) => f.kind)).toEqual(['count', 'percent']);
  });
});

describe('Chinese counters', () => {
  it('列 counts train trips, in both scripts', () => {
    expect(see('2024年中欧班列累计开行突破了10万列。').map((f) => [f.kind, f.value])).toEqual([['count', 1e5]]);
    expect(see('2024年中歐班列累計開行突破了10萬列。').map((f) => [f.kind, f.value])).toEqual([['count', 1e5]]);
  });

  it('a counter is glued to its number: "1.1 本公司" is a section number', () => {
    expect(texts('1.1 本公司董事会、监事会保证本报告所载资料不存在任何虚假记载。')).toEqual([]);
    expect(texts('1.1 本公司董事會、監事會保證本報告所載資料不存在任何虛假記載。')).toEqual([]);
  });

  it('"0.2个和0.1个百分点": each number of the list is a point change', () => {
    expect(see('二、三线城市降幅分别扩大0.2个和0.1个百分点。')).toEqual([pp('0.2个', 0.2), pp('0.1个百分点', 0.1)]);
    expect(see('二、三線城市降幅分別擴大0.2個和0.1個百分點。')).toEqual([pp('0.2個', 0.2), pp('0.1個百分點', 0.1)]);
  });
});

void pct;
