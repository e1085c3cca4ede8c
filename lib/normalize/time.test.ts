import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const yearOf = (published: string | undefined, sentence: string, figure: string, at = 0) => analyze(published, [sentence]).get(figure, at).year;
const periodOf = (published: string | undefined, sentence: string, figure: string, at = 0) => analyze(published, [sentence]).get(figure, at).period;

describe('an explicit year in the figure’s clause or sentence', () => {
  it('"for 2024" in the clause', () => {
    const s = "Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.";
    expect(yearOf('2025-01-16', s, '14 trillion yuan')).toBe(2024);
  });

  it('"For 2025," opening the sentence, outside the figure’s clause', () => {
    const s = "For 2025, the province's GDP growth target is set at around [[5 percent]], according to the government work report.";
    expect(yearOf('2025-01-16', s, '5 percent')).toBe(2025);
  });

  it('each figure takes the year nearest it in its clause', () => {
    const s = "Chronologically, China's total economic volume has achieved a historic leap from [[56.88 trillion yuan]] in 2013 to [[134.9084 trillion yuan]] in 2024.";
    const { get } = analyze('2025-01-21', [s]);
    expect(get('56.88 trillion yuan').year).toBe(2013);
    expect(get('134.9084 trillion yuan').year).toBe(2024);
  });

  it('Chinese "2017年" with a month range', () => {
    const s = '2017年1-3月份，社会消费品零售总额[[85823亿元]]，同比增长[[10.0%]]。';
    expect(yearOf('2017-04-14', s, '85823亿元')).toBe(2017);
    expect(periodOf('2017-04-14', s, '85823亿元')).toEqual({ year: 2017, fromMonth: 1, toMonth: 3, label: 'Q1 2017' });
  });

  it('the period is labelled in the reader’s language', () => {
    const s = '2025年上半年，广东外贸进出口[[4.55万亿元]]，同比增长[[4.3%]]。';
    expect(analyze('2025-07-18', [s], { locale: 'zh-CN' }).get('4.55万亿元').period).toEqual({ year: 2025, fromMonth: 1, toMonth: 6, label: '2025年上半年' });
    expect(analyze('2025-07-18', [s], { locale: 'en' }).get('4.55万亿元').period?.label).toBe('H1 2025');
    const q = '2017年1-3月份，社会消费品零售总额[[85823亿元]]。';
    expect(analyze('2017-04-14', [q], { locale: 'zh-CN' }).get('85823亿元').period?.label).toBe('2017年第一季度');
  });

  it('a fiscal year: "FY2025"', () => {
    expect(yearOf('2025-05-20', 'The company expects revenue of [[$2.4 billion]] in FY2025.', '$2.4 billion')).toBe(2025);
  });

  it('a number that looks like a year inside a figure is not a time word', () => {
    expect(yearOf('2025-01-16', 'The park is home to [[2024 companies]].', '2024 companies')).toBe(2025);
  });
});

describe('words relative to the publication date', () => {
  it('"last year" in an article of 2025-01-16 is 2024', () => {
    const s = 'New measures in science and technology finance led to a [[23 percent]] increase in the balance of technology loans in the province last year, Wang noted.';
    expect(yearOf('2025-01-16', s, '23 percent')).toBe(2024);
  });

  it('"this year" and "今年" are the publication year', () => {
    expect(yearOf('2026-03-05', 'Beijing set a growth target of around [[5 percent]] this year.', '5 percent')).toBe(2026);
    expect(yearOf('2023-07-13', '据海关统计，今年上半年，我国货物贸易进出口总值[[20.1万亿元]]，同比增长[[2.1%]]。', '20.1万亿元')).toBe(2023);
  });

  it('"去年" in an article of 2025-03-05 is 2024', () => {
    expect(yearOf('2025-03-05', '去年，我国国内生产总值达到[[134.9万亿元]]，增长[[5%]]。', '134.9万亿元')).toBe(2024);
  });

  it('with the date unknown, "last year" has no year (never today’s)', () => {
    const { get } = analyze(undefined, ['Retail sales rose [[3.5 percent]] last year.']);
    expect(get('3.5 percent').year).toBeUndefined();
  });
});

