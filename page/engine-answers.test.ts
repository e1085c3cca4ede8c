// @vitest-environment happy-dom
/**
 * The page and the worker's engine: a worker that restarts mid-read (and so
 * forgets the read) costs nothing, and an engine that does not answer costs
 * the read but never an exception.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/lib/detect/index';
import type { ContentMessage } from '@/lib/messages';
import type { EngineReadReply, PageEngine } from '@/lib/page-engine/protocol';
import { EngineReads, localEngine } from '@/lib/page-engine/reads';
import { Annotator } from './annotator';
import { PageDates } from './page-record';
import { createPainter } from './painter';
import { buildTextModel } from './text-model';
import { fill } from './fill.test-helper';
import { Slicer } from './yield';

const PARAGRAPH = '<p>In 2024, exports rose 5.2 percent to 14 trillion yuan, and 77,000 high-tech enterprises filed returns.</p><p>前三季度，全市进出口总额达10.52万亿元，同比增长9.8%。</p>';

function annotate(engine: PageEngine, html: string) {
  fill(document.body, html);
  const sent: ContentMessage[] = [];
  const annotator = new Annotator({ doc: document, painter: createPainter(window), highlights: false, engine, send: async (m) => void sent.push(structuredClone(m)), slicer: new Slicer(0) });
  return { annotator, sent, figures: () => sent.flatMap((m) => (m.type === 'figures:add' ? m.figures : [])) };
}

describe('the worker’s engine, as the page meets it', () => {
  it('a worker that restarts mid-read loses nothing: the read begins again where it stood', async () => {
    const reads = new EngineReads();
    let asked = 0;
    const engine: PageEngine = {
      ...localEngine(),
      read: async (message) => {
        // The worker restarts before the third slice: it holds no read any more.
        if (++asked === 3) reads.forgetTab(0);
        return structuredClone(reads.answer(0, structuredClone({ type: 'engine:read' as const, ...message }))) as EngineReadReply;
      },
    };
    const { annotator, figures } = annotate(engine, PARAGRAPH.repeat(300));
    await annotator.scanPage();
    await annotator.idle();
    const whole = detectFigures(buildTextModel(document.body).text, { lang: 'zh' });
    expect(asked).toBeGreaterThan(4);
    expect(figures().map((f) => f.text)).toEqual(whole.map((f) => f.text));
    expect(new Set(figures().map((f) => f.id)).size).toBe(whole.length);
  });

  it('an engine that does not answer costs the read, never an exception; the page is left as it was', async () => {
    const silent: PageEngine = { read: async () => undefined as never, date: async () => null };
    const { annotator, figures } = annotate(silent, PARAGRAPH);
    const before = document.body.innerHTML;
    await annotator.scanPage();
    await annotator.idle();
    expect(figures()).toEqual([]);
    expect(annotator.status()).toMatchObject({ figureCount: 0 });
    expect(document.body.innerHTML).toBe(before);
  });

  it('the page’s date is asked of the engine again only when what the page says of it changed', async () => {
    const asked: string[] = [];
    const dates = new PageDates({ ...localEngine(), date: async (c) => (asked.push(c.text), { date: '2025-01-16', from: 'byline' }) });
    fill(document.body, '<p>2025-01-16 10:40 来源：南方日报</p><p>全年增长9.8%。</p>');
    const text = buildTextModel(document.body).text;
    await dates.dateOf(document, text);
    await dates.dateOf(document, text);
    expect(asked).toHaveLength(1);
    fill(document.body, '<p>發佈時間：2025-01-17</p><p>全年增長9.8%。</p>');
    await dates.dateOf(document, buildTextModel(document.body).text);
    expect(asked).toHaveLength(2);
  });
});
