export { english } from './en';
export { chinese } from './zh';
export * from './score';
export type { Expected, Labelled } from './types';
