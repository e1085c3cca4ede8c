import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const periodOf = (published: string | undefined, sentences: string[], figure: string) => {
  const p = analyze(published, sentences).get(figure).period;
  return p && { year: p.year, fromMonth: p.fromMonth, toMonth: p.toMonth };
};

describe('"six months ended 30 June": the months up to the one named', () => {
  it('English, day before the month', () => {
    const s = 'Provident Financial Plc. (PFG.L) reported that its statutory group profit before tax for six months ended 30 June 2019 increased [[8.8 percent]] to [[37.6 million pounds]] from [[34.6 million pounds]] in the year-ago period, reflecting a reduction in exceptional costs.';
    expect(periodOf(undefined, [s], '37.6 million pounds')).toEqual({ year: 2019, fromMonth: 1, toMonth: 6 });
  });

  it('English, "the three months ended March 31" is Q1', () => {
    const s = 'Revenue for the three months ended March 31, 2019 was [[HK$263.9 million]].';
    expect(periodOf(undefined, [s], 'HK$263.9 million')).toEqual({ year: 2019, fromMonth: 1, toMonth: 3 });
  });

  it('simplified Chinese, 截至2019年6月30日止六个月', () => {
    const s = '港铁公司公布,截至2019年6月30日止六个月,该集团总收入约[[282.72亿港元]],同比上升[[7.2%]]。';
    expect(periodOf('2019-08-08', [s], '282.72亿港元')).toEqual({ year: 2019, fromMonth: 1, toMonth: 6 });
  });

  it('traditional Chinese, 截至2018年9月30日止6個月 is April to September', () => {
    const s = '鷹美公告,截至2018年9月30日止6個月公司營業收入同比上升[[25.5%]]至[[14.77億港元]]。';
    expect(periodOf('2018-11-20', [s], '14.77億港元')).toEqual({ year: 2018, fromMonth: 4, toMonth: 9 });
  });

  it('more months than the month named began the year before: the nine months ended March 31 are July to March', () => {
    const s = 'Sales for the nine months ended March 31, 2024 were [[$5 billion]].';
    const p = analyze(undefined, [s]).get('$5 billion').period;
    expect(p).toMatchObject({ year: 2024, fromYear: 2023, fromMonth: 7, toMonth: 3, label: 'Jul 2023–Mar 2024' });
  });

  it('English, Imperial Brands: six months ended 31 March 2022, then "first half" is that half', () => {
    const first = 'Imperial Brands plc reported that its Group net revenues grew [[0.3 percent]], both on a constant currency basis, for the six months ended 31 March 2022.';
    const second = 'First half adjusted operating profit increased to [[1.60 billion pounds]].';
    const { get } = analyze(undefined, [first, second]);
    expect(get('0.3 percent').period).toMatchObject({ year: 2022, fromYear: 2021, fromMonth: 10, toMonth: 3 });
    expect(get('1.60 billion pounds').period).toMatchObject({ year: 2022, fromYear: 2021, fromMonth: 10, toMonth: 3 });
  });

  it('simplified and traditional Chinese: 截至9月30日止六个月, then 上半年 is April to September', () => {
    for (const [first, second] of [
      ['联想集团公布截至2018年9月30日止六个月的业绩，营业额为[[1,000亿港元]]。', '上半年纯利增长[[20%]]。'],
      ['聯想集團公布截至2018年9月30日止六個月的業績，營業額為[[1,000億港元]]。', '上半年純利增長[[20%]]。'],
    ]) {
      const p = analyze('2018-11-08', [first!, second!]).get('20%').period;
      expect(p).toMatchObject({ year: 2018, fromMonth: 4, toMonth: 9 });
    }
  });

  it('after a calendar half, "first half" stays January to June', () => {
    const first = 'For the six months ended 30 June 2019, revenue rose [[5 percent]].';
    const second = 'First half profit was [[$2 billion]].';
    expect(periodOf(undefined, [first, second], '$2 billion')).toEqual({ year: 2019, fromMonth: 1, toMonth: 6 });
  });
});

