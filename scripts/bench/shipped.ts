/**
 * detectFigures as the extension ships it: lib/detect (the entry the content
 * script imports) bundled and minified by esbuild, vite's own bundler, into a
 * temporary ESM file that the benchmark then imports. Run through tsx's
 * loader instead, every cross-module call goes through the loader's
 * generated accessors, which a profile put at about a sixth of the
 * detector's time: a cost users never pay.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { detectFigures as DetectFigures } from '../../lib/detect';

export async function shippedDetector(): Promise<typeof DetectFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'figurelens-bench-'));
  const outfile = join(dir, 'detect.mjs');
  try {
    buildSync({
      entryPoints: [fileURLToPath(new URL('../../lib/detect/index.ts', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      outfile,
      logLevel: 'warning',
    });
    const mod = (await import(pathToFileURL(outfile).href)) as { detectFigures: typeof DetectFigures };
    return mod.detectFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
