/**
 * What the annotator knows of the page the tab is on now: made new for each
 * page (a navigation, a stop), so nothing of one page is left in the next.
 */
import type { Lang, PageInfo } from '@/lib/figure';
import { FigureIndex } from './figure-index';
import { PageSpace } from './page-space';
import type { RereadPolicy } from './reread-policy';

/** How many change records one batch may pile up; past that, reading the whole page again is cheaper than sorting them out. */
export const MAX_CHANGE_RECORDS = 5000;

/** Page changes waiting for their turn: one job at most, later batches merge into it. */
export interface QueuedChange {
  gen: number;
  records: MutationRecord[];
  /** Too many records: the page is read whole instead. */
  overflow: boolean;
  job: Promise<void>;
}

export class PageRead {
  figures = new FigureIndex();
  /** The record the worker was last sent. */
  record: PageInfo | null = null;
  /** The page has been read once: its changes can be read from now on. */
  started = false;
  lang: Lang = 'en';
  readonly space = new PageSpace();
  /** Wrapping moved the nodes the ranges pointed into: turning highlights on means reading the page again. */
  rangesLost = false;
  /** The index a full read of a page already read is filling; it replaces `figures` when the read is done. */
  incoming: FigureIndex | null = null;
  queuedChange: QueuedChange | null = null;

  constructor(
    readonly gen: number,
    readonly url: string,
    readonly policy: RereadPolicy,
  ) {}
}

export function mergeInto(change: QueuedChange, records: readonly MutationRecord[] | null): void {
  if (change.overflow) return;
  if (records === null || change.records.length + records.length > MAX_CHANGE_RECORDS) {
    change.overflow = true;
    // Let go of the removed subtrees the records hold: the whole page is read instead.
    change.records = [];
    return;
  }
  for (const record of records) change.records.push(record);
}
