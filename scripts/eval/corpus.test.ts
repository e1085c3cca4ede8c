/**
 * The real-page corpus in CI: every gold label points at its text, and the
 * scores never fall below the floor recorded in floor.json. The floor is
 * raised by hand when a change raises the scores (npm run eval -- --json
 * prints them), never lowered to let a change through. Pages added to the
 * corpus re-record it (their blind first score stays in
 * data/real-pages/scores-blind-*.txt).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../eval';
import { loadCorpus } from './gold';
import { prf } from './report';
import { KINDS } from './score';

interface Floor {
  /** Per script: detection F1 per kind, and accuracy per reading. */
  [script: string]: { f1: Partial<Record<string, number>>; year: number; period: number; role: number; subject: number; falseNotes: number };
}

const floor = JSON.parse(readFileSync(new URL('./floor.json', import.meta.url), 'utf8')) as Floor;

describe('the real-page corpus', () => {
  it('has at least 15 English and 15 Chinese pages, 4 of them in traditional script, every label in its text', () => {
    const pages = loadCorpus();
    const count = (s: string) => pages.filter((p) => p.gold.script === s).length;
    expect(count('en')).toBeGreaterThanOrEqual(15);
    expect(count('zh-Hans') + count('zh-Hant')).toBeGreaterThanOrEqual(15);
    expect(count('zh-Hant')).toBeGreaterThanOrEqual(4);
  });

  const { by } = evaluate();
  for (const [script, want] of Object.entries(floor)) {
    it(`${script}: scores stay at or above the recorded floor`, () => {
      const t = by.get(script)!;
      for (const k of KINDS) {
        if (want.f1[k] === undefined) continue;
        expect(prf(t.detect[k]).f1, `${k} F1`).toBeGreaterThanOrEqual(want.f1[k]! - 1e-9);
      }
      const acc = (r: { right: number; total: number }) => r.right / r.total;
      expect(acc(t.year), 'year').toBeGreaterThanOrEqual(want.year - 1e-9);
      expect(acc(t.period), 'period').toBeGreaterThanOrEqual(want.period - 1e-9);
      expect(acc(t.role), 'role').toBeGreaterThanOrEqual(want.role - 1e-9);
      expect(acc(t.subject), 'subject').toBeGreaterThanOrEqual(want.subject - 1e-9);
      expect(t.notes.false, 'false notes').toBeLessThanOrEqual(want.falseNotes);
    });
  }
});
