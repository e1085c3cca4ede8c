import { describe, expect, it } from 'vitest';
import { count, money, pct, pp, see, times } from '@/lib/detect/see.test-helper';
import { foldTraditional, toTraditional } from './script';

describe('one Chinese lexicon in both scripts', () => {
  it('a simplified key has its traditional form', () => {
    expect(toTraditional('个百分点')).toBe('個百分點');
    expect(toTraditional('港币')).toBe('港幣');
    expect(toTraditional('澳门元')).toBe('澳門元');
    expect(toTraditional('千瓦时')).toBe('千瓦時');
  });

  it.each([
    ['香港去年本地生產總值為3.1萬億港元，實質增長2.5%。', money('3.1萬億港元', 3.1e12, 'HKD'), pct('2.5%', 2.5)],
    ['第三季經濟按年增長4.2%，較上季高0.5個百分點。', pct('4.2%', 4.2), pp('0.5個百分點', 0.5)],
    ['政府撥款約200億元，惠及逾5萬家中小企。', money('200億元', 2e10, 'CNY', { hedge: 'approx' }), count('5萬家', 5e4, '家', { hedge: 'above' })],
    ['出口額增長兩倍以上，失業率下降兩個百分點。', times('兩倍', 2, { hedge: 'above' }), pp('兩個百分點', 2)],
    ['全年預算赤字不超過五千億元。', money('五千億元', 5e11, 'CNY', { hedge: 'at-most' })],
  ])('%s', (sentence, ...figures) => {
    expect(see(sentence)).toEqual(figures);
  });

  it('simplified text reads as before', () => {
    expect(see('全年地区生产总值14.16万亿元，增长3.5%，高于全国0.5个百分点。')).toEqual([
      money('14.16万亿元', 14.16e12, 'CNY'),
      pct('3.5%', 3.5),
      pp('0.5个百分点', 0.5),
    ]);
  });
});

describe('every character the Chinese tables use has its traditional pair', () => {
  // OpenCC's Taiwan conversion is the reference: a table key whose character has a traditional form the
  // pairs lack would silently never match on a Hong Kong or Taiwan page ("政府统计处" missed "政府統計處").
  it('no simplified character in the tables is missing from the pairs', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const OpenCC = await import('opencc-js');
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const tables = (d: string) => readdirSync(d).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'script.ts').map((f) => `${d}/${f}`);
    const files = [...tables('lib/detect/lexicon'), ...tables('lib/normalize/phrases'), 'lib/notes/checks/phrases.ts'];
    const missing = new Set<string>();
    for (const f of files) {
      for (const ch of readFileSync(f, 'utf8').match(/[\u4e00-\u9fff]/g) ?? []) {
        const tw = toTw(ch);
        // Paired when it is written traditional, or when its traditional form folds back to it (台/臺: word-dependent).
        const paired = toTraditional(ch) !== ch || foldTraditional(tw) === ch || foldTraditional(ch) !== ch;
        if (tw !== ch && !paired) missing.add(`${ch}→${tw} (${f})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('folds a Hong Kong release onto the simplified tables, same length', () => {
    const s = '政府統計處今日公布，1月零售業總銷貨價值的臨時估計為466億元。';
    expect(foldTraditional(s)).toBe('政府统计处今日公布，1月零售业总销货价值的临时估计为466亿元。');
  });
});
