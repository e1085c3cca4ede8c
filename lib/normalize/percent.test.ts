import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/normalize/make.test-helper';

const read = (sentence: string, figure: string, at = 0) => {
  const f = analyze('2025-01-17', [sentence]).get(figure, at);
  return { role: f.role, basis: f.basis };
};

describe('growth, and its basis', () => {
  it.each([
    ["The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate.", '9.8 percent', 'yoy'],
    ['In the third quarter, the economy expanded [[4.6 percent]] year on year and went up [[0.9 percent]] on a quarterly basis.', '0.9 percent', 'qoq'],
    ['Industrial output climbed [[5.8 percent]] compared with a year earlier in the first nine months.', '5.8 percent', 'yoy'],
    ['Retail sales rose [[0.3 percent]] month-on-month in December.', '0.3 percent', 'mom'],
    ['据海关统计，上半年我国货物贸易进出口总值[[20.1万亿元]]，同比增长[[2.1%]]。', '2.1%', 'yoy'],
    ['从环比看，三季度国内生产总值增长[[1.8%]]。', '1.8%', 'qoq'],
    ['9月份，社会消费品零售总额同比增长[[2.5%]]，环比增长[[0.43%]]。', '0.43%', 'mom'],
    ['今年上半年，中国外贸进出口总值[[18.07万亿元]]，比去年同期增长[[27.1%]]。', '27.1%', 'yoy'],
  ])('%s → growth, %s %s', (sentence, figure, basis) => {
    expect(read(sentence, figure)).toEqual({ role: 'growth', basis });
  });

  it('a Chinese percentage closing a text without punctuation is still growth', () => {
    expect(read('出口增长[[7%]]', '7%').role).toBe('growth');
  });

  it('growth without a stated basis is year on year, the convention of statistical releases', () => {
    expect(read('New measures led to a [[23 percent]] increase in the balance of technology loans last year.', '23 percent')).toEqual({ role: 'growth', basis: 'yoy' });
    expect(read('Fixed-asset investment rose by [[3.2 percent]] in 2024.', '3.2 percent').role).toBe('growth');
  });

  it('a decline is growth too; the detector’s value stays as written', () => {
    const f = analyze('2023-07-13', ['其中，出口[[11.46万亿元]]，同比增长[[3.7%]]；进口[[8.64万亿元]]，同比下降[[0.1%]]。']).get('0.1%');
    expect(f).toMatchObject({ role: 'growth', basis: 'yoy', value: 0.1 });
  });
});

describe('shares', () => {
  it.each([
    ["…contributing [[38.7 percent]] to the national trade increment.", '38.7 percent'],
    ["The low-altitude economy has also gained traction, attracting over [[30 percent]] of the country's industrial chain enterprises.", '30 percent'],
    ["NBS data showed over the past five years, China's contribution to global economic growth has averaged around [[30 percent]].", '30 percent'],
    ['同期，我国对东盟进出口[[3.08万亿元]]，同比增长[[5.4%]]，占进出口总值的[[15.3%]]。', '15.3%'],
    ['民营企业进出口增长[[8.9%]]，占进出口总值的比重提升至[[52.7%]]。', '52.7%'],
  ])('%s → share', (sentence, figure) => {
    expect(read(sentence, figure).role).toBe('share');
  });
});

describe('targets', () => {
  it.each([
    ["For 2025, the province's GDP growth target is set at around [[5 percent]], according to the government work report.", '5 percent'],
    ["China's gross domestic product expanded by [[5 percent]] in 2024, meeting the country's preset annual growth target of around [[5 percent]].", '5 percent', 1],
    ['The Fed’s target inflation rate is [[2%]].', '2%'],
    ['政府工作报告提出，今年发展主要预期目标是：国内生产总值增长[[5%]]左右；城镇调查失业率[[5.5%]]左右；居民消费价格涨幅[[2%]]左右。', '5.5%'],
    ['经济增长预期目标为[[5%]]左右。', '5%'],
  ] as [string, string, number?][])('%s → target', (sentence, figure, at = 0) => {
    expect(read(sentence, figure, at).role).toBe('target');
  });

  it('the actual that meets a target is not a target', () => {
    expect(read("China's GDP grew [[5 percent]] year on year in 2024, meeting the government's full-year target.", '5 percent')).toEqual({ role: 'growth', basis: 'yoy' });
    expect(read('Retail sales grew [[3.7 percent]], higher than expected.', '3.7 percent').role).toBe('growth');
  });
});

