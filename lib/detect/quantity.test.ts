import { describe, expect, it } from 'vitest';
import { money, pct, qty, see } from '@/lib/detect/see.test-helper';

describe('quantity: output in its base unit', () => {
  it.each([
    ['China’s crude steel output rose 3 percent to 1.2 billion tonnes last year.', pct('3 percent', 3), qty('1.2 billion tonnes', 1.2e9, 't')],
    ['OPEC+ will raise output by 411,000 barrels per day in June.', qty('411,000 barrels per day', 411e3, 'bbl')],
    ['Pipeline gas exports reached 38 bcm, the ministry said.', qty('38 bcm', 38e9, 'm3')],
    ['The province added 5 GW of solar capacity and generated 3 MWh from a pilot plant.', qty('5 GW', 5e9, 'W'), qty('3 MWh', 3000, 'kWh')],
    ['Throughput at the port hit 25.5 million TEUs.', qty('25.5 million TEUs', 25.5e6, 'TEU')],
    ['Developers sold 1.1 million square metres of homes.', qty('1.1 million square metres', 1.1e6, 'm2')],
    ['Tesla delivered 484,507 vehicles in the quarter, and 10,000 electric vehicles in Shanghai.', qty('484,507 vehicles', 484507, 'vehicle'), qty('10,000 electric vehicles', 1e4, 'vehicle')],
    ['Railways logged 1.6 trillion passenger-kilometres and 3.6 trillion tonne-kilometres.', qty('1.6 trillion passenger-kilometres', 1.6e12, 'passenger-km'), qty('3.6 trillion tonne-kilometres', 3.6e12, 'tonne-km')],
    ['Brazil’s herd grew to 238 million head of cattle.', qty('238 million head of cattle', 238e6, 'head')],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['全年粮食产量1.4亿吨，比上年增长1.6%。', qty('1.4亿吨', 1.4e8, 't'), pct('1.6%', 1.6)],
    ['全省发电量达到6500亿千瓦时，新增装机容量1200万千瓦。', qty('6500亿千瓦时', 6.5e11, 'kWh'), qty('1200万千瓦', 1.2e10, 'W')],
    ['广州港集装箱吞吐量2600万标箱。', qty('2600万标箱', 2.6e7, 'TEU')],
    ['全年新建商品房销售面积9.7亿平方米。', qty('9.7亿平方米', 9.7e8, 'm2')],
    ['春节假期国内出游4.74亿人次，新能源汽车销量1150万辆，生猪出栏7.2亿头。', qty('4.74亿人次', 4.74e8, 'person-time'), qty('1150万辆', 1.15e7, 'vehicle'), qty('7.2亿头', 7.2e8, 'head')],
    ['全国高速公路通车里程达18.4万公里，天然气产量2300亿立方米。', qty('18.4万公里', 1.84e5, 'km'), qty('2300亿立方米', 2.3e11, 'm3')],
    ['一台风机装机5兆瓦，不是5兆元。', qty('5兆瓦', 5e6, 'W'), money('5兆元', 5e12, 'CNY')],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['全年糧食產量1.4億噸，比上年增長1.6%。', qty('1.4億噸', 1.4e8, 't'), pct('1.6%', 1.6)],
    ['葵青貨櫃碼頭處理1,400萬個標準箱，台電發電量2,800億千瓦時。', qty('1,400萬個標準箱', 1.4e7, 'TEU'), qty('2,800億千瓦時', 2.8e11, 'kWh')],
    ['去年訪港旅客達4,450萬人次，新車銷量超過3萬輛。', qty('4,450萬人次', 4.45e7, 'person-time'), qty('3萬輛', 3e4, 'vehicle', { hedge: 'above' })],
  ])('traditional script: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('a physical measure that is not output stays out: decibels, volts, the length of one road', () => {
    expect(see('A 120-decibel siren, a 5 volts charger and a 30 km road lead to the village.')).toEqual([]);
    expect(see('这条全长120公里的公路，沿途有一座高80米的塔。')).toEqual([]);
    expect(see('這條全長120公里的公路穿過山區。')).toEqual([]);
  });
});
