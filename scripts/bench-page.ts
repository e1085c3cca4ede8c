/**
 * npm run bench:page — FigureLens on pages in real Chromium with the
 * production build (the browser-test harness), measured by the page itself:
 *
 * - the seed article: ms from document idle (the content script's
 *   `figurelens:idle` mark) to every figure painted (`figurelens:highlighted`);
 * - a generated 2 MB article with 16,000 figures: the same span, how many
 *   figures were painted, and the longest main-thread task and animation
 *   frame after idle (Long Tasks and Long Animation Frames APIs); then the
 *   same text as one 2 MB paragraph with no block break, where detection
 *   slices cannot end at one;
 * - memory over 20 SPA navigations: JS heap (after a forced GC; content
 *   scripts share the page's isolate) and DOM counters, at every 5th.
 *
 * Wall-clock numbers depend on the machine and its load: they are reported
 * here, never asserted in tests.
 */
import type { Page } from 'playwright-core';
import { launch, SEED_URL, startServer, tabIdOf, type Session } from '../e2e/harness';
import { tellTab } from '../e2e/inpage-helpers';

const GENERATED = 'http://www.lifeofguangzhou.com/fixtures/inpage-generated.html';
const SPA = 'http://www.lifeofguangzhou.com/fixtures/inpage-spa.html';
const SEED_RUNS = 12;
const NAVIGATIONS = 20;