describe('"the year-ago period": the year before, in the months the text is talking about', () => {
  it('English, in the sentence that names the half', () => {
    const s = 'Provident Financial Plc. (PFG.L) reported that its statutory group profit before tax for six months ended 30 June 2019 increased [[8.8 percent]] to [[37.6 million pounds]] from [[34.6 million pounds]] in the year-ago period, reflecting a reduction in exceptional costs.';
    const f = analyze(undefined, [s]).get('34.6 million pounds');
    expect(f.year).toBe(2018);
    expect(f.period).toMatchObject({ fromMonth: 1, toMonth: 6 });
  });

  it('English, carried from the sentence before', () => {
    const first = 'Sales for the first half of 2018 rose [[12 percent]] to [[NIS 3.7 billion]].';
    const second = 'Net profit was [[NIS 325 million]], against [[NIS 300 million]] in the prior-year period.';
    const f = analyze('2018-08-30', [first, second]).get('NIS 300 million');
    expect(f.year).toBe(2017);
    expect(f.period).toMatchObject({ fromMonth: 1, toMonth: 6 });
  });
});

describe('Taiwan counts years from 1912: 民國114年 is 2025', () => {
  it('traditional Chinese, "114年全年"', () => {
    const s = '經濟部今天公布114年全年外銷訂單[[7437.3億美元]]，不僅改寫歷史新高，也首度突破[[7000億美元]]大關，年增率[[26％]]。';
    const { get } = analyze('2026-01-20', [s]);
    expect(get('7437.3億美元').year).toBe(2025);
    expect(get('26％').year).toBe(2025);
  });

  it('traditional Chinese, "民國114年"', () => {
    const s = '經濟部20日發布民國114年全年外銷訂單金額[[7437億美元]]，年增2成6。';
    expect(analyze('2026-01-21', [s]).get('7437億美元').year).toBe(2025);
  });

  it('simplified Chinese, a span of years is not a 民國 year', () => {
    const s = '公司成立110年来，营业收入达到[[50亿元]]。';
    expect(analyze('2024-05-01', [s]).get('50亿元').year).toBe(2024);
  });

  it('English text has no 民國 years', () => {
    expect(analyze('2024-05-01', ['The bank was founded 114 years ago and earned [[$5 billion]].']).get('$5 billion').year).toBe(2024);
  });
});

describe('a milestone passed is not the amount a rate is of', () => {
  const subjectOf = (published: string, sentence: string, rate: string) => {
    const { get, figures } = analyze(published, [sentence]);
    return figures.find((f) => f.id === get(rate).subject)?.text;
  };

  it('traditional Chinese, "首度突破7000億美元大關，年增率26％"', () => {
    const s = '經濟部今天公布114年全年外銷訂單[[7437.3億美元]]，不僅改寫歷史新高，也首度突破[[7000億美元]]大關，年增率[[26％]]。';
    expect(subjectOf('2026-01-20', s, '26％')).toBe('7437.3億美元');
  });

  it('simplified Chinese, a milestone with an aside before 大关', () => {
    const s = '北京经济总量[[52073.4亿元]],首破[[5万亿元]](人民币,下同)大关,增长[[5.4%]]。';
    expect(subjectOf('2026-01-24', s, '5.4%')).toBe('52073.4亿元');
  });
});

