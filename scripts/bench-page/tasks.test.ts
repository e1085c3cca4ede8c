import { describe, expect, it } from 'vitest';
import { costOf, mainThreadFor, pageCost, RUN_TASK, tasksOn, type TraceEvent } from './tasks';

const URL = 'http://news.example.test/a.html';
const task = (ts: number, dur: number, tid = 1, pid = 7): TraceEvent => ({ name: RUN_TASK, ph: 'X', pid, tid, ts, dur });
const ev = (name: string, ts: number, args: Record<string, unknown> = {}, tid = 1, pid = 7): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur: 1, args });
const ours = (ts: number) => ev('FunctionCall', ts, { data: { url: 'chrome-extension://abc/content-scripts/content.js' } });

describe('reading a renderer trace', () => {
  it('finds the main thread by the ParseHTML of the page, not of another page in the trace', () => {
    const events = [ev('ParseHTML', 0, { beginData: { url: 'about:blank' } }, 3, 2), ev('ParseHTML', 5, { beginData: { url: URL } })];
    expect(mainThreadFor(events, URL)).toEqual({ pid: 7, tid: 1 });
  });

  it('counts a task whole when any event inside it names an extension script', () => {
    const events = [ev('ParseHTML', 0, { beginData: { url: URL } }), task(0, 80_000), ours(70_000), ev('Layout', 10_000), task(100_000, 5_000)];
    const { ours: cost, all } = pageCost(events, URL);
    expect(cost).toEqual({ total: 80, longest: 80, long: 1, tasks: 1 });
    expect(all.total).toBe(85);
  });

  it('takes a nested run loop task as part of its parent, and ignores other threads', () => {
    const events = [task(0, 10_000), task(2_000, 3_000), ours(3_000), task(0, 90_000, 2), ours(20_000)];
    const tasks = tasksOn(events, { pid: 7, tid: 1 });
    expect(tasks).toEqual([{ start: 0, end: 10_000, ours: true }]);
  });

  it('an event between tasks belongs to none', () => {
    expect(costOf(tasksOn([task(0, 1_000), ours(2_000), task(3_000, 1_000)], { pid: 7, tid: 1 }).filter((t) => t.ours)).total).toBe(0);
  });
});

describe('samples of the CPU profiler', () => {
  it('mark the task a promise continuation of ours ran in, where no other event names the script', () => {
    const thread = { pid: 7, tid: 1 };
    const profile = { name: 'Profile', ph: 'P', pid: 7, tid: 1, ts: 0, id: '0x1', args: { data: { startTime: 0 } } } as TraceEvent;
    const chunk = {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 7,
      tid: 9,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: {} },
              { id: 2, parent: 1, callFrame: { url: 'chrome-extension://abc/content-scripts/content.js' } },
              { id: 3, parent: 2, callFrame: { url: '' } },
            ],
            samples: [1, 3],
          },
          timeDeltas: [500, 4_000],
        },
      },
    } as TraceEvent;
    const tasks = tasksOn([profile, chunk, task(0, 1_000), task(4_000, 1_000)], thread);
    expect(tasks.map((t) => t.ours)).toEqual([false, true]);
  });
});

describe('whole tasks', () => {
  it('a yield continuation counts with the microtasks DevTools\' RunTask wraps around it', () => {
    const wrapper: TraceEvent = { name: 'RunTask', ph: 'X', pid: 7, tid: 1, ts: 1_000, dur: 20_000 };
    const tasks = tasksOn([wrapper, task(1_001, 50), ev('RunMicrotasks', 1_100), ours(5_000)], { pid: 7, tid: 1 });
    expect(tasks).toEqual([{ start: 1_000, end: 21_000, ours: true }]);
  });
});