/** In the page's own world from its first script: long tasks and long frames, kept for the bench to read. */
const OBSERVE_LONG_WORK = `
  window.__longWork = { tasks: [], frames: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longWork.tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longWork.frames.push({
      start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
      render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
      styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
      scripts: e.scripts.map((s) => ({ url: s.sourceURL.split('/').pop(), invoker: s.invoker, duration: Math.round(s.duration), forcedLayout: Math.round(s.forcedStyleAndLayoutDuration) })),
    }); }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function highlightedAfterIdle(page: Page, timeout = 60_000): Promise<{ span: number; idle: number; figures: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('figurelens:highlighted').length > 0, undefined, { timeout });
  return page.evaluate(() => {
    const idle = performance.getEntriesByName('figurelens:idle')[0]!.startTime;
    const done = performance.getEntriesByName('figurelens:highlighted')[0] as PerformanceMark;
    return { span: done.startTime - idle, idle, figures: (done.detail as { figures: number }).figures };
  });
}

async function seed(session: Session): Promise<void> {
  const spans: number[] = [];
  for (let i = 0; i < SEED_RUNS; i++) {
    const page = await session.context.newPage();
    await page.goto(SEED_URL);
    spans.push((await highlightedAfterIdle(page)).span);
    await page.close();
  }
  const warm = spans.slice(1);
  console.log(`seed article, ${SEED_RUNS} loads: document idle → all highlighted`);
  console.log(`  first load (cold profile): ${ms(spans[0]!)}; then median ${ms(median(warm))}, best ${ms(Math.min(...warm))}, worst ${ms(Math.max(...warm))}`);
  console.log(`  all: ${spans.map((s) => s.toFixed(0)).join(' ')}`);
}

async function generated(session: Session, { single = false } = {}): Promise<void> {
  const page = await session.context.newPage();
  await page.addInitScript({ content: OBSERVE_LONG_WORK });
  await page.goto(single ? `${GENERATED}?single=1` : GENERATED);
  const { span, idle, figures } = await highlightedAfterIdle(page, 120_000);
  await page.waitForTimeout(500);
  const result = await page.evaluate((after) => {
    type Frame = { start: number; duration: number; blocking: number; render: number; styleLayout: number; scripts: unknown[] };
    const w = (window as unknown as { __longWork: { tasks: Array<{ start: number; duration: number }>; frames: Frame[] } }).__longWork;
    const painted = ['money', 'percent', 'count'].reduce((n, k) => n + (CSS.highlights.get(`figurelens-${k}`)?.size ?? 0), 0);
    const tasks = w.tasks.filter((t) => t.start >= after);
    const frames = w.frames.filter((f) => f.start >= after);
    return {
      text: document.body.innerText.length,
      painted,
      tasks: tasks.map((t) => t.duration),
      frames: frames.map((f) => f.duration),
      blocking: frames.map((f) => f.blocking),
      longest: frames.sort((a, b) => b.duration - a.duration).slice(0, 3),
    };
  }, idle);
  console.log(`generated article${single ? ' as one paragraph' : ''}: ${(result.text / 1e6).toFixed(2)} M characters of text`);
  console.log(`  document idle → all highlighted: ${ms(span)}; figures found ${figures}, painted ${result.painted}`);
  console.log(`  long tasks (> 50 ms) after idle: ${result.tasks.length}${result.tasks.length ? `, longest ${ms(Math.max(...result.tasks))}` : ''}`);
  console.log(
    `  long animation frames after idle: ${result.frames.length}${result.frames.length ? `, longest ${ms(Math.max(...result.frames))} (blocking ${ms(Math.max(...result.blocking))})` : ''}`,
  );
  // Where the longest frames went: script (ours is content.js) or rendering the page.
  for (const f of result.longest) console.log(`    frame ${ms(f.duration)} at +${ms(f.start - idle)}: rendering ${ms(f.render)}, style+layout ${ms(f.styleLayout)}, scripts ${JSON.stringify(f.scripts)}`);
  if (single) {
    await page.close();
    return;
  }

  // Only figures within a screenful of the viewport are painted (see dom/paint-window.ts): jump through
  // the article and time how long until every figure on screen is painted.
  const jumps: number[] = [];
  let unpainted = 0;
  const scrolledAt = await page.evaluate(() => performance.now());
  for (const at of [0.1, 0.25, 0.5, 0.75, 0.99]) {
    // A string, not a function: tsx would wrap the helpers' names in a __name() the page does not have.
    const r = (await page.evaluate(`(async () => {
      const painted = () => ['money', 'percent', 'count'].flatMap((k) => [...(CSS.highlights.get('figurelens-' + k) ?? [])]);
      // Only paragraphs around the scroll position are measured, so the measuring stays out of the long tasks.
      const all = document.querySelectorAll('article p');
      const around = Math.round(all.length * ${at});
      const onScreen = () => [...all].slice(Math.max(0, around - 40), around + 40).filter((p) => {
        const b = p.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      });
      window.scrollTo(0, document.documentElement.scrollHeight * ${at});
      const start = performance.now();
      for (;;) {
        await new Promise((ok) => requestAnimationFrame(ok));
        const ranges = painted();
        const missing = onScreen().filter((p) => !ranges.some((x) => p.contains(x.startContainer)));
        if (missing.length === 0 || performance.now() - start > 2000) return { ms: performance.now() - start, missing: missing.length, registered: ranges.length };
      }
    })()`)) as { ms: number; missing: number; registered: number };
    jumps.push(r.ms);
    unpainted += r.missing;
    console.log(`  jump to ${Math.round(at * 100)} %: figures on screen painted after ${ms(r.ms)} (${r.registered} ranges registered)`);
  }
  const after = await page.evaluate((t) => {
    const w = (window as unknown as { __longWork: { tasks: Array<{ start: number; duration: number }> } }).__longWork;
    return w.tasks.filter((x) => x.start >= t).map((x) => x.duration);
  }, scrolledAt);
  // Reading the paragraphs' boxes right after a jump forces the layout of the newly shown part of the page:
  // long tasks here include that measuring, not only FigureLens's work.
  console.log(`  paragraphs on screen left unpainted: ${unpainted}; long tasks while jumping and measuring: ${after.length}${after.length ? `, longest ${ms(Math.max(...after))}` : ''}`);
  await page.close();
}

async function spaMemory(session: Session): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`${SPA}?story=0&paras=60`);
  await highlightedAfterIdle(page);
  const tabId = await tabIdOf(session, page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
    const status = (await tellTab(session, tabId, { type: 'tab:status' })) as { figureCount: number };
    return { heap: heap.usedSize / 1e6, nodes: dom.nodes, listeners: dom.jsEventListeners, figures: status.figureCount };
  };
  const rows: Array<[number, Awaited<ReturnType<typeof measure>>]> = [[0, await measure()]];
  for (let n = 1; n <= NAVIGATIONS; n++) {
    await page.evaluate((i) => {
      performance.clearMarks('figurelens:highlighted');
      (window as unknown as { go: (n: number) => void }).go(i);
    }, n);
    await page.waitForFunction(() => performance.getEntriesByName('figurelens:highlighted').length > 0, undefined, { timeout: 30_000 });
    if (n % 5 === 0) rows.push([n, await measure()]);
  }
  console.log(`memory over ${NAVIGATIONS} SPA navigations (60 paragraphs a story; after GC):`);
  for (const [n, m] of rows) console.log(`  after ${String(n).padStart(2)}: heap ${m.heap.toFixed(2)} MB, DOM nodes ${m.nodes}, listeners ${m.listeners}, figures held ${m.figures}`);
  await cdp.detach();
  await page.close();
}

const server = await startServer();
const session = await launch(server);
try {
  await seed(session);
  await generated(session);
  await generated(session, { single: true });
  await spaMemory(session);
} finally {
  await session.close();
  await server.close();
}
