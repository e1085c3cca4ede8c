import { describe, expect, it } from 'vitest';
import { count, pct, texts } from '@/lib/detect/see.test-helper';
import { see } from '@/lib/detect/see.test-helper';

describe('never money, percent or count', () => {
  it.each([
    ['years', 'Growth was steady in 2024, and in FY2025 it slowed.'],
    ['years in Chinese', '2024年全省经济运行稳中有进，二〇二五年继续向好。'],
    ['a year before a plural noun', 'In 2023 companies in the zone paid less tax.'],
    ['dates', 'The official spoke on January 15 and again on 1 January 2026.'],
    ['ISO dates and year spans', 'UPDATED :2025-01-16 Copyright 2017-2018'],
    ['Chinese dates', '会议于2025年1月15日在广州召开，1-11月累计增长。'],
    ['times', 'The meeting runs from 9:30 am to 5 pm.'],
    ['phone numbers', 'Call 020-12345678 or 8610-64918366, or +86 10 6491 8366.'],
    ['Chinese phone line', '咨询电话：020-12345678。'],
    ['postal codes', 'Guangzhou 510620, China; 邮编510000。'],
    ['addresses and room numbers', 'Room 1203, No. 5 Building, 88 Tianhe Road; 天河路123号1203室。'],
    ['licence numbers', '粤B2-20040381号 京ICP备12345678号 京ICP证040089号'],
    ['ordinals', 'It was the 36th consecutive year and the 2nd quarter, 第十五届, 第36位, 第一产业.'],
    ['product names', 'Its 5G phones, 4K screens, A320 jets and Boeing 737 planes.'],
    ['rankings', 'The Fortune Global 500 companies and the Top 10 cities; 世界500强，前10家企业。'],
    ['version numbers', 'Version 2.4.1 and iOS 17.2 fix the bug; 3.2.1版本上线。'],
    ['names with numbers', 'The COVID-19 pandemic; World War 2 veterans; Line 3 trains; Phase 2 projects.'],
    ['time spans', 'The firm has led for the past 39 years, 18 months and 24 hours; 过去39年来，历时18个月。'],
    ['measures', 'It covers 30 square kilometers, 1,318 kilometres and 38 degrees; 占地1200亩，3351.76点。'],
    ['index points', 'The index rose 120 points to 3,350.'],
    ['European decimal commas are left alone rather than misread', 'Le taux est de 1,5 %.'],
    ['a number glued to a word', 'Model X100 and G20 and B2B'],
    ['scores', 'Guangzhou FC won 3-1 at home and drew 2-2 away; 广州队3:1取胜。'],
    ['a paywall reading counter', '央行宣布降准的消息公布后，A股三大指数集体上涨。（剩余60%）'],
    ['a paywall reading counter, traditional script', '港股恒指收市升逾300點。（剩餘45%）'],
    ['section numbers', '2.1 公司简介\n2.2 主要业务'],
    ['section numbers and scores, traditional script', '2.1 公司簡介\n2.2 主要業務；廣州隊3:1取勝。'],
    ['碼 as a yard, a code or a word', '這是兩碼事，他推進了30碼；使用指定推薦碼成功開立個人儲蓄戶口。'],
    ['五卅 is a name, 半成品 a product', '五卅運動紀念館展出半成品。'],
    ['stock codes, traditional script', '騰訊控股（00700.HK）與台積電（2330.TW）同日公布業績。'],
    ['years of economic history, as a range before a plural noun', 'Between 1850 and 1900 wages in Britain rose steadily.'],
    ['model names', 'The Galaxy S24 cameras and the iPhone 15 screens impressed reviewers.'],
    ['stock codes', '贵州茅台（600519.SH）与腾讯控股（00700.HK）同日公布业绩。'],
    ['the name of a statistical panel', '国家统计局发布70个大中城市商品住宅销售价格变动情况。'],
    ['physical measures that are not output', 'A 120-decibel siren, 5 volts and a 30 km road; 全长120公里的公路。'],
    // The whole a release is cut into is no figure; a part of it is (count-parts.test.ts: "468种产品中有356种产品同比增长").
    ['kinds and categories of a release', '分行业看，39个大类行业增加值全部增长；在468种产品中；十种有色金属；影響最大的是232條款；468種產品中。'],
    ['who answered a poll, how a release is cut, and ranks', 'Some 18 analysts polled by Reuters expect growth in 13 sub-sectors of the 100 biggest cities.'],
    ['video resolutions are not pence', 'It records 4K and 1080 p video.'],
    // Casualties are no economic count, whether the verb stands before or after them (count-before.test.ts).
    ['casualties after the count', 'Hundreds of people were killed in the floods, dozens were injured and 19 people died.'],
    ['casualties after a part of a whole', 'Of those on board, 12 were killed and 40 were injured.'],
    ['page numbers and ranks before "of"', 'See page 12 of 40; the firm was ranked No. 3 of 10.'],
    ['ordinals and model numbers before "of"', 'It came 3rd of 10 and flew the 737 of the fleet.'],
  ])('%s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('the seed page menu, byline and footer have no figures', () => {
    const page = [
      'NEW',
      'BUSINESS',
      '· GUANGZHOU NOW',
      '· B&R INITIATIVE',
      'BY :China Daily',
      'UPDATED :2025-01-16',
      'Copyright 2017-2018',
      'Guangzhou Interactive Information Network Company All rights reserved.Copyright/IP',
      '粤B2-20040381号',
    ].join('\n');
    expect(texts(page)).toEqual([]);
  });
});

describe('a count’s noun never carries to a year, a time, an address, a model or casualties after it', () => {
  it.each([
    ['years and times after a breakdown word', 'It opened 30 stores, of which 2024 saw most, including 9:30 openings.', ['30 stores']],
    ['an address after a breakdown word', 'Its 20 branches, including 88 Tianhe Road, stayed open.', ['20 branches']],
    ['a model name after a comma', 'It sold 300 cars, 3 Series included.', ['300 cars']],
    ['casualties in a breakdown', 'The ferry carried 300 passengers, of whom 12 were killed and 40 were injured.', ['300 passengers']],
    ['a year after "from"', 'It has 4,200 workers, up from 2019 levels.', ['4,200 workers']],
    ['an age range after a count', 'He hired 300 workers, aged 25 to 40.', ['300 workers']],
    ['stock codes after a breakdown word', 'It listed 30 stocks, including 600519 and 000858.', ['30 stocks']],
    ['a model glued to its number after 其中, in both scripts', '全省建成基站10万个，其中5G基站3万个；建成基站10萬個，其中5G基站3萬個。', ['10万个', '3万个', '10萬個', '3萬個']],
    ['a model glued to its number after "including"', 'It built 100,000 base stations, including 5G ones.', ['100,000 base stations']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

describe('the same words around real figures still count', () => {
  it('a year beside a figure is not part of it', () => {
    expect(see('In 2024, 24 stations opened and growth was 5 percent.')).toEqual([count('24 stations', 24, 'stations'), pct('5 percent', 5)]);
  });

  it('a thousands comma makes a four-digit count a count, not a year', () => {
    expect(see('It hired 2,024 engineers.')).toEqual([count('2,024 engineers', 2024, 'engineers')]);
  });
});
