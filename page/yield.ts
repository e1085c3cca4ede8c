/**
 * Work in slices that give the main thread back to the page: no task of ours
 * should be a long task (50 ms). `scheduler.yield()` resumes ahead of other
 * queued tasks where the browser has it (Chromium 129+); elsewhere a macrotask.
 */
type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A time budget for one slice of work. */
export class Slicer {
  private deadline = 0;

  constructor(
    readonly sliceMs = 8,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.restart();
  }

  restart(): void {
    this.deadline = this.now() + this.sliceMs;
  }

  /** Asked often inside a slice; cheap. */
  readonly expired = (): boolean => this.now() >= this.deadline;

  /** Yields if the slice is used up, then starts a new one. */
  async breathe(): Promise<void> {
    if (!this.expired()) return;
    await yieldToMain();
    this.restart();
  }
}
