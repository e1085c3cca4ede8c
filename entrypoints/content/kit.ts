/**
 * What the document_start script hands the engine's chunk (start.ts): the
 * extension API (webextension-polyfill) and chunk loading, both already in
 * content.js. The chunk takes them from here instead of bundling its own
 * copy (the polyfill alone would be a sixth of it); its modules import only
 * the types.
 */
import { browser } from 'wxt/browser';
import { loadChunk } from './chunks';

export interface ContentKit {
  browser: typeof browser;
  loadChunk: typeof loadChunk;
}

export const contentKit = (): ContentKit => ({ browser, loadChunk });