describe('words relative to the sentence’s own year', () => {
  it('"a year earlier" is the year before the sentence’s year', () => {
    const s = 'In 2024, exports reached [[25.45 trillion yuan]], compared with [[23.77 trillion yuan]] a year earlier.';
    const { get } = analyze('2025-01-13', [s]);
    expect(get('25.45 trillion yuan').year).toBe(2024);
    expect(get('23.77 trillion yuan').year).toBe(2023);
  });

  it('"a year ago" with no year in the sentence: the year before the publication year, with the sentence’s period', () => {
    const s = 'The job market was stable as the surveyed urban unemployment rate on average stood at [[5.1 percent]] in the first three quarters, down from [[5.3 percent]] a year ago.';
    const { get } = analyze('2024-10-18', [s]);
    expect(get('5.1 percent').period?.label).toBe('Jan–Sep 2024');
    expect(get('5.3 percent').year).toBe(2023);
    expect(get('5.3 percent').period?.label).toBe('Jan–Sep 2023');
  });
});

describe('the base of a comparison is not the figure’s year', () => {
  it.each([
    ['Retail sales rose [[4.2 percent]] from 2023.', 2025],
    ['Profits hit [[$3 billion]], the highest since 2019.', 2025],
    ['工业增加值比2023年增长[[5.8%]]。', 2025],
    ['销售额[[1.2万亿元]]，较上年增长[[6%]]。', 2025],
    ['出口增长[[7.1%]]，增速比去年同期加快[[2.3个百分点]]。', 2025],
  ])('%s → %d (the publication year)', (sentence, year) => {
    const { figures } = analyze('2025-02-10', [sentence]);
    expect(figures[0]!.year).toBe(year);
  });
});

