import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect';
import { pct, pp, see, texts } from '@/lib/detect/see.test-helper';

const vagueOf = (text: string) => detectFigures(text).map((f) => [f.text, f.value, f.vague === true, f.lang]);

describe('vague counts: a count with its lower bound, flagged vague', () => {
  it.each([
    // taipeitimes.com, 2020-02-14 (AP)
    ['The decision comes after dozens of tech companies and wireless carriers dropped out.', 'dozens of tech companies', 24, 'en'],
    // losangelesfinancialtimes.com, 2020-03
    ['As more events are postponed or cancelled, scores of trade show workers will likely be out of work.', 'scores of trade show workers', 40, 'en'],
    ['Hundreds of thousands of jobs depend on the fair.', 'Hundreds of thousands of jobs', 200000, 'en'],
    ['今年共有数十家企业参展，另有上百家公司报名。', '数十家', 20, 'zh'],
    ['去年有數十間銀行下調利率。', '數十間', 20, 'zh'],
  ])('%s', (sentence, text, value, lang) => {
    expect(vagueOf(sentence)).toContainEqual([text, value, true, lang]);
  });

  it('上百家 is at least a hundred', () => {
    expect(vagueOf('另有上百家公司报名。')).toEqual([['上百家', 100, true, 'zh']]);
  });

  it('what is not economic stays out', () => {
    expect(texts('Thousands of years ago, scores of tests were run.')).toEqual([]);
  });
});

describe('half and fraction words as shares', () => {
  it.each([
    ['Half of the companies surveyed expect higher costs.', pct('Half', 50)],
    ['About half of exhibitors came from abroad.', pct('half', 50, { hedge: 'approx' })],
  ])('%s', (sentence, expected) => {
    expect(see(sentence)).toEqual([expected]);
  });

  it('two-thirds is an English figure', () => {
    expect(detectFigures('Nearly two-thirds of small firms expect higher costs.').map((f) => f.lang)).toEqual(['en']);
  });

  it('half a period or of hours is no share', () => {
    expect(texts('The number who worked less than half of their usual hours rose in the second half of the year.')).toEqual([]);
  });
});

describe('半成 and 碼: halves and quarter-point steps', () => {
  it.each([
    // metroradio.com.hk, retail sales
    ['至於超級市場貨品銷貨價值下跌半成，食品、酒類飲品及煙草', [pct('半成', 5)]],
    ['超市货品销货价值下跌半成。', [pct('半成', 5)]],
    // cna.com.tw, 2022-09-22
    ['中央銀行今天舉行第3季理監事會,宣布升息半碼、調升新台幣存款準備率1碼', [pp('半碼', 0.125), pp('1碼', 0.25)]],
    ['有兩位理事不同意升息半碼，認為應該升1碼。', [pp('半碼', 0.125), pp('1碼', 0.25)]],
  ])('%s', (sentence, expected) => {
    expect(see(sentence)).toEqual(expected);
  });

  it('碼 as a yard, a code or a word is no figure; 半成品 is a product', () => {
    expect(texts('這是兩碼事，他跑了100碼。')).toEqual([]);
    // hk01.com, 2025-09-26: 推薦碼 is a referral code
    expect(texts('使用指定推薦碼成功開立個人儲蓄戶口')).toEqual([]);
    expect(see('半成品产量增长三成')).toEqual([pct('三成', 30)]);
  });
});

describe('卅 and 廿: thirty and twenty in one character', () => {
  it('reads 百分之卅六點八四 (udn.com, 2026-01)', () => {
    expect(see('原本預測第4季出口年增百分之卅六點八四')).toEqual([pct('百分之卅六點八四', 36.84)]);
  });
  it('廿 before a scale', () => {
    expect(see('投資廿億元')).toEqual([{ text: '廿億元', kind: 'money', value: 2e9, currency: 'CNY' }]);
  });
  it('五卅 is a name, not 150', () => {
    expect(texts('五卅運動紀念館')).toEqual([]);
  });
});

