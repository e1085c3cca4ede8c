import { describe, expect, it } from 'vitest';
import { analyzePage } from '@/lib/analyze';
import { analyze, pageInfo } from '@/lib/normalize/make.test-helper';

const zh = { locale: 'zh-CN' };

describe('implied-prior: a growth rate and its amount give the period before', () => {
  it('a whole year, with "about" because the amount is hedged (the seed article’s trade)', () => {
    const { get, notes } = analyze('2025-01-16', [
      'Exports grew [[7 percent]] in 2024.',
      "The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate.",
    ]);
    expect(notes('9.8 percent')).toEqual([
      'Over 9 trillion yuan in 2024, up 9.8% year on year → about 8.2 trillion Chinese yuan in 2023 (9 trillion ÷ 1.098).',
    ]);
    expect(get('9.8 percent').notes![0]).toMatchObject({ type: 'implied-prior', currency: 'CNY', year: 2023 });
    expect(get('9.8 percent').notes![0]!.value).toBeCloseTo(9e12 / 1.098, 0);
  });

  it('GDP grows in real terms: a nominal amount ÷ a real rate is not the prior amount, so no note (issue 9, the real-page gold)', () => {
    const { notes } = analyze('2025-01-18', ["China's GDP grew [[5 percent]] year-on-year to [[134.9 trillion yuan]] ([[$18.41 trillion]]) in 2024."]);
    expect(notes('5 percent')).toEqual([]);
  });

  it('a half-year in Chinese, and a decline', () => {
    // The heading names the half-year; the breakdown after it keeps it (issue 9: it was read as the whole year).
    const { notes } = analyze('2023-07-13', ['上半年外贸稳中提质。', '其中，出口[[11.46万亿元]]，同比增长[[3.7%]]；进口[[8.64万亿元]]，同比下降[[0.1%]]。'], zh);
    expect(notes('3.7%')).toEqual(['2023年上半年11.46万亿元，同比增长3.7% → 2022年上半年11.1万亿人民币（11.46万亿 ÷ 1.037）。']);
    expect(notes('0.1%')).toEqual(['2023年上半年8.64万亿元，同比下降0.1% → 2022年上半年8.65万亿人民币（8.64万亿 ÷ 0.999）。']);
  });

  it('no prior on a guessed year: the amount names no time and the page says none before it', () => {
    const { notes } = analyze('2023-07-13', ['其中，出口[[11.46万亿元]]，同比增长[[3.7%]]。'], zh);
    expect(notes('3.7%')).toEqual([]);
  });

  it('month on month: the month before', () => {
    const { notes } = analyze('2025-01-16', ['Exports reached [[3.2 trillion yuan]] in December, up [[10.9 percent]] month-on-month.']);
    expect(notes('10.9 percent')).toEqual([
      '3.2 trillion yuan in Dec 2024, up 10.9% month on month → 2.89 trillion Chinese yuan in Nov 2024 (3.2 trillion ÷ 1.109).',
    ]);
  });

  it('no note for a growth rate without an amount', () => {
    expect(analyze('2025-01-17', ['Fixed-asset investment rose by [[3.2 percent]] in 2024.']).get('3.2 percent').notes).toBeUndefined();
  });
});