describe('the base of a comparison does not move the text’s year', () => {
  it('English, "compared with ~NIS 377 million for the first half of 2017"', () => {
    const a = 'Gross Profit for the period totaled ~[[NIS 325 million]], compared with ~[[NIS 377 million]] for the first half of 2017.';
    const b = 'Cash flow from operations, excluding investments in land and rights offerings, was a negative ~[[NIS 494 million]].';
    const first = 'Revenues for the first half of 2018 totaled ~[[NIS 3.7 billion]].';
    const { get } = analyze('2018-08-30', [first, a, b]);
    expect(get('NIS 377 million').year).toBe(2017);
    expect(get('NIS 494 million').year).toBe(2018);
  });

  it('English, "a jump from 5.8 percent in 2020"', () => {
    const a = 'They made up [[12.8 percent]] of the overall vehicle market from January to August, a jump from [[5.8 percent]] in 2020.';
    const b = "China's BYD delivered [[60,500 electric and plug-in cars]] in August, more than tripling from the same month last year.";
    expect(analyze('2021-09-10', [a, b]).get('60,500 electric and plug-in cars').year).toBe(2021);
  });

  it('English, "More than one million" is a bound, not a base: its months carry', () => {
    const a = 'More than [[one million]] Canadians lost their jobs at the onset of the COVID-19 crisis in March, a grimly historic one-month figure Statistics Canada reported Thursday.';
    const b = 'The national unemployment rate ticked up [[2.2 percentage points]] to [[7.8 per cent]].';
    expect(analyze('2020-04-09', [a, b]).get('7.8 per cent').period).toMatchObject({ fromMonth: 3, toMonth: 3 });
  });

  it('simplified Chinese, the year of a 较… base stays in its clause', () => {
    const a = '截至2019年9月30日止六个月的毛利为[[51.1百万港元]],较截至2018年9月30日止六个月的[[140.4百万港元]]下跌[[63.6%]]。';
    const b = '本公司拥有人应占利润为[[24.8百万港元]]。';
    expect(analyze('2019-11-27', [a, b]).get('24.8百万港元').year).toBe(2019);
  });

  it('traditional Chinese, the year of a 與…同期 base stays in its clause', () => {
    const a = '與2017年同期相比,截至2018年9月30日止6個月毛利率由[[19.6%]]下跌至[[15.9%]]。';
    const b = '截至2018年9月30日止6個月公司擁有人應佔溢利為[[1.01億港元]]。';
    expect(analyze('2018-11-20', [a, b]).get('1.01億港元').year).toBe(2018);
  });
});

describe('spans of months written 首N個月 and 一至十一月', () => {
  it('traditional Chinese, 二零一三年首十一個月', () => {
    const s = '與二零一二年同期比較,二零一三年首十一個月的零售業總銷貨價值上升[[11.6%]],而總銷貨數量則上升[[11.1%]]。';
    expect(periodOf('2014-01-02', [s], '11.6%')).toEqual({ year: 2013, fromMonth: 1, toMonth: 11 });
  });

  it('traditional Chinese, 一至十一月 in Chinese digits', () => {
    const s = '累計今年一至十一月，外銷訂單金額[[六六六六．五億美元]]，為歷年同期新高，年增[[二十四．二％]]。';
    expect(periodOf('2025-12-24', [s], '六六六六．五億美元')).toEqual({ year: 2025, fromMonth: 1, toMonth: 11 });
  });

  it('simplified Chinese, 1至11月 in Arabic digits still reads', () => {
    const s = '1至11月，全国规模以上工业企业实现利润总额[[66268.6亿元]]，同比增长[[0.1%]]。';
    expect(periodOf('2025-12-27', [s], '66268.6亿元')).toEqual({ year: 2025, fromMonth: 1, toMonth: 11 });
  });
});

describe('"second only to September" names the base, not the figure’s month', () => {
  it('traditional Chinese, 僅次於9月', () => {
    const s = '經濟部今(20)日公布，10月外銷訂單金額[[693.7億美元]]，創歷年同月新高、僅次於9月創下的歷史單月高點，年增率達[[25.1％]]，連續9個月正成長。';
    expect(periodOf('2025-11-20', [s], '25.1％')).toEqual({ year: 2025, fromMonth: 10, toMonth: 10 });
  });

  it('simplified Chinese, 仅次于9月', () => {
    const s = '10月外销订单金额[[693.7亿美元]]，创历年同月新高、仅次于9月创下的历史单月高点，年增率达[[25.1%]]。';
    expect(periodOf('2025-11-20', [s], '25.1%')).toEqual({ year: 2025, fromMonth: 10, toMonth: 10 });
  });

  it('English, "second only to June"', () => {
    const s = 'Exports in July reached [[$180 billion]], the second highest on record, second only to June, up [[7 percent]] year on year.';
    expect(periodOf('2025-08-10', [s], '7 percent')).toEqual({ year: 2025, fromMonth: 7, toMonth: 7 });
  });
});

