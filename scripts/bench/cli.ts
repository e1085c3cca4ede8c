/**
 * The scan CLI as a user runs it (`npm run scan` → scripts/scan-cli.mjs → the
 * built bundle): start-up, best of several runs, on a one-line text (no HTML
 * parser loaded) and on the seed page; then files/s and chars/s on a generated
 * folder of 1,000 pages (half HTML — the seed page and a Chinese article,
 * one in four of those re-encoded as GBK — half plain text from the corpus)
 * with --jobs N worker threads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from './corpus';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'scripts', 'scan-cli.mjs');
const PAGES = 1000;
const STARTS = 7;

function timeRun(args: string[], input?: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { input, stdio: ['pipe', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`scan ${args.join(' ')} failed: ${run.stderr}`);
  return ms;
}

/** The folder of pages, and how many characters of text they hold. */
function writePages(corpora: readonly Corpus[]): { dir: string; chars: number } {
  const dir = mkdtempSync(join(tmpdir(), 'figurelens-bench-pages-'));
  const seed = readFileSync(join(ROOT, 'e2e/pages/seed-article.html'), 'utf8');
  const zh = readFileSync(join(ROOT, 'e2e/pages/zh-article.html'), 'utf8');
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: zh.replace('charset="utf-8"', 'charset="gbk"') });
  const folders = Array.from({ length: 10 }, (_, i) => join(dir, `week-${i}`));
  for (const folder of folders) mkdirSync(folder);
  let chars = 0;
  for (let i = 0; i < PAGES; i++) {
    const name = join(folders[i % 10]!, `page-${i}`);
    if (i % 2 === 0) {
      const html = i % 4 === 0 ? seed : zh;
      writeFileSync(`${name}.html`, i % 8 === 2 ? gbk : html);
      chars += html.length;
    } else {
      const corpus = corpora[(i >> 1) % corpora.length]!;
      const from = ((i * 7919) % Math.max(1, corpus.text.length - 6000)) | 0;
      const text = corpus.text.slice(from, from + 4000);
      writeFileSync(`${name}.txt`, text);
      chars += text.length;
    }
  }
  return { dir, chars };
}

export function benchCli(corpora: readonly Corpus[], jobs: number): void {
  console.log(`scan CLI (npm run scan): start-up, best of ${STARTS}; throughput on ${PAGES.toLocaleString('en')} pages`);
  timeRun(['-'], 'warm-up, and a build if the bundle is stale');
  const best = (run: () => number) => Math.min(...Array.from({ length: STARTS }, run));
  const text = best(() => timeRun(['-'], 'GDP rose 5.2 percent.'));
  const page = best(() => timeRun([join(ROOT, 'e2e/pages/seed-article.html')]));
  console.log(`start-up: ${text.toFixed(0)} ms to scan one line of text, ${page.toFixed(0)} ms for the seed page (HTML parser loaded)`);
  const { dir, chars } = writePages(corpora);
  try {
    for (const n of jobs === 1 ? [1] : [1, jobs]) {
      const ms = timeRun(['--json', '--jobs', String(n), dir]);
      console.log(`--jobs ${n}: ${(PAGES / (ms / 1000)).toFixed(0)} files/s, ${((chars / (ms / 1000)) / 1e6).toFixed(2)} M chars/s (${(ms / 1000).toFixed(2)} s for ${PAGES} files, ${(chars / 1e6).toFixed(1)} M chars)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
