import { describe, expect, it } from 'vitest';
import { Trie } from './trie';

describe('Trie', () => {
  const units = new Trie<string>().addAll({ percent: '%', 'per cent': '%', 'percentage points': 'pp', RMB: 'CNY' }, (k) => k, 'en');

  it('finds the longest key and where it ends', () => {
    expect(units.find('5 percentage points', 2, 40)?.key).toBe('percentage points');
    expect(units.at).toBe(19);
  });

  it('matches lower-case keys in any common casing, and codes exactly', () => {
    expect(units.find('PERCENT', 0, 40)?.key).toBe('percent');
    expect(units.find('Percent', 0, 40)?.key).toBe('percent');
    expect(units.find('Rmb', 0, 40)).toBeUndefined();
  });

  it('lets a space in a key stand for one or two spaces of any width, not a line break', () => {
    expect(units.find('per\u00a0 cent', 0, 40)?.key).toBe('per cent');
    expect(units.find('per\ncent', 0, 40)).toBeUndefined();
  });

  it('needs a word boundary after a key that ends in a letter', () => {
    expect(units.find('percentile', 0, 40)).toBeUndefined();
  });

  it('reads backwards to a position, with a boundary before the key', () => {
    const before = new Trie<string>(true).addAll(['about', 'US$'], (k) => k, 'en');
    expect(before.find('rose about 5', 10, 0)?.key).toBe('about');
    expect(before.at).toBe(5);
    expect(before.find('roundabout 5', 10, 0)).toBeUndefined();
  });
});
