/** The engine's public entry: everything the extension and the CLI use from lib/. */
export type * from './figure';
export { detectFigures } from './detect';
