/**
 * The messages to the worker, one after another, in order; those of a page
 * the tab has left are dropped. A message can be made when its turn comes,
 * so what it says (the worker's running count, the page record) is what is
 * true then. Figures wait here until a read sends them in batches.
 */
import type { Figure, PageInfo } from '@/lib/figure';
import { MAX_FIGURES_PER_MESSAGE, type ContentMessage } from '@/lib/messages';
import { WorkerCopy } from './worker-copy';

export class Outbox {
  private waiting: Figure[] = [];
  /** What the worker holds, as told: each add and remove says how much, and nothing goes past its cap. */
  private readonly workerCopy = new WorkerCopy();
  private sending: Promise<unknown>;
  /** Messages queued or on their way. */
  private pending = 0;

  /**
   * `first`: nothing goes before it (the settings are read). `generation`:
   * the page the tab is on now; a message queued for an earlier one is dropped.
   */
  constructor(
    private readonly send: (message: ContentMessage) => Promise<unknown>,
    first: Promise<unknown>,
    private readonly generation: () => number,
  ) {
    this.sending = first;
  }

  /** Figures waiting to be sent. */
  get size(): number {
    return this.waiting.length;
  }

  /** Nothing waits, nothing is on its way. */
  get settled(): boolean {
    return this.pending === 0 && this.waiting.length === 0;
  }

  /** The messages queued so far, sent. */
  idle(): Promise<unknown> {
    return this.sending;
  }

  queue(message: ContentMessage | (() => ContentMessage | null)): void {
    const gen = this.generation();
    this.pending++;
    this.sending = this.sending
      .then(() => {
        if (gen !== this.generation()) return undefined;
        const made = typeof message === 'function' ? message() : message;
        return made ? this.send(made) : undefined;
      })
      .catch(() => undefined)
      .finally(() => this.pending--);
  }

  /** page:start, with the record as it is when its turn comes: the worker starts the page over, from none. */
  start(page: () => PageInfo): void {
    this.queue(() => {
      this.workerCopy.reset();
      return { type: 'page:start', page: page() };
    });
  }

  add(figure: Figure): void {
    this.waiting.push(figure);
  }

  /** Whatever waits is forgotten (the page is read again, or left). */
  drop(): void {
    this.waiting = [];
  }

  /** What waits, in messages of `batch` figures at most. */
  flush(url: string, batch = MAX_FIGURES_PER_MESSAGE): void {
    while (this.waiting.length > 0) {
      const figures = this.waiting.splice(0, batch);
      this.queue(() => this.workerCopy.add(url, figures));
    }
  }

  remove(url: string, ids: readonly string[]): void {
    for (let i = 0; i < ids.length; i += MAX_FIGURES_PER_MESSAGE) {
      const some = ids.slice(i, i + MAX_FIGURES_PER_MESSAGE);
      this.queue(() => this.workerCopy.remove(url, some));
    }
  }
}
