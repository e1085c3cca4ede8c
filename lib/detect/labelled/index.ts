import { english } from '@/lib/detect/labelled/en';
import { holdout } from '@/lib/detect/labelled/holdout';
import { chinese } from '@/lib/detect/labelled/zh';

export { chinese, english, holdout };
/** Everything labelled: the working set and the held-out set. */
export const labelled = [...english, ...chinese, ...holdout];
export * from '@/lib/detect/labelled/score';
export type { Expected, Labelled } from '@/lib/detect/labelled/types';
