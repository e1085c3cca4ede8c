#!/usr/bin/env node
/**
 * `npm run scan`: runs the scan CLI's bundle, .output/cli/scan.mjs, building
 * it first (scripts/scan/vite.config.ts) when any source it is made from is
 * newer. Plain JavaScript on purpose: starting a scan compiles nothing, and
 * vite is loaded only on the run that has to build.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, '.output', 'cli', 'scan.mjs');
// What the bundle is built from: the engine, the page reader, the UI words, the CLI, the build's own config and the lock file.
const SOURCES = ['lib', 'dom', 'components', 'public/_locales', 'scripts/scan', 'scripts/scan.ts', 'scripts/scan-cli.mjs', 'package-lock.json'];

async function newestChange(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((e) => (e.endsWith('.test.ts') || e.endsWith('.test.tsx') ? 0 : newestChange(join(path, e)))));
  return Math.max(info.mtimeMs, ...times);
}

async function build() {
  process.stderr.write('scan: building the CLI (.output/cli/scan.mjs)…\n');
  const { build: viteBuild } = await import('vite');
  // Built aside and moved into place, so a scan started meanwhile never loads half a file.
  const aside = join(root, '.output', `cli-build-${process.pid}`);
  await viteBuild({ configFile: join(root, 'scripts/scan/vite.config.ts'), build: { outDir: aside } });
  await mkdir(join(root, '.output', 'cli'), { recursive: true });
  await rename(join(aside, 'scan.mjs'), bundle);
  await rm(aside, { recursive: true, force: true });
}

const built = await stat(bundle).then((s) => s.mtimeMs, () => 0);
const changed = Math.max(...(await Promise.all(SOURCES.map((s) => newestChange(join(root, s))))));
if (changed > built) await build();
await import(new URL(`file://${bundle}`).href);