describe('"Quarter 3 (July to Sept)" and "than that in May"', () => {
  it('English, the ONS spells the quarter out', () => {
    const s = 'The first quarterly estimate of UK gross domestic product (GDP) shows an estimated fall of [[0.2%]] in Quarter 3 (July to Sept) 2022.';
    expect(periodOf('2022-11-11', [s], '0.2%')).toEqual({ year: 2022, fromMonth: 7, toMonth: 9 });
  });

  it('English, "Sept. 20" in a dateline is a day, not the month of the figures', () => {
    const s = "BEIJING, Sept. 20 (Xinhua) -- China's top economic planner approved [[six fixed-asset investment projects]] with combined investment totaling [[88.2 billion yuan]] in August, official data showed.";
    expect(periodOf('2020-09-21', [s], 'six fixed-asset investment projects')).toEqual({ year: 2020, fromMonth: 8, toMonth: 8 });
  });

  it('English, "lower than that registered in the first quarter" is the base', () => {
    const s = "NDRC data also showed that China's power generation expanded [[3.3 percent]] year-on-year in H1, [[0.9 percentage points]] lower than that registered in the first quarter.";
    expect(periodOf('2019-07-20', [s], '0.9 percentage points')).toEqual({ year: 2019, fromMonth: 1, toMonth: 6 });
  });

  it('simplified Chinese, 第三季度 with a base 比二季度', () => {
    const s = '三季度国内生产总值同比增长[[4.8%]]，比二季度回落[[0.4个百分点]]。';
    expect(periodOf('2025-10-20', [s], '0.4个百分点')).toEqual({ year: 2025, fromMonth: 7, toMonth: 9 });
  });

  it('traditional Chinese, 第三季 with a base 較第二季', () => {
    const s = '第三季經濟成長率為[[7.64%]]，較第二季增加[[0.5個百分點]]。';
    expect(periodOf('2025-10-31', [s], '0.5個百分點')).toEqual({ year: 2025, fromMonth: 7, toMonth: 9 });
  });
});

describe('"in the previous quarter", "上季度": the quarter before the text’s', () => {
  const ons = 'The first quarterly estimate of UK gross domestic product (GDP) shows an estimated fall of [[0.2%]] in Quarter 3 (July to Sept) 2022.';

  it('English, after Quarter 3 2022', () => {
    const f = analyze('2022-11-11', [ons, 'This follows a rise of [[0.2%]] in the previous quarter.']).figures[1]!;
    expect(f.period).toMatchObject({ year: 2022, fromMonth: 4, toMonth: 6 });
  });

  it('English, the look back does not move the text’s months', () => {
    const { figures } = analyze('2022-11-11', [ons, 'This follows a rise of [[0.2%]] in the previous quarter.', 'Services output fell by [[0.1%]].']);
    expect(figures[2]!.period).toMatchObject({ fromMonth: 7, toMonth: 9 });
  });

  it('simplified Chinese, 上季度 after 三季度', () => {
    const a = '初步核算，三季度国内生产总值同比增长[[4.8%]]。';
    const b = '上季度国内生产总值同比增长[[5.2%]]。';
    expect(periodOf('2025-10-20', [a, b], '5.2%')).toEqual({ year: 2025, fromMonth: 4, toMonth: 6 });
  });

  it('traditional Chinese, 比上季度 is a base, not the figure’s quarter', () => {
    const s = '第三季經濟成長率為[[7.64%]]，比上季度增加[[0.5個百分點]]。';
    expect(periodOf('2025-10-31', [s], '0.5個百分點')).toEqual({ year: 2025, fromMonth: 7, toMonth: 9 });
  });

  it('a first quarter’s previous quarter is in the year before: not read', () => {
    const a = 'GDP rose [[0.5%]] in Q1 2023.';
    const b = 'It fell [[0.1%]] in the previous quarter.';
    expect(analyze('2023-05-12', [a, b]).figures[1]!.period).toBeUndefined();
  });
});

