import { checkSender, parseContentMessage, parseExtensionPageMessage, type FigureGetReply, type SenderLike, type TabSummary } from '@/lib/messages';
import { addFigures, endPage, getFigure, getTab, removeFigures, shortfall, startPage, updatePage, type Analyze } from './tab-store';
import type { PageGuard } from './page-guard';
import { isEngineMessage, parseEngineMessage, type EngineDateReply, type EngineReadReply } from '@/lib/page-engine/protocol';
import type { EngineReads } from '@/lib/page-engine/reads';

export type Reply = FigureGetReply | TabSummary | EngineReadReply | EngineDateReply | { ok: true; count?: number } | { error: string };

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  /** Turns a tab's whole figure list into its normalized form. */
  analyze: Analyze;
  showCount: (tabId: number, count: number) => Promise<void>;
  /** Rates per page, and resends when the worker is short. */
  guard: PageGuard;
  /** The pages' reads: detection, time marks, tables, dates (lib/page-engine). */
  engine: EngineReads;
  /** Stores a site's highlight switch in the reader's settings. */
  writeHighlights: (site: string, on: boolean) => Promise<unknown>;
}

function reject(reason: string): { error: string } {
  console.warn('FigureLens: dropped a message:', reason);
  return { error: reason };
}

/**
 * Every message the worker receives goes through here: the sender is checked
 * first, then the message is rebuilt by its validator; anything else is
 * dropped with a logged reason and an error reply, never an exception.
 */
export async function route(message: unknown, sender: SenderLike, deps: RouterDeps): Promise<Reply> {
  try {
    const who = checkSender(sender, deps.extensionId, deps.extensionOrigin);
    if (who.from === 'rejected') return reject(who.reason);

    if (who.from === 'content' && isEngineMessage(message)) {
      // Not metered: each answer is a bounded slice of work, and a page's reads are spaced by its re-read policy.
      const parsed = parseEngineMessage(message);
      if (!parsed.ok) return reject(parsed.reason);
      return deps.engine.answer(who.tabId, parsed.value);
    }

    if (who.from === 'content') {
      // Metered before validation: rebuilding a batch of 1,000 figures is the work a flood would cost.
      const type = (message as { type?: unknown } | null)?.type;
      if (!deps.guard.admit(who.tabId, typeof type === 'string' ? type : '')) return { error: 'rate limited' };
      const parsed = parseContentMessage(message);
      if (!parsed.ok) return reject(parsed.reason);
      if (parsed.dropped) console.warn(`FigureLens: dropped ${parsed.dropped.length} figure(s), first:`, parsed.dropped[0]);
      const msg = parsed.value;
      switch (msg.type) {
        case 'page:start':
          await startPage(who.tabId, msg.page);
          await deps.showCount(who.tabId, 0);
          return { ok: true };
        case 'page:update':
          await updatePage(who.tabId, msg.page);
          return { ok: true };
        case 'page:end':
          await endPage(who.tabId, msg.url);
          await deps.showCount(who.tabId, 0);
          return { ok: true };
        case 'settings:highlights':
          await deps.writeHighlights(msg.site, msg.on);
          return { ok: true };
        case 'figure:get': {
          // Ids start over on every page: a card still open from the last one must not get this one's figure.
          const figure = await getFigure(who.tabId, msg.url, msg.id, deps.analyze);
          // A page asking about its figures while the worker knows none of them: the worker lost it.
          deps.guard.askIfShort(who.tabId, shortfall(who.tabId, { pageExpected: true }));
          return { figure };
        }
        case 'figures:remove': {
          const count = await removeFigures(who.tabId, msg.url, msg.ids, { held: msg.held });
          if (count === null) return { ok: true, count: 0 };
          await deps.showCount(who.tabId, count);
          deps.guard.askIfShort(who.tabId, shortfall(who.tabId));
          return { ok: true, count };
        }
        case 'figures:add': {
          const count = await addFigures(who.tabId, msg.url, msg.figures, { held: msg.held, refused: parsed.dropped?.length });
          if (count === null) return { ok: true, count: 0 };
          await deps.showCount(who.tabId, count);
          deps.guard.askIfShort(who.tabId, shortfall(who.tabId));
          return { ok: true, count };
        }
      }
    }

    const parsed = parseExtensionPageMessage(message);
    if (!parsed.ok) return reject(parsed.reason);
    const summary = await getTab(parsed.value.tabId, deps.analyze);
    // The popup only reads: when the tab is short (a restarted worker), the worker itself asks the page.
    deps.guard.askIfShort(parsed.value.tabId, shortfall(parsed.value.tabId));
    return summary;
  } catch (error) {
    return reject(`failed: ${String(error)}`);
  }
}