describe('conversion-check: the article’s own conversion against the reference rate of the figure’s year', () => {
  it('more than 2% off the year’s rate but within 2% of the rate when published is not flagged (the seed article)', () => {
    const { get } = analyze('2025-01-16', ["Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024."]);
    const [note] = get('US$ 1.9 trillion').notes!;
    expect(note).toMatchObject({ type: 'conversion-check', flagged: false, currency: 'USD', year: 2024 });
    expect(note!.text).toBe(
      "14 trillion yuan (US$ 1.9 trillion) implies 7.37 CNY per USD; the 2024 ECB-based average was 7.19: the article's conversion is 2.4% off that, but within 2% of the January 2025 rate, when the page was published.",
    );
  });

  it('more than 2% off both the year’s rate and the rate when published is flagged, with what the rate gives', () => {
    const { get } = analyze('2025-01-16', ["Guangdong's GDP surpassed [[14 trillion yuan]] ([[US$ 2.1 trillion]]) in 2024."]);
    const [note] = get('US$ 2.1 trillion').notes!;
    expect(note).toMatchObject({ type: 'conversion-check', flagged: true, currency: 'USD', year: 2024 });
    expect(note!.text).toBe(
      "14 trillion yuan (US$ 2.1 trillion) implies 6.67 CNY per USD; the 2024 ECB-based average was 7.19: the article's conversion is 7.3% off (at 7.19, 14 trillion yuan is $1.95 trillion).",
    );
  });

  it('within 2% is not flagged', () => {
    const { get } = analyze('2025-01-18', ["China's GDP grew [[5 percent]] year-on-year to [[134.9 trillion yuan]] ([[$18.41 trillion]]) in 2024."]);
    const [note] = get('$18.41 trillion').notes!;
    expect(note!.flagged).toBe(false);
    expect(note!.text).toBe(
      "134.9 trillion yuan ($18.41 trillion) implies 7.33 CNY per USD; the 2024 ECB-based average was 7.19: the article's conversion is within 2% (1.8% off).",
    );
  });

  it('in Chinese', () => {
    const { notes } = analyze('2025-01-16', ['2024年广东地区生产总值突破[[14万亿元]]（[[1.9万亿美元]]）。'], zh);
    expect(notes('1.9万亿美元')).toEqual([
      '14万亿元（1.9万亿美元）意味着1美元兑7.37人民币；欧洲央行参考汇率2024年均值为7.19：文中换算与之偏差2.4%，但与发布时（2025年1月）的汇率相差在2%以内。',
    ]);
  });

  it('a month’s figure is checked against that month’s average, named in the note’s language', () => {
    const sentence = ['3月份，全省出口[[1000亿元]]（[[145亿美元]]）。'];
    expect(analyze('2026-04-10', sentence).notes('145亿美元')[0]).toMatch(/; the March 2026 ECB-based average was 6\.9:/);
    expect(analyze('2026-04-10', sentence, zh).notes('145亿美元')[0]).toMatch(/；欧洲央行参考汇率2026年3月均值为6\.9：/);
  });

  it('a pair without a reference rate gets no check', () => {
    expect(analyze('2025-01-16', ['去年台湾出口[[4750亿新台币]]（[[150亿美元]]）。']).get('150亿美元').notes).toBeUndefined();
  });
});

describe('target-vs-actual: a target beside the matching actual on the page', () => {
  it('against the same measure’s latest earlier figure', () => {
    const { notes } = analyze('2025-03-05', [
      '2024年，国内生产总值增长[[5%]]；全国城镇调查失业率平均值为[[5.1%]]，居民消费价格上涨[[0.2%]]。',
      '政府工作报告提出，今年发展主要预期目标是：国内生产总值增长[[5%]]左右；城镇调查失业率[[5.5%]]左右；居民消费价格涨幅[[2%]]左右。',
    ], zh);
    expect(notes('5.5%')).toContain('2025年目标5.5%，2024年实际为5.1%（5.5 − 5.1 = +0.4个百分点）。');
    expect(notes('2%')).toContain('2025年目标2%，2024年实际为0.2%（2 − 0.2 = +1.8个百分点）。');
  });

  it('in English, with the hedge kept', () => {
    const { notes } = analyze('2025-03-05', ["Guangdong's GDP grew [[3.5 percent]] in 2024.", "For 2025, the province's GDP growth target is set at around [[5 percent]]."]);
    expect(notes('5 percent')).toEqual(['2025 target: about 5 percent, against 3.5 percent in 2024 (5 − 3.5 = +1.5 points).']);
  });

  it('a growth target without an earlier rate, on the measure’s amount of the year before (the seed article)', () => {
    const { get } = analyze('2025-01-16', [
      "Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024.",
      "For 2025, the province's GDP growth target is set at around [[5 percent]], according to the government work report.",
    ]);
    const [note] = get('5 percent').notes!;
    expect(note).toMatchObject({ type: 'target-vs-actual', currency: 'CNY', year: 2025 });
    expect(note!.value).toBeCloseTo(14.7e12, -9);
    expect(note!.text).toBe(
      '2025 target of about 5 percent growth on 14 trillion yuan in 2024 → about 14.7 trillion Chinese yuan in 2025, in 2024 prices (14 trillion × 1.05).',
    );
  });

  it('a target of another measure is not compared', () => {
    const { get } = analyze('2025-03-05', ['Retail sales grew [[3.5 percent]] in 2024.', 'The inflation target for 2025 is around [[2 percent]].']);
    expect(get('2 percent').notes).toBeUndefined();
  });
});