describe('民國 years in Chinese digits', () => {
  it('traditional Chinese, 一一四年全年', () => {
    const s = '帶旺臺灣一一四年全年外銷訂單金額達[[七四三七·三億美元]]，較一一三年增加[[一五三三·四億美元]]。';
    expect(analyze('2026-01-21', [s]).get('七四三七·三億美元').year).toBe(2025);
  });

  it('simplified Chinese, a count of years in Chinese digits is not a 民國 year', () => {
    const s = '该品牌创立一百一十年，去年营业收入[[50亿元]]。';
    expect(analyze('2024-05-01', [s]).get('50亿元').year).toBe(2023);
  });
});

describe('"during the period" is the period named last before it, in its own sentence first', () => {
  const before = "China's exports of goods rose [[2.6 percent]] year-on-year in August, while imports fell [[2.6 percent]], customs data showed on Sept 8.";
  it('English (english.gov.cn): a month named before, the first eight months in the sentence', () => {
    const s = "The country's foreign trade climbed [[3.6 percent]] year-on-year in the first eight months of 2023, with its trade surplus widening [[46 percent]] during the period.";
    expect(periodOf('2023-09-08', [before, s], '46 percent')).toEqual({ year: 2023, fromMonth: 1, toMonth: 8 });
  });

  it('simplified Chinese: 同期 after 前8个月 in the same sentence', () => {
    const first = '8月份，我国出口增长[[2.6%]]。';
    const s = '前8个月，我国货物贸易进出口总值增长[[3.6%]]，同期贸易顺差扩大[[46%]]。';
    expect(periodOf('2023-09-08', [first, s], '46%')).toEqual({ year: 2023, fromMonth: 1, toMonth: 8 });
  });

  it('traditional Chinese: 同期 after 首8個月', () => {
    const first = '8月份出口增長[[2.6%]]。';
    const s = '首8個月貿易總值增長[[3.6%]]，同期貿易順差擴大[[46%]]。';
    expect(periodOf('2023-09-08', [first, s], '46%')).toEqual({ year: 2023, fromMonth: 1, toMonth: 8 });
  });
});

describe('a quarter that names a meeting dates the meeting, not the figures', () => {
  it('traditional Chinese, 第3季理監事會', () => {
    const s = '中央銀行今天舉行第3季理監事會，宣布升息[[半碼]]、調升新台幣存款準備率[[1碼]]。';
    expect(periodOf('2022-09-22', [s], '半碼')).toBeUndefined();
  });

  it('simplified Chinese, 第三季度例会 (the quarter still dates figures elsewhere)', () => {
    const s = '货币政策委员会召开第三季度例会，认为今年经济增长[[5%]]左右。';
    expect(periodOf('2024-09-27', [s], '5%')).toBeUndefined();
    const t = '第三季度，社会消费品零售总额增长[[2.7%]]。';
    expect(periodOf('2024-10-18', [t], '2.7%')).toEqual({ year: 2024, fromMonth: 7, toMonth: 9 });
  });
});

describe('"与二零一二年同期比较": the same period of a comparison is its base, not the figure\'s months', () => {
  const previous = '二零一三年十月的零售業總銷貨價值的修訂估計較上年同期上升[[6.3%]]。';
  it('traditional Chinese (Census and Statistics Department)', () => {
    const s = '與二零一二年同期比較,二零一三年首十一個月的零售業總銷貨價值上升[[11.6%]],而總銷貨數量則上升[[11.1%]]。';
    expect(periodOf('2014-01-03', [previous, s], '11.1%')).toEqual({ year: 2013, fromMonth: 1, toMonth: 11 });
  });
  it('simplified Chinese', () => {
    const s = '与二零一二年同期比较，二零一三年首十一个月的零售业总销货价值上升[[11.6%]]，而总销货数量则上升[[11.1%]]。';
    expect(periodOf('2014-01-03', [previous, s], '11.1%')).toEqual({ year: 2013, fromMonth: 1, toMonth: 11 });
  });
});

