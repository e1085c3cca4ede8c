/**
 * npm run bench:page — what FigureLens costs a page's renderer main thread, from
 * a Chromium trace (../shared/TOOLCHAIN.md, "Measuring what the extension costs
 * a page"; the reading is in bench-page/tasks.ts). Each page is loaded in
 * Chromium with the production build and in a plain Chromium in the same run,
 * alternately, RUNS times each; printed per page: our total main-thread ms (every
 * whole task in which our code ran), our longest task and how many tasks were
 * over 50 ms, next to the same page's whole main thread with and without the
 * extension. Then the sizes of the built content scripts.
 *
 * `--more` adds the paint-window jumps and the SPA memory run (bench-page/extra.ts).
 */
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, SEED_URL, startServer, type Session } from '../e2e/harness';
import { GENERATED, jumps, SPA, spaMemory } from './bench-page/extra';
import { contentChunkSizes } from './bench-page/sizes';
import { breakdown, hotFunctions } from './bench-page/breakdown';
import { mainThreadFor, pageCost, tasksOn, type Cost, type TraceEvent } from './bench-page/tasks';
import { traced } from './bench-page/trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** After the page (and our first read) is done, the trace goes on this long: late work counts too. */
const SETTLE_MS = 1500;

interface BenchPage {
  name: string;
  url: string;
  /** Extra work while the trace records, after the page settled (an SPA's navigations). */
  then?: (page: Page, extension: boolean) => Promise<void>;
}

const highlighted = (page: Page, timeout = 120_000) =>
  page.waitForFunction(() => performance.getEntriesByName('figurelens:highlighted').length > 0, undefined, { timeout, polling: 200 });

const PAGES: BenchPage[] = [
  { name: 'seed article (en)', url: SEED_URL },
  { name: 'Chinese article', url: 'http://www.chinadaily.com.cn/fixtures/zh-article.html' },
  {
    name: 'SPA, 60 paragraphs, 3 navigations',
    url: `${SPA}?story=0&paras=60`,
    then: async (page, extension) => {
      for (let n = 1; n <= 3; n++) {
        await page.evaluate((i) => {
          performance.clearMarks('figurelens:highlighted');
          (window as unknown as { go: (n: number) => void }).go(i);
        }, n);
        if (extension) await highlighted(page, 30_000);
        await page.waitForTimeout(SETTLE_MS / 3);
      }
    },
  },
  { name: '2 MB article, 16,000 figures', url: GENERATED },
];

async function load(session: Session, bench: BenchPage, extension: boolean): Promise<{ ours: Cost; all: Cost }> {
  const events = await traced(session, async (page) => {
    await page.goto(bench.url, { waitUntil: 'load', timeout: 120_000 });
    if (extension) await highlighted(page);
    await page.waitForTimeout(SETTLE_MS);
    await bench.then?.(page, extension);
  });
  if (extension && process.env.BENCH_BREAKDOWN) printTasks(events, bench.url);
  return pageCost(events, bench.url);
}

/**
 * `BENCH_BREAKDOWN=1`: what our longest task of the load was made of
 * (bench-page/breakdown.ts); `BENCH_BREAKDOWN=all`: every task of ours, longest first.
 */
function printTasks(events: readonly TraceEvent[], url: string): void {
  const thread = mainThreadFor(events, url);
  if (!thread) return;
  const ours = tasksOn(events, thread)
    .filter((t) => t.ours)
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const task of process.env.BENCH_BREAKDOWN === 'all' ? ours : ours.slice(0, 1)) {
    const parts = breakdown(events, thread, task).slice(0, 12);
    console.log(`    task ${((task.end - task.start) / 1000).toFixed(1)} ms of ${ours.length} ours: ${parts.map((p) => `${p.name} ${p.ms.toFixed(1)}`).join(', ')}`);
    const hot = hotFunctions(events, thread, task).slice(0, 12);
    console.log(`      sampled: ${hot.map((p) => `${p.name} ${p.ms.toFixed(1)}`).join(', ')}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (x: number) => x.toFixed(0).padStart(5);
const spread = (xs: number[]) => `${f(median(xs))} ms (${xs.map((x) => x.toFixed(0)).join(' / ')})`;

const server = await startServer();
const withExtension = await launch(server);
const plain = await launch(server, { extension: false });
try {
  console.log(`main thread of the page's renderer, from a trace; ${RUNS} loads each, median (every run)`);
  // BENCH_PAGES=seed,Chinese: only the pages whose names contain one of these.
  const only = process.env.BENCH_PAGES?.split(',');
  for (const bench of PAGES.filter((p) => !only || only.some((o) => p.name.includes(o)))) {
    const ext: Array<{ ours: Cost; all: Cost }> = [];
    const base: Cost[] = [];
    for (let i = 0; i < RUNS; i++) {
      ext.push(await load(withExtension, bench, true));
      base.push((await load(plain, bench, false)).all);
    }
    console.log(`${bench.name}`);
    console.log(`  ours:      total ${spread(ext.map((r) => r.ours.total))}, longest task ${spread(ext.map((r) => r.ours.longest))}, long tasks ${ext.map((r) => r.ours.long).join(' / ')}`);
    console.log(`  page with: total ${spread(ext.map((r) => r.all.total))}, longest task ${spread(ext.map((r) => r.all.longest))}, long tasks ${ext.map((r) => r.all.long).join(' / ')}`);
    console.log(`  page without: total ${spread(base.map((r) => r.total))}, longest task ${spread(base.map((r) => r.longest))}, long tasks ${base.map((r) => r.long).join(' / ')}`);
  }
  console.log('content scripts and what they load (bytes, minified / gzip):');
  for (const c of contentChunkSizes(EXTENSION_DIR)) console.log(`  ${c.file}: ${(c.min / 1000).toFixed(1)} kB / ${(c.gzip / 1000).toFixed(1)} kB`);
  if (process.argv.includes('--more')) {
    await jumps(withExtension);
    await spaMemory(withExtension);
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}
