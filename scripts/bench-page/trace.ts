/**
 * One page load under a Chromium trace: tracing starts on a blank tab before
 * the navigation and ends once the page has settled, so the content script's
 * compile at document_start and everything after it are inside.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Session } from '../../e2e/harness';
import type { TraceEvent } from './tasks';

export const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

/** `load` navigates and waits until the page is settled; it runs while the trace records. */
export async function traced(session: Session, load: (page: Page) => Promise<void>): Promise<TraceEvent[]> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReturnAsStream' });
    await load(page);
    const complete = new Promise<string>((ok) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => ok(e.stream!)));
    await cdp.send('Tracing.end');
    const text = await readStream(cdp, await complete);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