describe('"the September 2024 quarter": a quarter named by its last month (Stats NZ, ABS)', () => {
  it('English, with and without the year', () => {
    const s = 'New Zealand’s gross domestic product (GDP) fell [[1.0 percent]] in the September 2024 quarter, following a revised [[1.1 percent]] decrease in the June 2024 quarter.';
    expect(periodOf('2024-12-19', [s], '1.0 percent')).toEqual({ year: 2024, fromMonth: 7, toMonth: 9 });
    expect(periodOf('2024-12-19', [s], '1.1 percent')).toEqual({ year: 2024, fromMonth: 4, toMonth: 6 });
    const t = 'Household spending rose [[0.4 percent]] in the March quarter.';
    expect(periodOf('2025-06-04', [t], '0.4 percent')).toEqual({ year: 2025, fromMonth: 1, toMonth: 3 });
  });
});

describe('"from 1.59 billion pounds, last year": a base is the year before the text’s, not before the publication’s', () => {
  const first = 'Imperial Brands plc reported that its Group net revenues grew [[0.3 percent]] for the six months ended 31 March 2022.';
  const second = 'First half adjusted operating profit increased to [[1.60 billion pounds]] from [[1.59 billion pounds]], last year.';
  it('on an undated page, in the months the text is talking about', () => {
    const f = analyze(undefined, [first, second]).get('1.59 billion pounds');
    expect(f.year).toBe(2021);
    expect(f.period).toMatchObject({ fromYear: 2020, fromMonth: 10, toMonth: 3 });
  });
  it('on a page published the year after the results', () => {
    const results = 'For the year 2024, revenue rose to [[$5.2 billion]] from [[$4.9 billion]] last year.';
    expect(analyze('2025-02-20', [results]).get('$4.9 billion').year).toBe(2023);
  });
  it('a year named after the base is about something else', () => {
    const first = 'Provident Financial reported that its profit before tax for six months ended 30 June 2019 increased [[8.8 percent]].';
    const second = 'However, basic earnings per share declined [[17.3 percent]] to [[8.1 pence]] from [[9.8 pence]] last year, due to the impact of the rights shares issued in 2018.';
    expect(analyze(undefined, [first, second]).get('9.8 pence').year).toBe(2018);
  });
    it('a figure of its own "last year" is still the year before the publication', () => {
    expect(analyze('2025-02-20', ['Last year, revenue rose to [[$5.2 billion]].']).get('$5.2 billion').year).toBe(2024);
  });
});

describe('"first-half net profit": a half written with a hyphen', () => {
  it('English (Reuters)', () => {
    const s = 'China Mobile Ltd said its first-half net profit edged up [[5.6 percent]], its first interim profit rise in three years.';
    expect(periodOf('2016-08-11', [s], '5.6 percent')).toEqual({ year: 2016, fromMonth: 1, toMonth: 6 });
  });
});

describe('a text that counts in fiscal years: its halves and quarters are not the calendar’s', () => {
  it('English (BHP): "first-half profit" beside "the 2021/22 interim result"', () => {
    const first = 'Australian miner BHP Group has delivered a massive [[$US9.4 billion]] first-half profit.';
    const second = 'The 2021/22 interim result was up [[144 per cent]] from the same period in 2020/21.';
    expect(analyze(undefined, [first, second]).get('$US9.4 billion').period).toBeUndefined();
  });
  it('English (ADP): "fourth-quarter" in a text that looks ahead to "fiscal 2016"', () => {
    const first = 'Automatic Data Processing reported that fourth-quarter net earnings rose to [[$336.2 million]].';
    const second = 'Looking ahead to fiscal 2016, ADP forecasts revenue growth of [[6 percent]].';
    expect(analyze('2015-07-30', [first, second]).get('$336.2 million').period).toBeUndefined();
  });
  it('simplified and traditional Chinese: 上半年 beside 2019/20财年', () => {
    for (const [first, second] of [
      ['公司上半年营业额为[[100亿港元]]。', '2019/20财年全年盈利预计增长[[5%]]。'],
      ['公司上半年營業額為[[100億港元]]。', '2019/20財年全年盈利預計增長[[5%]]。'],
    ]) {
      expect(analyze('2019-11-20', [first!, second!]).get(/\[\[(.+?)\]\]/.exec(first!)![1]!).period).toBeUndefined();
    }
  });
  it('a calendar text keeps its quarters', () => {
    expect(periodOf('2025-10-20', ['第三季度，国内生产总值增长[[4.8%]]。'], '4.8%')).toEqual({ year: 2025, fromMonth: 7, toMonth: 9 });
  });
});

