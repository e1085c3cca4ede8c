/**
 * The content script in three parts, so a page pays for what it uses:
 *
 *   content-scripts/content.js  document_start: reads the reader's settings; nothing else
 *   content-engine.js           at document idle, on a site that runs: reads, highlights, reports
 *   content-card.js             on the first hover: the card (Preact, its styles)
 *
 * The later parts are injected by the worker (`scripting.executeScript` into
 * the asking frame) into the same isolated world, where each leaves its
 * exports in a slot on the isolated world's global. None of them is a
 * web-accessible resource: a page can neither load them nor learn that they
 * exist, and nothing about them is posted to the page.
 */
export type ContentChunk = 'engine' | 'card';

export const CHUNK_FILES = {
  engine: '/content-engine.js',
  card: '/content-card.js',
} as const satisfies Record<ContentChunk, string>;

/** Where each chunk leaves its exports, in the isolated world (page scripts cannot read it). */
export const CHUNK_SLOTS: Record<ContentChunk, string> = {
  engine: '__figurelens_engine__',
  card: '__figurelens_card__',
};

/** The runtime port a content script asks for a chunk on: one message, `{ chunk }`, answered `{ done }`. */
export const CHUNK_PORT = 'figurelens:chunk';

export function isContentChunk(v: unknown): v is ContentChunk {
  return v === 'engine' || v === 'card';
}

/** For a chunk's own entry: leaves its exports where the content script looks (entrypoints/content/chunks.ts). */
export function provideChunk(chunk: ContentChunk, exports: object): void {
  (globalThis as unknown as Record<string, unknown>)[CHUNK_SLOTS[chunk]] = exports;
}
