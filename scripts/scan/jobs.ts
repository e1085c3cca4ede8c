/**
 * Scanning many inputs on worker threads. Each worker reads, decodes, scans
 * and formats its inputs; the main thread only hands out work and prints the
 * results in input order, so the output is the same whatever --jobs is.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import { sourceOf } from './read-source';
import { scan, type ScanOptions } from './scan-page';
import { renderTable } from './table';

export interface Job extends ScanOptions {
  json: boolean;
}

interface Task {
  index: number;
  input: Input;
  /** Standard input, read by the main thread (a worker has none). */
  bytes?: Uint8Array;
}

/** What one input printed: its output, or why it could not be read. */
export type Outcome = { name: string; output: string } | { name: string; error: string };

export async function scanInput(input: Input, job: Job, bytes?: Uint8Array): Promise<Outcome> {
  let data: Uint8Array;
  try {
    data = bytes ?? (await readFile(input.path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { name: input.name, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : (error as Error).message };
  }
  try {
    const source = await sourceOf(input.name, data);
    if ('error' in source) return { name: input.name, error: source.error };
    const result = scan(source, job);
    return { name: input.name, output: job.json ? `${JSON.stringify(result)}\n` : renderTable(result, job.locale) };
  } catch (error) {
    // A page that trips the engine is one failed input, not the end of the run.
    return { name: input.name, error: `scan failed: ${(error as Error).message}` };
  }
}

/** The worker's side: scan each task it is sent, answer with its outcome. */
export function serveScans(job: Job): void {
  parentPort!.on('message', (task: Task) => {
    void scanInput(task.input, job, task.bytes).then(
      (outcome) => parentPort!.postMessage({ index: task.index, outcome }),
      (error: unknown) => parentPort!.postMessage({ index: task.index, outcome: { name: task.input.name, error: String(error) } }),
    );
  });
}

/**
 * Scans `inputs` on up to `jobs` threads of the module `entry` (the CLI
 * itself, which serves scans when it is not the main thread) and calls
 * `emit` with each outcome in input order.
 */
export async function scanAll(inputs: readonly Input[], job: Job, jobs: number, entry: URL, emit: (o: Outcome) => void, stdin?: Uint8Array): Promise<void> {
  const threads = Math.min(jobs, inputs.length);
  // One thread is this one: a worker's start-up (~0.1 s) would be pure cost.
  if (threads <= 1) {
    for (const input of inputs) emit(await scanInput(input, job, input.path === '-' ? stdin : undefined));
    return;
  }
  const done = new Map<number, Outcome>();
  let next = 0;
  let printed = 0;
  const flush = () => {
    while (done.has(printed)) {
      emit(done.get(printed)!);
      done.delete(printed++);
    }
  };
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= inputs.length) return void worker.terminate().then(() => resolve());
        const index = next++;
        const input = inputs[index]!;
        worker.postMessage({ index, input, bytes: input.path === '-' ? stdin : undefined } satisfies Task);
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
        done.set(index, outcome);
        flush();
        give();
      });
      worker.on('error', reject);
      give();
    });
  await Promise.all(Array.from({ length: threads }, () => run(new Worker(entry, { workerData: job }))));
}
