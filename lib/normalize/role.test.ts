/**
 * A forecast is anyone's expectation; a target is an authority's own goal;
 * growth against an earlier point is not year on year.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const role = (sentence: string, figure: string) => analyze('2025-03-05', [sentence]).get(figure);

describe('forecasts are not targets', () => {
  it.each([
    ['Analysts expect profit to jump [[30%]] this year.', '30%'],
    ['Sales likely rose [[12%]] in the quarter, a Reuters poll showed.', '12%'],
    ['The agency expects demand to fall [[4%]] next year.', '4%'],
    ['Economists had expected a [[2.9 percent]] rise.', '2.9 percent'],
    ['全年GDP预计增长[[5%]]左右。', '5%'],
    ['今年出口有望增长[[10%]]。', '10%'],
    ['分析師預計全年營收增長[[15%]]。', '15%'],
    ['全年經濟成長率預估為[[3.3%]]。', '3.3%'],
    ['Looking forward, the group said it is on track to deliver revenue growth of [[3 percent]].', '3 percent'],
    ['公司展望全年营收增长[[10%]]。', '10%'],
    ['央行展望明年經濟成長[[2.8%]]。', '2.8%'],
  ])('%s → forecast', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('forecast');
  });
});

describe('targets are an authority’s own goals', () => {
  it.each([
    ["The government set a GDP growth target of around [[5 percent]] for 2025.", '5 percent'],
    ['The central bank aims to keep inflation at [[2%]].', '2%'],
    ['全年经济增长预期目标为[[5%]]左右。', '5%'],
    ['力争全年外贸增长[[3%]]。', '3%'],
    ['今年經濟成長目標為[[3%]]。', '3%'],
  ])('%s → target', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('target');
  });

  it('an actual beating a forecast is still growth', () => {
    expect(role('Exports grew [[7.6 percent]], beating expectations.', '7.6 percent').role).toBe('growth');
    expect(role('出口增长[[7.6%]]，好于预期。', '7.6%').role).toBe('growth');
  });
});

describe('growth against an earlier point is not year on year', () => {
  it.each([
    ['居民收入比此前增长[[9%]]。', '9%'],
    ['居民收入比此前增長[[9%]]。', '9%'],
    ['Output was up [[9%]] from the previous estimate.', '9%'],
  ])('%s → basis other', (sentence, figure) => {
    const f = role(sentence, figure);
    expect([f.role, f.basis]).toEqual(['growth', 'other']);
  });

  it('year on year stays year on year, in both scripts', () => {
    expect(role('出口同比增長[[6.2%]]。', '6.2%').basis).toBe('yoy');
    expect(role('Exports rose [[6.2%]] year on year.', '6.2%').basis).toBe('yoy');
  });
});

describe('a forecast word does not reach across a new clause of facts', () => {
  it.each([
    ['GDP was predicted to rise by around five percent and revenue increased by [[3.2 percent]].', '3.2 percent', 'growth'],
    ['GDP shows an estimated fall of [[0.2%]] in the quarter.', '0.2%', 'growth'],
    ['全年经济预计增长5%左右，而出口增长[[7.1%]]。', '7.1%', 'growth'],
    ['全年經濟預計增長5%左右，而出口增長[[7.1%]]。', '7.1%', 'growth'],
  ])('%s', (sentence, figure, want) => {
    expect(role(sentence, figure).role).toBe(want);
  });

  it('a forecast word after "and" is not the figure’s before it', () => {
    expect(role('The bank had a return on equity of [[15.0 percent]] and forecast slightly lower costs.', '15.0 percent').role).not.toBe('forecast');
  });
});

describe('the next item of a list takes the reading of the one before', () => {
  it.each([
    ['Headline inflation is expected to average 5.3% in 2023, [[2.9%]] in 2024 and [[2.1%]] in 2025.', ['2.9%', '2.1%'], 'forecast'],
    ['预计今年和明年经济分别增长5%、[[4.5%]]。', ['4.5%'], 'forecast'],
    ['預計今年和明年經濟分別增長5%、[[4.5%]]。', ['4.5%'], 'forecast'],
  ])('%s', (sentence, figures, want) => {
    const marked = sentence.replace(/(?<!\[\[)(\d+(?:\.\d+)?%)(?!\]\])/g, '[[$1]]');
    const { get } = analyze('2023-03-16', [marked]);
    for (const f of figures) expect(get(f).role).toBe(want);
  });
});

describe('a forecast word governs its clause across the amount it forecasts', () => {
  it.each([
    ['Economists expect exports worth [[$300 billion]] to rise [[4 percent]] this year.', '4 percent'],
    ['经济部表示，今年外销订单预期将首度站上[[7000亿美元]]大关、年增逾[[20%]]。', '20%'],
    ['經濟部表示，今年外銷訂單預期將首度站上[[7000億美元]]大關、年增逾[[20%]]。', '20%'],
  ])('%s → forecast', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('forecast');
  });
});

describe('a basis word of the figure’s own clause wins over a nearer one of the next clause', () => {
  it.each([
    ['Land sales fell [[11.9 percent]] year-on-year, month-on-month they fell [[55.5 percent]].', '11.9 percent', 'yoy'],
    ['土地出让金同比下降[[11.9%]]，环比下降[[55.5%]]。', '11.9%', 'yoy'],
    ['土地出讓金同比下降[[11.9%]]，環比下降[[55.5%]]。', '11.9%', 'yoy'],
  ])('%s', (sentence, figure, basis) => {
    expect(role(sentence, figure).basis).toBe(basis);
  });
});

describe('Taiwan’s 年增/年減, 月增/月減: growth and decline on the year and on the month', () => {
  it.each([
    ['塑橡膠製品年減[[15.8%]]、化學品年減[[12.5%]]。', '15.8%', 'yoy'],
    ['外銷訂單月減[[3.2%]]，年增[[39.5%]]。', '3.2%', 'mom'],
    ['外销订单月减[[3.2%]]，年增[[39.5%]]。', '39.5%', 'yoy'],
    ['Export orders fell [[3.2%]] month-on-month but rose [[39.5%]] year-on-year.', '3.2%', 'mom'],
    ['9月份，工业增加值比上年同月增长[[16.3%]]。', '16.3%', 'yoy'],
  ])('%s', (sentence, figure, basis) => {
    const f = role(sentence, figure);
    expect(f.role).toBe('growth');
    expect(f.basis).toBe(basis);
  });
});

describe('Taiwan’s 成長 is growth, and an assessment is a forecast', () => {
  it.each([
    ['推升全年經濟成長率達[[8.63%]]。', '8.63%', 'growth'],
    ['推升全年经济成长率达[[8.63%]]。', '8.63%', 'growth'],
    ['Full-year economic growth reached [[8.63%]].', '8.63%', 'growth'],
    ['評估今年全年突破[[7,000億美元]]大關、年成長高達[[20%]]的機會很大。', '20%', 'forecast'],
    ['评估今年全年突破[[7000亿美元]]大关、年增长高达[[20%]]的可能性很大。', '20%', 'forecast'],
    ['Officials see a good chance that orders of [[$700 billion]] this year are likely up [[20%]].', '20%', 'forecast'],
  ])('%s', (sentence, figure, expected) => {
    expect(role(sentence, figure).role).toBe(expected);
  });
});

describe('an institution that “sees” a measure at a rate forecasts it', () => {
  it.each([
    // ECB monetary policy decision, March 2023.
    ['ECB staff now see inflation averaging [[5.3%]] in 2023, [[2.9%]] in 2024 and [[2.1%]] in 2025.', '2.9%'],
    ['欧洲央行工作人员预计2023年通胀率平均为[[5.3%]]。', '5.3%'],
    ['歐洲央行職員預計2023年通脹率平均為[[5.3%]]。', '5.3%'],
  ])('%s → forecast', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('forecast');
  });

  it('what a page saw is a fact, not a forecast', () => {
    expect(role('Retailers saw sales rising [[5%]] in March.', '5%').role).toBe('growth');
  });
});

describe('Taiwan’s short year-on-year rise (年彈, 年升) is growth', () => {
  it.each([
    // Yahoo奇摩 (中央社), export orders in October 2025.
    ['10月資訊通信產品接單金額為[[225.7億美元]]，登歷年同月最高，年彈[[28.4%]]。', '28.4%'],
    ['光學器材因光學檢測及量測設備及光學鏡頭接單上揚，年升[[2.9%]]。', '2.9%'],
    ['10月资讯通信产品接单金额为[[225.7亿美元]]，登历年同月最高，年弹[[28.4%]]。', '28.4%'],
    ['Orders for information and communication products were [[$22.57 billion]], up [[28.4%]] on the year.', '28.4%'],
  ])('%s', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('growth');
  });
});

describe('a basis word in the clause of another rate is that rate’s', () => {
  it.each([
    // 中新网, industry in September: 比上月 is the 1.4 points' comparison, not the 16.5%'s.
    ['股份制企業增加值[[1506億元]]，增長[[16.5%]]，增速比上月減慢[[1.4個百分點]]。', '16.5%'],
    ['股份制企业增加值[[1506亿元]]，增长[[16.5%]]，增速比上月减慢[[1.4个百分点]]。', '16.5%'],
    ['Value added of shareholding firms rose [[16.5 percent]], and growth slowed [[1.4 percentage points]] from the previous month.', '16.5 percent'],
  ])('%s', (sentence, figure) => {
    const { get } = analyze('2025-03-05', ['全国规模以上工业增加值比上年同月增长[[16.3%]]。', sentence]);
    expect(get(figure).basis).toBe('yoy');
  });
});

describe('a statistics office’s revised or provisional estimate is a reading, not a forecast', () => {
  it.each([
    // 政府統計處, retail sales for November 2013.
    ['二零一三年十月的零售業總銷貨價值的修訂估計較上年同期上升[[6.3%]]，而總銷貨數量則上升[[5.9%]]。', '6.3%'],
    ['二零一三年十月的零售业总销货价值的修订估计较上年同期上升[[6.3%]]，而总销货数量则上升[[5.9%]]。', '6.3%'],
    ['The revised estimate of the value of total retail sales for October 2013 increased by [[6.3%]] over a year earlier.', '6.3%'],
  ])('%s', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('growth');
  });

  it('an expectation is still a forecast', () => {
    expect(role('统计处估计全年零售业总销货价值将上升[[5%]]。', '5%').role).toBe('forecast');
  });
});

describe('against the three months before is quarter on quarter; since the start of the year is another basis', () => {
  it.each([
    // 政府統計處, retail sales for November 2013.
    ['截至二零一三年十一月底的三個月，與先前三個月比較，經季節性調整的零售業總銷貨數量輕微上升[[0.2%]]。', '0.2%', 'qoq'],
    ['截至二零一三年十一月底的三个月，与先前三个月比较，经季节性调整的零售业总销货数量轻微上升[[0.2%]]。', '0.2%', 'qoq'],
    ['For the three months ending November 2013, compared with the previous three months, the volume of total retail sales rose by [[0.2%]].', '0.2%', 'qoq'],
    // AP, Verizon's first quarter 2017.
    ['Verizon shares have decreased slightly more than [[8 percent]] since the beginning of the year.', '8 percent', 'other'],
    ['威瑞森股价较年初下跌逾[[8%]]。', '8%', 'other'],
    ['威瑞森股價較年初下跌逾[[8%]]。', '8%', 'other'],
  ])('%s', (sentence, figure, basis) => {
    expect(role(sentence, figure).basis).toBe(basis);
  });
});

describe('a policy rate’s “target” is the level the central bank sets, not a goal', () => {
  it.each([
    ['At its meeting today, the Board decided to leave the cash rate target unchanged at [[4.35 per cent]].', '4.35 per cent'],
    ['The Committee decided to raise the target range for the federal funds rate to [[5.25 percent]].', '5.25 percent'],
    ['中央銀行理監事會決議重貼現率調升為[[1.625%]]。', '1.625%'],
  ])('%s → level', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('level');
  });

  it('an inflation target stays a target', () => {
    expect(role('The Bank keeps its inflation target of [[2 per cent]].', '2 per cent').role).toBe('target');
  });
});

describe('升 alone is a rise; 年息 is a level', () => {
  it.each([
    ['汽車及汽車零件銷貨價值則升[[6.1%]]、傢具及固定裝置升[[5.9%]]。', '6.1%'],
    ['汽车及汽车零件销货价值则升[[6.1%]]、家具及固定装置升[[5.9%]]。', '5.9%'],
  ])('%s → growth', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('growth');
  });
  it.each([
    ['重貼現率調升0.125個百分點後，由年息[[1.5%]]調整為[[1.625%]]。', '1.625%'],
    ['再贴现率上调0.125个百分点后，由年息[[1.5%]]调整为[[1.625%]]。', '1.5%'],
  ])('%s → level', (sentence, figure) => {
    expect(role(sentence, figure).role).toBe('level');
  });
});
