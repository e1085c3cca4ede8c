import { english } from './en';
import { holdout } from './holdout';
import { chinese } from './zh';

export { chinese, english, holdout };
/** Everything labelled: the working set and the held-out set. */
export const labelled = [...english, ...chinese, ...holdout];
export * from './score';
export type { Expected, Labelled } from './types';
