/**
 * What a page's renderer main thread spent, read from a Chromium trace the
 * way a user feels it: whole top-level tasks (`ThreadControllerImpl::RunTask`),
 * and of those, every task in which any event names one of our
 * `chrome-extension://` scripts. A task counts whole: compiling and evaluating
 * the content script (inside HTML parsing at document_start), the layout our
 * reads force, GC and the microtasks we queue all sit inside it, and none of
 * them shows up on a clock the content script reads itself.
 *
 * Trace events name a script only where Blink calls into it (compile,
 * evaluate, an event listener). Work resumed from a promise (`await`,
 * `scheduler.yield()`) runs as bare microtasks, so the V8 sampling profiler's
 * stacks (category disabled-by-default-v8.cpu_profiler) name the script too:
 * a sample whose stack holds one of our functions marks its task.
 */

/** One event of Chrome's JSON trace format (only the fields used here). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export const RUN_TASK = 'ThreadControllerImpl::RunTask';
/**
 * DevTools' own "task" (disabled-by-default-devtools.timeline): it wraps the
 * scheduler's RunTask and the microtask checkpoint after it. A promise
 * continuation (`scheduler.yield()`) is a 0.05 ms RunTask followed by 20 ms
 * of microtasks outside it: only the wrapper holds the whole task.
 */
export const TIMELINE_TASK = 'RunTask';
const TASK_NAMES = new Set([RUN_TASK, TIMELINE_TASK]);
export const LONG_TASK_MS = 50;

export interface MainThread {
  pid: number;
  tid: number;
}

/** The renderer that parsed `url`: the thread of its ParseHTML event (the last one, should the page have been parsed twice). */
export function mainThreadFor(events: readonly TraceEvent[], url: string): MainThread | null {
  let found: MainThread | null = null;
  for (const e of events) {
    if (e.name !== 'ParseHTML') continue;
    const data = (e.args?.beginData ?? e.args?.data) as { url?: unknown } | undefined;
    if (typeof data?.url === 'string' && data.url.startsWith(url)) found = { pid: e.pid, tid: e.tid };
  }
  return found;
}

export interface Task {
  start: number;
  end: number;
  ours: boolean;
}

/** Outermost task events on the thread, in time order, each marked when an event inside it names an extension script. */
export function tasksOn(events: readonly TraceEvent[], thread: MainThread, marker = 'chrome-extension://'): Task[] {
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (const e of onThread) {
    if (!TASK_NAMES.has(e.name) || e.ph !== 'X' || e.dur === undefined) continue;
    const last = tasks[tasks.length - 1];
    // A nested run loop's task lies inside its parent, as does the scheduler's RunTask inside DevTools' one:
    // the outermost is the whole task. Sorted by start, an outer task that starts at the same instant comes
    // first only if it is the longer; widen then.
    if (last && e.ts < last.end) {
      last.end = Math.max(last.end, e.ts + e.dur);
      continue;
    }
    if (last && e.ts === last.start) continue;
    tasks.push({ start: e.ts, end: e.ts + e.dur, ours: false });
  }
  const times = [...onThread.filter((e) => namesScript(e, marker)).map((e) => e.ts), ...samplesIn(events, thread, marker)].sort((a, b) => a - b);
  let i = 0;
  for (const ts of times) {
    while (i < tasks.length && tasks[i]!.end < ts) i++;
    const task = tasks[i];
    if (task && task.start <= ts) task.ours = true;
  }
  return tasks;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame?: { url?: string };
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

/** Times of the CPU profiler's samples on the thread whose stack runs through a script named by `marker`. */
export function samplesIn(events: readonly TraceEvent[], thread: MainThread, marker: string): number[] {
  const out: number[] = [];
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  for (const profile of profiles) {
    const id = (profile as TraceEvent & { id?: string }).id;
    let time = Number((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? profile.ts);
    const nodes = new Map<number, ProfileNode>();
    const ours = new Map<number, boolean>();
    const isOurs = (node: number | undefined): boolean => {
      if (node === undefined) return false;
      const known = ours.get(node);
      if (known !== undefined) return known;
      const n = nodes.get(node);
      const result = n !== undefined && ((n.callFrame?.url ?? '').includes(marker) || isOurs(n.parent));
      ours.set(node, result);
      return result;
    };
    for (const chunk of events) {
      if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || (chunk as TraceEvent & { id?: string }).id !== id) continue;
      const data = chunk.args?.data as ChunkData | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let k = 0; k < samples.length; k++) {
        time += deltas[k] ?? 0;
        if (isOurs(samples[k])) out.push(time);
      }
    }
  }
  return out;
}

function namesScript(e: TraceEvent, marker: string): boolean {
  return e.args !== undefined && JSON.stringify(e.args).includes(marker);
}

export interface Cost {
  /** Milliseconds of whole tasks. */
  total: number;
  longest: number;
  /** Tasks over 50 ms. */
  long: number;
  tasks: number;
}

export function costOf(tasks: readonly Task[]): Cost {
  const ms = tasks.map((t) => (t.end - t.start) / 1000);
  return {
    total: ms.reduce((a, b) => a + b, 0),
    longest: ms.reduce((a, b) => Math.max(a, b), 0),
    long: ms.filter((d) => d > LONG_TASK_MS).length,
    tasks: ms.length,
  };
}

/** Our cost and the whole main thread's, from one trace of one page load. */
export function pageCost(events: readonly TraceEvent[], url: string): { ours: Cost; all: Cost } {
  const thread = mainThreadFor(events, url);
  if (!thread) throw new Error(`no ParseHTML for ${url} in the trace`);
  const tasks = tasksOn(events, thread);
  return { ours: costOf(tasks.filter((t) => t.ours)), all: costOf(tasks) };
}
