/**
 * The time marks of a full read, as the engine hands them out with its
 * slices (lib/page-engine/time-marks.ts reads them), and where their reading
 * stands: a read the worker lost begins its marks again there.
 */
import { MAX_MARKS, type TimeMark } from '@/lib/figure';
import type { EngineSlice } from '@/lib/page-engine/protocol';

export class ReadMarks {
  readonly marks: TimeMark[] = [];
  /** The text before this has been read for marks. */
  to = 0;
  /** Every sentence of the text has been read: the last slice came (the engine reads the marks to its end). */
  done = false;

  add(slice: EngineSlice, last: boolean): void {
    for (const mark of slice.marks) if (this.marks.length < MAX_MARKS) this.marks.push(mark);
    if (slice.marksTo !== undefined) this.to = Math.max(this.to, slice.marksTo);
    if (last) this.done = true;
  }
}