describe('periods', () => {
  it('quarters in English, each figure its own', () => {
    const s = 'For the fourth quarter of 2024, the Chinese economy grew [[5.4 percent]] year-on-year, following a [[4.6 percent]] growth in the third quarter.';
    const { get } = analyze('2025-01-17', [s]);
    expect(get('5.4 percent').period?.label).toBe('Q4 2024');
    expect(get('4.6 percent').period?.label).toBe('Q3 2024');
  });

  it('months on either side of "versus"', () => {
    const s = 'The surveyed urban jobless rate came in at [[5.1 percent]] in December versus [[5 percent]] in November, according to the NBS.';
    const { get } = analyze('2025-01-17', [s]);
    expect(get('5.1 percent').period).toEqual({ year: 2024, fromMonth: 12, toMonth: 12, label: 'Dec 2024' });
    expect(get('5 percent').period?.label).toBe('Nov 2024');
  });

  it('"the first 11 months" and "January-September"', () => {
    expect(periodOf('2024-12-16', 'In the first 11 months, fixed-asset investment grew by [[3.3 percent]].', '3.3 percent')?.label).toBe('Jan–Nov 2024');
    expect(periodOf('2024-10-18', 'GDP reached around [[94.97 trillion yuan]] in the January-September period.', '94.97 trillion yuan')?.label).toBe('Jan–Sep 2024');
  });

  it('"respectively" and "分别" pair the nth figure with the nth time word', () => {
    const en = analyze('2025-01-21', [
      "This followed consecutive milestones in 2020, 2021 and 2022, when China's economy exceeded [[100 trillion yuan]] ([[$13.6 trillion]]), [[110 trillion yuan]] ([[$15 trillion]]) and [[120 trillion yuan]] ([[$16.4 trillion]]), respectively, reaching a new peak.",
    ]);
    expect(['100 trillion yuan', '110 trillion yuan', '120 trillion yuan', '$15 trillion'].map((t) => en.get(t).year)).toEqual([2020, 2021, 2022, 2021]);
    const zh = analyze('2023-07-13', ['海关统计显示，上半年，我国外贸进出口规模在历史同期首次突破[[20万亿元]]，其中一季度、二季度分别达到[[9.76万亿元]]和[[10.34万亿元]]。']);
    expect(['20万亿元', '9.76万亿元', '10.34万亿元'].map((t) => zh.get(t).period?.label)).toEqual(['H1 2023', 'Q1 2023', 'Q2 2023']);
  });

  it('a day after the month makes it a date, not the figure’s month', () => {
    expect(periodOf('2025-01-16', 'On January 15, officials said exports rose [[7 percent]] in 2024.', '7 percent')).toBeUndefined();
  });

  it('Chinese periods: 前三季度, 三季度, 上半年, N月份', () => {
    expect(periodOf('2024-10-18', '前三季度，国内生产总值[[949746亿元]]，同比增长[[4.8%]]。', '949746亿元')?.label).toBe('Jan–Sep 2024');
    expect(periodOf('2016-10-19', '从环比看，三季度国内生产总值增长[[1.8%]]。', '1.8%')?.label).toBe('Q3 2016');
    expect(periodOf('2023-07-13', '今年上半年，我国货物贸易进出口总值[[20.1万亿元]]。', '20.1万亿元')?.label).toBe('H1 2023');
    expect(periodOf('2024-04-16', '3月份，社会消费品零售总额[[39020亿元]]，同比增长[[3.1%]]。', '39020亿元')?.label).toBe('Mar 2024');
  });

  it('a period without a year is in the year the text is talking about, if that one had begun', () => {
    const { get } = analyze('2025-03-05', ['In 2024, exports rose [[7.1 percent]].', 'In the first quarter, exports grew [[1.5 percent]].']);
    expect(get('1.5 percent').period?.label).toBe('Q1 2024');
  });

  it('a period without a year is the latest that had begun by the publication date', () => {
    expect(periodOf('2025-01-17', '四季度，国内生产总值同比增长[[5.4%]]。', '5.4%')?.label).toBe('Q4 2024');
    expect(periodOf('2025-07-15', '上半年，国内生产总值同比增长[[5.3%]]。', '5.3%')?.label).toBe('H1 2025');
  });
});

describe('a sentence without time words', () => {
  it('takes the year the text was last talking about (the seed article’s trade paragraph is about 2024)', () => {
    const { get } = analyze('2025-01-16', [
      "Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.",
      "The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate and contributing [[38.7 percent]] to the national trade increment.",
    ]);
    expect(get('9 trillion yuan').year).toBe(2024);
    expect(get('38.7 percent').year).toBe(2024);
  });

  it('a sentence of plans does not set the year for the facts after it', () => {
    const { get } = analyze('2025-01-16', [
      'Exports rose [[7 percent]] in 2024.',
      "For 2025, the province's GDP growth target is set at around [[5 percent]].",
      'Guangdong is home to approximately [[77,000 high-tech enterprises]].',
    ]);
    expect(get('5 percent').year).toBe(2025);
    expect(get('77,000 high-tech enterprises').year).toBe(2024);
  });

  it('else the publication year', () => {
    expect(yearOf('2025-01-16', 'The low-altitude economy has also gained traction, attracting over [[30 percent]] of the industry.', '30 percent')).toBe(2025);
  });

  it('and with no date either, no year', () => {
    expect(yearOf(undefined, 'Guangdong is home to approximately [[77,000 high-tech enterprises]].', '77,000 high-tech enterprises')).toBeUndefined();
  });

  it('a restatement in brackets takes the year of what it restates', () => {
    const { get } = analyze('2025-01-16', ['In 2024, GDP topped [[14 trillion yuan]] ([[US$ 1.9 trillion]]).']);
    expect(get('US$ 1.9 trillion').year).toBe(2024);
  });
});
