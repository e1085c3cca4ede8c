/**
 * The checks passages in CI: the file loads, every passage names a known
 * script and origin, every labelled rule is one the scorer knows, and every
 * labelled figure is written in its passage.
 */
import { describe, expect, it } from 'vitest';
import { GOLD_RULES, loadPassages, scorePassages } from './checks';

describe('the checks passages', () => {
  const passages = loadPassages();

  it('load, with consistent and inconsistent passages in English and both Chinese scripts', () => {
    expect(passages.length).toBeGreaterThan(50);
    for (const script of ['en', 'zh-Hans', 'zh-Hant']) expect(passages.some((p) => p.script === script), script).toBe(true);
    expect(passages.some((p) => p.checks.some((c) => c.flagged))).toBe(true);
    expect(passages.some((p) => p.checks.every((c) => !c.flagged))).toBe(true);
  });

  it('label only known rules, each figure written in its passage, ids unique', () => {
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    for (const p of passages) {
      expect(['real', 'constructed'], p.id).toContain(p.origin);
      for (const c of p.checks) {
        expect(GOLD_RULES, p.id).toContain(c.rule);
        for (const f of c.figures) expect(p.text, `${p.id}: "${f}"`).toContain(f);
      }
    }
  });

  it('are scored for every rule', () => {
    const { by } = scorePassages(passages.slice(0, 5));
    expect([...by.keys()]).toEqual([...GOLD_RULES]);
  });
});
