/**
 * npm run bench:page -- --more: what the trace does not show. Only figures
 * near the viewport are painted on a long page (page/paint-window.ts): how
 * soon the figures on screen are painted after a jump through the 2 MB
 * article; and memory over 20 SPA navigations: JS heap (after a forced GC;
 * content scripts share the page's isolate) and DOM counters, at every 5th.
 * Wall-clock numbers depend on the machine and its load: reported, never asserted.
 */
import type { Page } from 'playwright-core';
import { tabIdOf, type Session } from '../../e2e/harness';
import { tellTab } from '../../e2e/inpage-helpers';

export const GENERATED = 'http://www.lifeofguangzhou.com/fixtures/inpage-generated.html';
export const SPA = 'http://www.lifeofguangzhou.com/fixtures/inpage-spa.html';
const NAVIGATIONS = 20;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function highlighted(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('figurelens:highlighted').length > 0, undefined, { timeout, polling: 250 });
}

export async function jumps(session: Session): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(GENERATED);
  await highlighted(page);
  console.log('generated article: jumps through it');
  // Only figures within a screenful of the viewport are painted (see page/paint-window.ts): jump through
  // the article and time how long until every figure on screen is painted.
  const jumps: number[] = [];
  let unpainted = 0;
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
  console.log(`  paragraphs on screen left unpainted: ${unpainted}`);
  await page.close();
}

export async function spaMemory(session: Session): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`${SPA}?story=0&paras=60`);
  await highlighted(page);
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

