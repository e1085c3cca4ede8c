import { describe, expect, it } from 'vitest';
import { analyze, periodOf } from '@/lib/normalize/make.test-helper';

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