describe('Chinese names the time before what it is about: a later clause’s month is not the figure’s', () => {
  it.each([
    ['traditional', '今年8月的零售業總銷貨價值的臨時估計為[[324億元]],較去年同月上升[[13.7%]],今年7月零售業總銷貨價值的修訂估計,則較去年同月上升[[16.7%]]。'],
    ['simplified', '今年8月的零售业总销货价值的临时估计为[[324亿元]]，较去年同月上升[[13.7%]]，今年7月零售业总销货价值的修订估计，则较去年同月上升[[16.7%]]。'],
  ])('%s', (_script, s) => {
    expect(periodOf('2023-09-29', [s], '13.7%')).toEqual({ year: 2023, fromMonth: 8, toMonth: 8 });
    expect(periodOf('2023-09-29', [s], '16.7%')).toEqual({ year: 2023, fromMonth: 7, toMonth: 7 });
  });
});

describe('"each year", "an annual average", 每年, 年均: a whole year’s rate, not the quarter just named', () => {
  const q4 = ['主計總處概估去年第四季經濟成長率為[[百分之十二點六八]]。', '主计总处概估去年第四季经济成长率为[[百分之十二点六八]]。', 'The economy grew [[12.68 percent]] in the fourth quarter of 2025.'];
  it.each([
    [q4[0]!, '近十年每年民間投資平均成長超過[[百分之六]]。', '百分之六'],
    [q4[1]!, '近十年民间投资年均增长超过[[百分之六]]。', '百分之六'],
    [q4[2]!, 'Over the decade private investment grew by an annual average of [[6 percent]].', '6 percent'],
  ])('%s → %s', (first, second, figure) => {
    expect(analyze('2026-01-31', [first, second]).get(figure).period).toBeUndefined();
  });
});

describe('on an undated page, "this year"/今年 is still a whole year; "the same quarter last year" is not', () => {
  it.each([
    ['主計總處昨天公布最新經濟成長率預測，今年下修至[[百分之一點七四]]。', '百分之一點七四'],
    ['国家统计局预测，今年经济增长[[5%]]左右。', '5%'],
    ['The agency now expects the economy to grow [[1.7 percent]] this year.', '1.7 percent'],
  ])('%s', (s, figure) => {
    const f = analyze(undefined, [s]).get(figure);
    expect(f.year).toBeUndefined();
    expect(f.period).toMatchObject({ fromMonth: 1, toMonth: 12 });
  });
  it('"in the same quarter last year", "去年同期" name a part of the year', () => {
    expect(analyze(undefined, ['Revenues grew to [[$2.70 billion]] from [[$2.57 billion]] in the same quarter last year.']).get('$2.57 billion').period).toBeUndefined();
    expect(analyze(undefined, ['营收为[[27亿元]]，去年同期为[[25.7亿元]]。']).get('25.7亿元').period).toBeUndefined();
  });
});

describe('the month an estimate was made in is not the figure’s time', () => {
  it.each([
    ['今年第三季成長率初步統計為[[百分之一點六六]]，但低於八月預測的[[百分之二點四七]]。', '百分之二點四七'],
    ['今年第三季增长率初步统计为[[百分之一点六六]]，但低于八月预测的[[百分之二点四七]]。', '百分之二点四七'],
    ['Third-quarter growth was a preliminary [[1.66 percent]], below the August forecast of [[2.47 percent]].', '2.47 percent'],
  ])('%s', (s, figure) => {
    expect(periodOf('2023-11-29', [s], figure)).toEqual({ year: 2023, fromMonth: 7, toMonth: 9 });
  });
  it('"三月底预计为" is what is expected at the end of March', () => {
    expect(periodOf('2019-02-27', ['本港财政储备至二零二零年三月底预计为[[一万一千七百八十四亿元]]。'], '一万一千七百八十四亿元')).toEqual({ year: 2020, fromMonth: 3, toMonth: 3 });
  });
});

