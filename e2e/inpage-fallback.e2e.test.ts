/**
 * The wrapping fallback in a real engine. Chromium always has the Custom
 * Highlight API (no switch turns it off), so the extension never wraps here;
 * instead the DOM modules themselves are bundled into a plain page and made to
 * wrap, because what matters is real: live Ranges moving as text nodes split
 * and move, real layout, real innerText. Exact restoration is checked node
 * for node against the untouched page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, ROOT, startServer, type FixtureServer, type Session } from './harness';
import { snapshot } from './inpage-helpers';

const MIXED_URL = 'http://news.example.test/fixtures/inpage-mixed.html';
const EXPECTED = ['6.4 percent', '10.52万亿元', '9.8%', '9 trillion yuan', '14 trillion yuan', '5.2 percent', '3.2 trillion yuan', '7.5 percent', '3.9 percent', '2.1 trillion yuan', '77,000 high-tech enterprises'];

/** page/text-model and page/painter as one script for a page: `FigureLensDom`. */
async function bundleDom(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'figurelens-dom-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, `export { buildTextModel, rangeFor } from '${ROOT}/page/text-model';\nexport { createPainter } from '${ROOT}/page/painter';\n`);
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      resolve: { alias: { '@': ROOT } },
      build: { write: false, minify: false, lib: { entry, name: 'FigureLensDom', formats: ['iife'], fileName: 'dom' } },
    });
    const output = (Array.isArray(result) ? result[0] : result) as { output: Array<{ code?: string }> };
    return output.output[0]!.code!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The DOM exactly: markup, each element's number of child nodes (a split text node shows there), and the text nodes themselves. */
const dom = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    children: [...document.querySelectorAll('*')].map((e) => e.childNodes.length),
  }));

async function ready(page: Page, code: string): Promise<void> {
  await page.goto(MIXED_URL);
  await page.waitForFunction(() => document.documentElement.dataset.filled === 'yes');
  await page.addScriptTag({ content: code });
}

describe.runIf(browserAvailable())('the wrapping fallback in real Chromium: painted, then undone exactly', () => {
  let server: FixtureServer;
  let plain: Session;
  let code: string;

  beforeAll(async () => {
    [server, code] = await Promise.all([startServer(), bundleDom()]);
    plain = await launch(server, { extension: false });
  });
  afterAll(async () => {
    await plain?.close();
    await server?.close();
  });

  it('wraps every figure (several in one text node, across elements, in a table), keeps text, innerText and layout, and restores every node', async () => {
    const page = await plain.context.newPage();
    const bare = await plain.context.newPage();
    await ready(page, code);
    await ready(bare, code);
    const before = await dom(page);
    const nodes = await page.evaluateHandle(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.childNodes]));

    const result = await page.evaluate((expected) => {
      const { buildTextModel, rangeFor, createPainter } = (window as unknown as { FigureLensDom: typeof import('@/page/painter') & typeof import('@/page/text-model') }).FigureLensDom;
      const model = buildTextModel(document.body, { skip: (e: Element) => !e.checkVisibility() && getComputedStyle(e).display !== 'contents' });
      const figures = expected.map((text) => {
        const at = model.text.indexOf(text);
        return { kind: 'money' as const, range: rangeFor(model, at, at + text.length)! };
      });
      const painter = createPainter(Object.create(window, { CSS: { value: {} } }));
      const paints = painter.paint(figures);
      (window as unknown as { undo: () => void }).undo = () => painter.eraseAll();
      return {
        touchesDom: painter.touchesDom,
        ranges: figures.map((f) => f.range.toString()),
        marks: paints.map((p) => painter.nodesOf(p).map((n) => n.data).join('')),
      };
    }, EXPECTED);
    expect(result.touchesDom).toBe(true);
    // Every Range still shows its figure after all the splitting and moving.
    expect(result.ranges).toEqual(EXPECTED);
    expect(result.marks).toEqual(EXPECTED);

    const [a, b] = [await snapshot(page), await snapshot(bare)];
    expect(a.textContent).toBe(b.textContent);
    expect(a.innerText).toBe(b.innerText);
    expect([a.scrollHeight, a.scrollWidth]).toEqual([b.scrollHeight, b.scrollWidth]);
    expect(a.boxes.filter((box) => !box.startsWith('FIGURELENS-MARK'))).toEqual(b.boxes);

    await page.evaluate(() => (window as unknown as { undo: () => void }).undo());
    expect(await dom(page)).toEqual(before);
    // The very same node objects, not look-alikes.
    expect(await page.evaluate((old) => {
      const now = [...document.querySelectorAll('*')].flatMap((e) => [...e.childNodes]);
      return now.length === old.length && now.every((n, i) => n === old[i]);
    }, nodes)).toBe(true);
    await page.close();
    await bare.close();
  });
});
