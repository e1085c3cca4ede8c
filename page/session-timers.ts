/**
 * Timers that stop with the session. WXT's ctx.setTimeout adds an abort
 * listener per call and never removes it: on a page that changes all the
 * time (a batch every 100 ms, a hover timer per pointer move) that is a
 * leak. Here one listener clears whatever is pending.
 */
export interface SessionTimers {
  set: (run: () => void, ms: number) => number;
  clear: (id: number) => void;
}

export function sessionTimers(signal: AbortSignal): SessionTimers {
  const pending = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of pending) clearTimeout(id);
      pending.clear();
    },
    { once: true },
  );
  return {
    set: (run, ms) => {
      if (signal.aborted) return 0;
      const id = window.setTimeout(() => {
        pending.delete(id);
        if (signal.aborted) return;
        try {
          run();
        } catch (error) {
          // Never into the page: a timer of ours that fails costs what it was doing.
          console.debug('FigureLens:', error);
        }
      }, ms);
      pending.add(id);
      return id;
    },
    clear: (id) => {
      clearTimeout(id);
      pending.delete(id);
    },
  };
}
