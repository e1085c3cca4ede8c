/**
 * The article checked against itself: one constructed sentence in, the check
 * notes out, in English, simplified and traditional Chinese. Each rule is
 * shown flagging what does not add up and keeping quiet ("checks out",
 * flagged false) on what does.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage, detectFigures, type Note, type PageInfo } from '../../index';
import { CHECK_RULE_TYPES } from '.';

function checks(text: string): Note[] {
  const zh = /\p{Script=Han}/u.test(text);
  const page: PageInfo = { url: 'https://example.com/a', title: 'A', lang: zh ? 'zh' : 'en', publishedAt: '2025-06-01' };
  const figures = analyzePage(page, detectFigures(text), { locale: zh ? 'zh-CN' : 'en-US', readerCurrency: 'USD' });
  const seen = new Map<string, Note>();
  for (const f of figures) for (const n of f.notes ?? []) if (CHECK_RULE_TYPES.includes(n.type)) seen.set(n.text, n);
  return [...seen.values()];
}

const flagged = (text: string) => checks(text).filter((n) => n.flagged);
const quiet = (text: string) => checks(text).filter((n) => !n.flagged);

describe('parts-total: the parts of a stated total', () => {
  it('English: parts 3 billion short of the total, with "other income" claiming the whole', () => {
    const [note, ...more] = checks("The city's revenue was 84 billion yuan: taxes 61 billion, fees 15 billion and other income 5 billion.");
    expect(more).toEqual([]);
    expect(note).toMatchObject({ type: 'parts-total', flagged: true, value: 81e9 });
    expect(note!.text).toBe('Parts: 61 billion + 15 billion + 5 billion = 81 billion, 3 billion (3.6%) short of the total 84 billion yuan; rounding allows at most 1.55 billion.');
    expect(note!.figures).toHaveLength(4);
  });

  it('English: parts that add up check out quietly', () => {
    expect(quiet("The city's revenue was 84 billion yuan: taxes 61 billion, fees 15 billion and other income 8 billion.")).toMatchObject([{ type: 'parts-total' }]);
  });

  it('a selection ("of which" two cities) may fall short of the total: no check', () => {
    expect(checks("The province's GDP was 13.6 trillion yuan, of which Guangzhou 3.1 trillion yuan and Shenzhen 3.6 trillion yuan.")).toEqual([]);
  });

  it('parts above their total are always wrong', () => {
    expect(flagged('Exports were 500 billion yuan, including 320 billion yuan of machinery and 240 billion yuan of textiles.')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('simplified Chinese: 其中 with 非税收入 is the whole', () => {
    expect(flagged('全市一般公共预算收入840亿元，其中税收收入610亿元，非税收入150亿元。')[0]!.text).toBe(
      '分项：610亿 + 150亿 = 760亿，比总数840亿元少80亿（9.5%），超出四舍五入所能解释的1.5亿。',
    );
    expect(quiet('全市一般公共预算收入840亿元，其中税收收入610亿元，非税收入230亿元。')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('a decrease in a breakdown subtracts, and "；" ends the breakdown (a central-bank release, consistent)', () => {
    expect(
      flagged('企(事)业单位贷款增加5.43万亿元,其中,短期贷款增加1.99万亿元,中长期贷款增加4.6万亿元,票据融资减少1.25万亿元;非银行业金融机构贷款增加4294亿元。'),
    ).toEqual([]);
    expect(flagged('Lending rose 900 billion yuan: household loans 800 billion yuan, corporate loans 300 billion yuan and other loans fell 100 billion yuan.')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('traditional Chinese: 其中 with 非稅收入', () => {
    expect(flagged('總收入為8,400港元，其中稅收6,100港元、非稅收入1,500港元。')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('shares listed "respectively" are parts of 100%', () => {
    expect(flagged('The primary, secondary and tertiary industries accounted for 4.1 percent, 38.5 percent and 56.4 percent of GDP respectively.')).toMatchObject([
      { type: 'parts-total', value: 99 },
    ]);
    expect(quiet('The primary, secondary and tertiary industries accounted for 4.1 percent, 38.5 percent and 57.4 percent of GDP respectively.')).toMatchObject([
      { type: 'parts-total' },
    ]);
  });
});

describe('rate-levels: a rate against the two levels it joins', () => {
  it('English: 8 percent where the levels give 3.8%', () => {
    expect(flagged('Sales rose 8 percent to 540 million yuan from 520 million yuan.')[0]!.text).toBe(
      'From 520 million yuan to 540 million yuan is 3.8%, not 8 percent: 3.5 points beyond what rounding allows.',
    );
  });

  it('a rate of 3.8% from levels that round is not flagged', () => {
    expect(checks('Sales rose 3.8 percent to 540 million yuan from 520 million yuan.')).toMatchObject([{ type: 'rate-levels', flagged: false }]);
  });

  it('simplified and traditional Chinese: 由…增长到…', () => {
    expect(flagged('销售额由5.2亿元增长到5.4亿元，增长8%。')).toMatchObject([{ type: 'rate-levels' }]);
    expect(flagged('銷售額由5,200港元增長到5,400港元，增長8%。')).toMatchObject([{ type: 'rate-levels' }]);
    expect(flagged('销售额由5.2亿元增长到5.4亿元，增长3.8%。')).toEqual([]);
  });

  it('the levels of another measure in the sentence are not the rate\'s', () => {
    expect(flagged('Sales rose to 540 million yuan from 520 million yuan, and profit rose 20 percent, while costs rose 3.8 percent.')).toEqual([]);
  });
});

describe('share-part-total: a share beside its part and its whole', () => {
  it('English: 55 percent where 1.3 of 2 trillion is 65%', () => {
    expect(flagged('Services made up 55 percent of the 2 trillion yuan economy, or 1.3 trillion yuan.')[0]!.text).toBe(
      '1.3 trillion yuan of 2 trillion yuan is 65%, not 55 percent: 5.5 points beyond what rounding allows.',
    );
    expect(quiet('Services made up 65 percent of the 2 trillion yuan economy, or 1.3 trillion yuan.')).toMatchObject([{ type: 'share-part-total' }]);
  });

  it('simplified Chinese: 占全市…的', () => {
    expect(flagged('服务业增加值1.3万亿元，占全市2万亿元GDP的55%。')[0]!.text).toBe('1.3万亿元占2万亿元的65%，而非55%：超出四舍五入误差5.5个百分点。');
  });
});

describe('percent-points: a change between two rates', () => {
  it('English: "a drop of 0.4 percent" is 0.4 points, a 6.6% drop', () => {
    expect(flagged('The unemployment rate fell from 6.1 percent to 5.7 percent, a drop of 0.4 percent.')[0]!.text).toBe(
      'From 6.1 percent to 5.7 percent is 0.4 percentage points (a 6.6% drop): "0.4 percent" is the change in points, not in percent.',
    );
    expect(quiet('The unemployment rate fell from 6.1 percent to 5.7 percent, a drop of 0.4 percentage points.')).toMatchObject([{ type: 'percent-points' }]);
  });

  it('simplified and traditional Chinese: 下降0.4% for 0.4个百分点', () => {
    expect(flagged('城镇调查失业率由6.1%降至5.7%，下降0.4%。')).toMatchObject([{ type: 'percent-points' }]);
    expect(flagged('失業率從6.1%降至5.7%，下降0.4%。')).toMatchObject([{ type: 'percent-points' }]);
  });
});

describe('multiple: doubled, tripled, 翻番, 增长两倍', () => {
  it('English: "doubled" from 30 to 75 billion is ×2.5', () => {
    expect(flagged('Exports doubled from 30 billion dollars to 75 billion dollars.')[0]!.text).toBe(
      'From 30 billion dollars to 75 billion dollars is ×2.5, not the ×2 that "doubled" says.',
    );
    expect(quiet('Exports doubled from 30 billion dollars to 61 billion dollars.')).toMatchObject([{ type: 'multiple' }]);
  });

  it('Chinese: 增长两倍 is ×3, 翻番 is ×2', () => {
    expect(quiet('出口由300亿元增长到900亿元，增长两倍。')).toMatchObject([{ type: 'multiple' }]);
    expect(flagged('出口由300亿元增长到600亿元，增长两倍。')).toMatchObject([{ type: 'multiple' }]);
    expect(flagged('出口由300美元增長到900美元，實現翻番。')).toMatchObject([{ type: 'multiple' }]);
  });
});

describe('conversion-rates: one currency pair at two rates', () => {
  it('English: 7.18 and 6.36 yuan per dollar in one article', () => {
    const [note] = flagged('GDP reached 14 trillion yuan (US$1.95 trillion) in 2024. Exports were 700 billion yuan (US$110 billion) in 2024.');
    expect(note).toMatchObject({ type: 'conversion-rates' });
    expect(note!.figures).toHaveLength(4);
  });

  it('conversions within rounding of each other say nothing', () => {
    expect(checks('GDP reached 14 trillion yuan (US$1.95 trillion) in 2024. Exports were 700 billion yuan (US$97 billion) in 2024.')).toEqual([]);
  });

  it('traditional Chinese: 港元 and 美元 at two rates', () => {
    expect(flagged('本地生產總值14,000港元（1,800美元），出口7,000港元（1,100美元）。')).toMatchObject([{ type: 'conversion-rates' }]);
  });
});

describe('what the labelled passages taught (each a class, shown on sentences of its own)', () => {
  it('the earlier level named apart: "compared with", 上年同期为', () => {
    expect(flagged('Operating profit fell 12% to $3.10 billion, compared with $3.30 billion a year earlier.')).toMatchObject([{ type: 'rate-levels' }]);
    expect(flagged('全年实现利润总额52.4亿元，同比增长9.6%，上年同期为50.1亿元。')).toMatchObject([{ type: 'rate-levels' }]);
    expect(flagged('全年实现利润总额52.4亿元，同比增长4.6%，上年同期为50.1亿元。')).toEqual([]);
  });

  it('a change after a change word, whatever role it was read in; a level where a change could be stays out', () => {
    expect(flagged('Operating margin narrowed 1.5% from 14.0% to 12.5%.')).toMatchObject([{ type: 'percent-points' }]);
    expect(flagged('The deposit rate was cut by 50 percent to 2.00%, from 2.50%.')).toMatchObject([{ type: 'percent-points' }]);
    expect(flagged('Inflation in France rose from 2.2 percent to 3 percent, while in Spain it rose from 4.9 percent to 5 percent.')).toEqual([]);
    expect(flagged('消费者物价指数比上月上升0.4%，本月为2.1%，上月为1.7%。')).toMatchObject([{ type: 'percent-points' }]);
  });

  it('a hedge widens what a figure may be, it does not silence the check', () => {
    expect(flagged('Services made up about 55 percent of the 2 trillion yuan economy, or 1.3 trillion yuan.')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('Services made up about 63 percent of the 2 trillion yuan economy, or 1.3 trillion yuan.')).toEqual([]);
  });

  it('a total after its parts, and shares past 100% without "respectively"', () => {
    expect(flagged('Goods exports were $21.5 billion and services exports $6.2 billion, bringing total exports to $29.9 billion.')).toMatchObject([{ type: 'parts-total' }]);
    expect(flagged('Goods exports were $21.5 billion and services exports $6.2 billion, bringing total exports to $27.7 billion.')).toEqual([]);
    expect(flagged('Oil made up 41% of the energy mix, coal 30%, gas 24% and hydro 11%.')).toMatchObject([{ type: 'parts-total' }]);
    expect(flagged('Some 41% of adults and 30% of children, and 24% of the elderly, said so.')).toEqual([]);
  });

  it('a share\'s whole named in a few words; halved; a conversion written with 折合', () => {
    expect(flagged('Mobile payments reached $2.1 trillion, or 35% of total consumer payments of $5.0 trillion.')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('Net profit halved to $300 million from $900 million.')).toMatchObject([{ type: 'multiple' }]);
    expect(flagged('项目总投资40亿美元，折合人民币约288亿元；其中一期投资10亿美元，折合人民币约80亿元。')).toMatchObject([{ type: 'conversion-rates' }]);
  });

  it('a balance against its two flows: the headline deficit, exports and imports of its period', () => {
    const release = (imports: string) =>
      `The trade deficit was $52.0 billion in May, up $2.1 billion from $49.9 billion in April. The goods deficit was $75.2 billion. ` +
      `Exports were $120.4 billion in May, $1.5 billion more than April exports. Imports were ${imports} billion in May.`;
    expect(flagged(release('$178.3'))).toMatchObject([{ type: 'parts-total' }]);
    expect(flagged(release('$172.4'))).toEqual([]);
    expect(flagged('5月出口2,140.5亿美元，进口1,652.3亿美元，贸易顺差488.2亿美元。')).toEqual([]);
    expect(flagged('5月出口2,140.5亿美元，进口1,652.3亿美元，贸易顺差528.2亿美元。')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('a whole, its part after 其中 or 中，, then the share; a change after 比上月 is no level', () => {
    expect(flagged('全市商品住宅约80万套，其中空置住宅约4万套，空置率为8%。')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('全市商品住宅约80万套，其中空置住宅约4万套，空置率为5%。')).toEqual([]);
    expect(flagged('進口總額3,200億美元中，原油占800億美元，比重達35%。')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('轿车产量达到19.13万辆，比上月增产2.2万辆，同比增长69.7%。')).toEqual([]);
  });
});

describe('the whole named by its breakdown, the earlier level named by its year', () => {
  it('各產業 lists every industry: shares short of 100% are flagged, shares that fill it check out', () => {
    expect(flagged('第一季各產業占國內生產毛額比重分別為農業1.6%、工業37.8%、服務業57.9%。')).toMatchObject([{ type: 'parts-total', value: 97.3 }]);
    expect(quiet('第一季各產業占國內生產毛額比重分別為農業1.6%、工業37.8%、服務業60.6%。')).toMatchObject([{ type: 'parts-total' }]);
  });

  it('"since 2019, when it stood at 54 gigawatts, to 160 gigawatts" is a change from 54 to 160', () => {
    expect(flagged('Solar capacity has quadrupled since 2019, when it stood at 54 gigawatts, to 160 gigawatts.')).toMatchObject([{ type: 'multiple' }]);
    expect(quiet('Solar capacity has tripled since 2019, when it stood at 54 gigawatts, to 160 gigawatts.')).toMatchObject([{ type: 'multiple' }]);
  });
});

describe('counts whose noun the sentence gives elsewhere are checked like any other amount', () => {
  it('parts-total: three or more parts within a few percent of their total read as the whole breakdown', () => {
    expect(flagged('The carmaker sold 1.24 million vehicles last year, of which 612,000 in North America, 398,000 in Europe and 187,000 in Asia.')).toMatchObject([{ type: 'parts-total', value: 1197000 }]);
    expect(flagged('全年汽车销量124万辆，其中北美61.2万辆，欧洲39.8万辆，亚洲18.7万辆。')).toMatchObject([{ type: 'parts-total', value: 1197000 }]);
    expect(flagged('全年汽車銷量124萬輛，其中北美61.2萬輛，歐洲39.8萬輛，亞洲18.7萬輛。')).toMatchObject([{ type: 'parts-total', value: 1197000 }]);
    // Two parts, or three far short of the total, are still a selection.
    expect(checks('The carmaker sold 1.24 million vehicles last year, of which 612,000 in North America and 398,000 in Europe.')).toEqual([]);
    expect(checks('The carmaker sold 1.24 million vehicles last year, of which 412,000 in North America, 398,000 in Europe and 187,000 in Asia.')).toEqual([]);
  });

  it('share-part-total: a share restating a part of a whole ("118 of the 435 seats, or 31%", "Of the 2,350 jobs…, 940 — or 45% —")', () => {
    expect(flagged('Women now hold 118 of the 435 seats in the House, or 31%.')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('Of the 2,350 jobs the company cut this year, 940 — or 45% — were in manufacturing.')).toMatchObject([{ type: 'share-part-total' }]);
    expect(quiet('Women now hold 118 of the 435 seats in the House, or 27%.')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('在众议院435个席位中，女性占118个，比例为31%。')).toMatchObject([{ type: 'share-part-total' }]);
    expect(flagged('在眾議院435個席位中，女性佔118個，比例為31%。')).toMatchObject([{ type: 'share-part-total' }]);
  });
});
