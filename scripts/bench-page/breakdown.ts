/**
 * What one task is made of: self time per trace event name inside it (time
 * an event spent not inside a nested event), so compile, evaluate, our
 * functions, style and layout, GC add up to the task's length. Printed by
 * bench-page for our longest task on each page (`BENCH_BREAKDOWN=1`): where
 * the time goes decides which cost is worth removing.
 */
import type { MainThread, Task, TraceEvent } from './tasks';

export interface Part {
  name: string;
  ms: number;
}

/** Self time per event name (and for our scripts, which file) inside `task` on `thread`, longest first. */
export function breakdown(events: readonly TraceEvent[], thread: MainThread, task: Task): Part[] {
  const inside = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= task.start && e.ts < task.end)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  // A stack of open events: each event's time goes to it, less what its children take.
  const stack: Array<{ end: number; key: string }> = [];
  const add = (key: string, us: number) => self.set(key, (self.get(key) ?? 0) + us);
  for (const e of inside) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const end = Math.min(e.ts + e.dur!, task.end);
    const parent = stack[stack.length - 1];
    if (parent) add(parent.key, -(end - e.ts));
    const key = label(e);
    add(key, end - e.ts);
    stack.push({ end, key });
  }
  return [...self].map(([name, us]) => ({ name, ms: us / 1000 })).filter((p) => p.ms >= 0.5).sort((a, b) => b.ms - a.ms);
}

function label(e: TraceEvent): string {
  const text = e.args ? JSON.stringify(e.args) : '';
  const ours = /chrome-extension:\/\/[a-z]+\/([\w./-]+)/.exec(text);
  return ours ? `${e.name} (${ours[1]})` : e.name;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
}

/** The CPU profiler's samples inside `task`, by the function on top of the stack (ms, about one sample per 0.1–1 ms). */
export function hotFunctions(events: readonly TraceEvent[], thread: MainThread, task: Task): Part[] {
  const self = new Map<string, number>();
  for (const profile of events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid)) {
    const id = (profile as TraceEvent & { id?: string }).id;
    let time = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
    const nodes = new Map<number, ProfileNode>();
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || (chunk as TraceEvent & { id?: string }).id !== id) continue;
      const data = chunk.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let k = 0; k < samples.length; k++) {
        const delta = deltas[k] ?? 0;
        time += delta;
        if (time < task.start || time >= task.end) continue;
        const frame = nodes.get(samples[k]!)?.callFrame;
        const file = (frame?.url ?? '').split('/').pop();
        const key = `${frame?.functionName || '(anonymous)'}${file ? ` ${file}:${(frame?.lineNumber ?? 0) + 1}:${frame?.columnNumber ?? 0}` : ''}`;
        self.set(key, (self.get(key) ?? 0) + delta);
      }
    }
  }
  return [...self].map(([name, us]) => ({ name, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
}
