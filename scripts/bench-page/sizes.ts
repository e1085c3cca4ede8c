/** Sizes of the built content scripts and the chunks they load: minified and gzipped, as the browser fetches and compiles them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  min: number;
  gzip: number;
}

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(filesUnder(path)) : out.concat(path);
  }
  return out;
}

/** Every .js the manifest's content scripts, their injected chunks and web-accessible resources can bring into a page. */
export function contentChunkSizes(extensionDir: string): ChunkSize[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    web_accessible_resources?: Array<{ resources?: string[] } | string>;
  };
  const named = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) named.add(js);
  const patterns = (manifest.web_accessible_resources ?? []).flatMap((r) => (typeof r === 'string' ? [r] : (r.resources ?? [])));
  const all = filesUnder(extensionDir).map((f) => relative(extensionDir, f));
  // The content script's later parts, injected by the worker (utils/content-chunks.ts).
  for (const file of all) if ((file.startsWith('content-scripts/') || /^content-[^/]*$/.test(file)) && file.endsWith('.js')) named.add(file);
  for (const pattern of patterns) {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    for (const file of all) if (file.endsWith('.js') && re.test(file)) named.add(file);
  }
  return [...named].sort().map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}