describe('"higher than that in May": the month of a comparison’s base', () => {
  it.each([
    ['In June alone, the country’s power use grew [[5.5 percent]] year-on-year, [[3.2 percentage points]] higher than that in May.', '3.2 percentage points'],
    ['6月份，全社会用电量同比增长[[5.5%]]，增速比5月份提高[[3.2个百分点]]。', '3.2个百分点'],
    ['6月份，全社會用電量同比增長[[5.5%]]，增速比5月份提高[[3.2個百分點]]。', '3.2個百分點'],
  ])('%s', (s, figure) => {
    expect(periodOf('2019-07-16', [s], figure)).toEqual({ year: 2019, fromMonth: 6, toMonth: 6 });
  });
});

describe('a year nearer the figure than the months, and not beside them: the whole year', () => {
  it.each([
    ['Inflation excluding energy and food continued to increase in February and ECB staff expect it to average [[4.6%]] in 2023.', '4.6%'],
    ['2月份核心通胀继续上升，欧央行工作人员预计2023年平均为[[4.6%]]。', '4.6%'],
    ['2月份核心通脹繼續上升，歐央行工作人員預計2023年平均為[[4.6%]]。', '4.6%'],
  ])('%s', (s, figure) => {
    const f = analyze('2023-03-16', [s]).get(figure);
    expect(f.year).toBe(2023);
    expect(f.period).toBeUndefined();
  });
  it('"for the first half of 2018" and "during the parallel period of 2017" keep their months', () => {
    const s = 'Gross Margin for the period was [[12%]] compared with [[11%]] during the parallel period of 2017.';
    const first = 'Net Profit for the first half of 2018 totaled [[NIS 203 million]].';
    expect(periodOf('2018-08-30', [first, s], '11%')).toEqual({ year: 2017, fromMonth: 1, toMonth: 6 });
    expect(periodOf('2018-08-30', [first], 'NIS 203 million')).toEqual({ year: 2018, fromMonth: 1, toMonth: 6 });
  });
});

describe('"截至十一月底的三個月", "the three months to the end of November": September to November', () => {
  it.each([
    ['截至二零一三年十一月底的三個月,與先前三個月比較,經季節性調整的零售業總銷貨數量輕微上升[[0.2%]]。', '0.2%'],
    ['截至二零一三年十一月底的三个月，与先前三个月比较，经季节性调整的零售业总销货数量轻微上升[[0.2%]]。', '0.2%'],
    ['In the three months to the end of November 2013, seasonally adjusted retail sales volume rose [[0.2%]] on the previous three months.', '0.2%'],
  ])('%s', (s, figure) => {
    expect(periodOf('2014-01-03', [s], figure)).toEqual({ year: 2013, fromMonth: 9, toMonth: 11 });
  });
});

describe('a sentence without figures that names two years does not set the text’s year', () => {
  it.each([
    ['The decrease reflected strong performance in 2017, coupled with a decline during 2018 in the activities.', 'Gross Margin for the period was [[12%]].'],
    ['这一下降反映了2017年的强劲表现，以及2018年国际业务的收缩。', '期内毛利率为[[12%]]。'],
    ['這一下降反映了2017年的強勁表現，以及2018年國際業務的收縮。', '期內毛利率為[[12%]]。'],
  ])('%s', (mark, s) => {
    const first = s.startsWith('Gross') ? 'Financial highlights for the first half of 2018: revenues totaled [[NIS 2.7 billion]].' : '2018年上半年，营业收入为[[27亿元]]。';
    const f = analyze('2018-08-28', [first, mark, s]).get('12%');
    expect(f.year).toBe(2018);
  });
});