describe('levels and changes in points', () => {
  it.each([
    ['The surveyed urban jobless rate came in at [[5.1 percent]] in December versus [[5 percent]] in November.', '5 percent', 0],
    ['However, the unemployment rate rose by [[0.1 percentage points]] to [[4.2%]].', '4.2%', 0],
    ['The job market was stable as the surveyed urban unemployment rate on average stood at [[5.1 percent]] in the first three quarters, down from [[5.3 percent]] a year ago.', '5.3 percent', 0],
    ['Inflation climbed to [[2.9%]] in August.', '2.9%', 0],
    ['一年期贷款市场报价利率（LPR）为[[3.1%]]，5年期以上LPR为[[3.6%]]。', '3.6%', 0],
  ])('%s → level', (sentence, figure, at) => {
    expect(read(sentence, figure, at).role).toBe('level');
  });

  it.each([
    ['The Fed cut interest rates by [[25 basis points]].', '25 basis points'],
    ['However, the unemployment rate rose by [[0.1 percentage points]] to [[4.2%]].', '0.1 percentage points'],
    ['我国对“一带一路”沿线国家进出口增长[[9.8%]]，高出整体增速[[7.7个百分点]]。', '7.7个百分点'],
  ])('%s → change', (sentence, figure) => {
    expect(read(sentence, figure).role).toBe('change');
  });
});

describe('the amount a percent modifies', () => {
  it('the seed article: 9.8 percent growth of the 9 trillion yuan of trade', () => {
    const { get } = analyze('2025-01-16', ["The province's import and export volume exceeded [[9 trillion yuan]], reflecting a [[9.8 percent]] year-on-year growth rate and contributing [[38.7 percent]] to the national trade increment."]);
    expect(get('9.8 percent').subject).toBe(get('9 trillion yuan').id);
  });

  it('each percent the amount before it, in a Chinese list', () => {
    const { get } = analyze('2023-07-13', ['其中，出口[[11.46万亿元]]，同比增长[[3.7%]]；进口[[8.64万亿元]]，同比下降[[0.1%]]。']);
    expect(get('3.7%').subject).toBe(get('11.46万亿元').id);
    expect(get('0.1%').subject).toBe(get('8.64万亿元').id);
  });

  it('an amount the growth leads to: "grew 5 percent year-on-year to 134.9 trillion yuan"', () => {
    const { get } = analyze('2025-01-18', ["China's GDP grew [[5 percent]] year-on-year to [[134.9 trillion yuan]] ([[$18.41 trillion]]) in 2024."]);
    expect(get('5 percent').subject).toBe(get('134.9 trillion yuan').id);
  });

  it('never the restatement in brackets, and never an amount of another measure', () => {
    const { get } = analyze('2025-01-18', ["China's GDP reached [[134.9 trillion yuan]] ([[$18.41 trillion]]) in 2024, and retail sales grew [[3.5 percent]]."]);
    expect(get('3.5 percent').subject).toBeUndefined();
  });

  it('none for a level, and none when the sentence has no amount', () => {
    expect(analyze('2025-01-17', ['The jobless rate was [[5.1 percent]], with [[12.56 million]] new urban jobs.']).get('5.1 percent').subject).toBeUndefined();
    expect(analyze('2025-01-17', ['Fixed-asset investment rose by [[3.2 percent]] in 2024.']).get('3.2 percent').subject).toBeUndefined();
  });
});
