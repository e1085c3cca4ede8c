import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabMessage } from '@/lib/messages';
import { PageGuard } from './page-guard';

let clock: number;
let told: Array<[number, TabMessage]>;
const guard = () => new PageGuard(async (tabId, message) => void told.push([tabId, message]), { capacity: 10, perSecond: 5, calmMs: 1000, maxCalmResends: 2, now: () => clock });

beforeEach(() => {
  clock = 0;
  told = [];
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a tab’s bucket', () => {
  it('takes a burst up to its capacity, then its rate, and meters only what changes the worker’s copy', () => {
    const g = guard();
    expect(Array.from({ length: 12 }, () => g.admit(1, 'figures:add')).filter(Boolean)).toHaveLength(10);
    clock += 1000;
    expect(Array.from({ length: 12 }, () => g.admit(1, 'page:start')).filter(Boolean)).toHaveLength(5);
    expect(g.admit(1, 'figure:get')).toBe(true);
    expect(g.admit(1, 'page:end')).toBe(true);
    expect(g.admit(2, 'figures:remove')).toBe(true);
  });

  it('asks for everything once the page is calm and the bucket full again, a bounded number of times', async () => {
    const g = guard();
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 20; i++) g.admit(1, 'page:update');
      // 10 tokens at 5 a second: 2 s to fill, more than the 1 s of calm.
      await vi.advanceTimersByTimeAsync(1500);
      expect(told).toHaveLength(Math.min(round, 2));
      clock += 2000;
      await vi.advanceTimersByTimeAsync(1000);
      expect(told).toHaveLength(Math.min(round + 1, 2));
    }
    expect(told.every(([tabId, m]) => tabId === 1 && m.type === 'figures:resend')).toBe(true);
  });

  it('asks a short tab once per page load', () => {
    const g = guard();
    g.askIfShort(1, { pageLoad: 7, holds: 3, held: 9 });
    g.askIfShort(1, { pageLoad: 7, holds: 4, held: 9 });
    g.askIfShort(1, null);
    expect(told).toHaveLength(1);
    g.askIfShort(1, { pageLoad: 8, holds: 0, held: 9 });
    expect(told).toHaveLength(2);
  });
});
