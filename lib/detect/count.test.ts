import { describe, expect, it } from 'vitest';
import { count, see, qty } from '@/lib/detect/see.test-helper';

describe('counts: a number with the noun it counts', () => {
  it.each([
    ['Guangdong is home to 77,000 high-tech enterprises.', count('77,000 high-tech enterprises', 77000, 'high-tech enterprises')],
    // "units" after a text about cars are vehicles: output, as 万辆 is.
    ['The carmaker sold 1.28 million units.', qty('1.28 million units', 1.28e6, 'vehicle')],
    ['The line has 24 stations.', count('24 stations', 24, 'stations')],
    ['There are 1.4 billion people in China.', count('1.4 billion people', 1.4e9, 'people')],
    ['The city added 1,200 new charging piles.', count('1,200 new charging piles', 1200, 'new charging piles')],
    ['The city has 3,000 Chinese students.', count('3,000 Chinese students', 3000, 'Chinese students')],
    ['The app has 30m users.', count('30m users', 30e6, 'users')],
    ['The trains carry 75 lakh passengers a day.', count('75 lakh passengers', 75e5, 'passengers')],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('a phrase ends at its first plural; what follows is the sentence, not the noun', () => {
    expect(see('5 companies opened stores.')).toEqual([count('5 companies', 5, 'companies')]);
  });

  it('a singular or a verb after the number counts nothing', () => {
    expect(see('Its iPhone 16 sold well.')).toEqual([]);
    expect(see('The score was 3 and rising.')).toEqual([]);
  });
});

describe('counts: Chinese classifiers', () => {
  it.each([
    ['全省高新技术企业7.5万家。', count('7.5万家', 7.5e4, '家')],
    ['全年新增就业135万人。', count('135万人', 135e4, '人')],
    ['两万家企业参与了改造。', count('两万家', 2e4, '家')],
    ['全市建成充电桩１２万个。', count('１２万个', 12e4, '个')],
    ['全国共有普通高校3117所。', count('3117所', 3117, '所')],
    ['全年共举办展会300余场。', count('300余场', 300, '场', { hedge: 'above' })],
    ['全国共有规上企业48万多家。', count('48万多家', 48e4, '家', { hedge: 'above' })],
    ['一家人去了十多个城市。', count('十多个', 10, '个', { hedge: 'above' })],
  ])('%s', (sentence, figure) => {
    expect(see(sentence)).toEqual([figure]);
  });

  it('一 and 两 alone are words, not counts: 一家人, 一个, 两岸', () => {
    expect(see('一家人在一个周末去了两岸三地。')).toEqual([]);
  });

  it('time and measure words are not counted: 个月, 小时, 公里; floor space is a quantity (lib/detect/quantity.test.ts)', () => {
    expect(see('项目历时18个月，全长120公里，占地35万平方米，每天运营16个小时。')).toEqual([qty('35万平方米', 35e4, 'm2')]);
  });
});