describe('streak: "Nth consecutive year" with its year', () => {
  it('the seed article: 36th consecutive year in 2024 → since 1989', () => {
    const { notes } = analyze('2025-01-16', [
      "Guangdong's GDP is projected to surpass a milestone of [[14 trillion yuan]] ([[US$ 1.9 trillion]]) for 2024, maintaining its position as the top-ranking province in the country for the 36th consecutive year, Wang said.",
    ]);
    expect(notes('14 trillion yuan')).toEqual(['For the 36th consecutive year as of 2024 → every year since 1989 (2024 − 36 + 1).']);
  });

  it('"for N consecutive years", in words', () => {
    const { notes } = analyze('2024-01-20', ['The country has been the largest trading partner of ASEAN for 15 consecutive years, with trade of [[6.41 trillion yuan]] in 2023.']);
    expect(notes('6.41 trillion yuan')).toEqual(['For 15 consecutive years as of 2023 → every year since 2009 (2023 − 15 + 1).']);
  });

  it('连续N年 in Chinese', () => {
    const { get } = analyze('2024-01-20', ['中国连续十五年保持东盟第一大贸易伙伴地位，2023年双边贸易额[[6.41万亿元]]。'], zh);
    expect(get('6.41万亿元').notes).toEqual([{ type: 'streak', text: '连续十五年（截至2023年）→ 自2009年起每年（2023 − 15 + 1）。', year: 2009 }]);
  });
});

describe('share-of: a share with its base', () => {
  it('the part given: no note, as which total is a guess (issue 9: the real-page gold calls part ÷ share wrong)', () => {
    const { notes } = analyze('2023-07-13', ['同期，我国对第一大贸易伙伴东盟进出口[[3.08万亿元]]，同比增长[[5.4%]]，占进出口总值的[[15.3%]]。'], zh);
    expect(notes('15.3%')).toEqual([]);
  });

  it('the whole given: the part follows', () => {
    const { notes } = analyze('2025-01-16', ['The fund will put [[30 percent]] of the [[5 billion yuan]] budget into chips in 2025.']);
    expect(notes('30 percent')).toEqual(['30 percent of 5 billion yuan → 1.5 billion Chinese yuan (5 billion × 0.3).']);
  });

  it('a share of an increase is not a share of the amount beside it (the seed article’s 38.7 percent)', () => {
    const { get } = analyze('2025-01-16', ["The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate and contributing [[38.7 percent]] to the national trade increment."]);
    expect(get('38.7 percent').notes).toBeUndefined();
  });
});

describe('relative-year: which year "last year" means', () => {
  it('for the article’s date, once per phrase', () => {
    const { get } = analyze('2023-07-13', ['据海关统计，今年上半年，我国货物贸易进出口总值[[20.1万亿元]]，同比增长[[2.1%]]。'], zh);
    expect(get('20.1万亿元').notes?.[0]).toEqual({ type: 'relative-year', text: '“今年”指2023年（文章日期：2023-07-13）。', year: 2023 });
    expect(get('2.1%').notes?.some((n) => n.type === 'relative-year')).toBeFalsy();
  });

  it('and says so when the date is unknown', () => {
    expect(analyze(undefined, ['Retail sales rose [[3.5 percent]] last year.']).notes('3.5 percent')).toEqual([
      '“last year”: the article’s date is unknown, so its year is too.',
    ]);
  });
});

describe('notes are replaced, not piled up, when a page is analysed again', () => {
  it('the same figures twice give the same notes', () => {
    const first = analyze('2025-01-16', ['Loans grew [[23 percent]] last year.']).figures;
    const again = analyzePage(pageInfo('2025-01-16'), first);
    expect(again).toEqual(first);
  });
});
