import { describe, expect, it } from 'vitest';
import { money, pct, pp, see } from '@/lib/detect/see.test-helper';

describe('a list writes its unit once: every number takes it', () => {
  it.each([
    ['Growth in the two regions was 4.6 and 3.1 percentage points above the national rate.', pp('4.6', 4.6), pp('3.1 percentage points', 3.1)],
    ['Sales rose 5, 8 and 12 percent in the three markets.', pct('5', 5), pct('8', 8), pct('12 percent', 12)],
    ['Profits were 1.2, 3.4 and 5.6 billion dollars in the three years.', money('1.2', 1.2e9, 'USD'), money('3.4', 3.4e9, 'USD'), money('5.6 billion dollars', 5.6e9, 'USD')],
  ])('English: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['三大产业增加值分别为602.4亿、190.8亿和30.9亿元。', money('602.4亿', 6.024e10, 'CNY'), money('190.8亿', 1.908e10, 'CNY'), money('30.9亿元', 3.09e9, 'CNY')],
    ['分别比全国快4.6和3.1个百分点。', pp('4.6', 4.6), pp('3.1个百分点', 3.1)],
    ['三项收入分别为602.4、190.8和30.9亿元。', money('602.4', 6.024e10, 'CNY'), money('190.8', 1.908e10, 'CNY'), money('30.9亿元', 3.09e9, 'CNY')],
    ['三个季度分别增长5%、8%和12%。', pct('5%', 5), pct('8%', 8), pct('12%', 12)],
  ])('simplified Chinese: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it.each([
    ['三大產業增加值分別為602.4億、190.8億和30.9億元。', money('602.4億', 6.024e10, 'CNY'), money('190.8億', 1.908e10, 'CNY'), money('30.9億元', 3.09e9, 'CNY')],
    ['分別比全港快4.6及3.1個百分點。', pp('4.6', 4.6), pp('3.1個百分點', 3.1)],
  ])('traditional Chinese: %s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('a range stays one range, and years in a list stay out', () => {
    expect(see('Growth of between 6.5 and 7 per cent is expected.')).toEqual([pct('between 6.5 and 7 per cent', 6.5, { valueMax: 7 })]);
    expect(see('In 2023 and 2024 companies paid less tax.')).toEqual([]);
    expect(see('Staff see inflation at 5.3% in 2023, 2.9% in 2024 and 2.1% in 2025.')).toEqual([pct('5.3%', 5.3), pct('2.9%', 2.9), pct('2.1%', 2.1)]);
  });
});
