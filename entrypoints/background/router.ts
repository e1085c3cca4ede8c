import { checkSender, parseContentMessage, parseExtensionPageMessage, type FigureGetReply, type SenderLike, type TabSummary } from '@/lib/messages';
import { addFigures, endPage, getTab, removeFigures, startPage, updatePage, type Analyze } from './tab-store';

export type Reply = FigureGetReply | TabSummary | { ok: true; count?: number } | { error: string };

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  /** Turns a tab's whole figure list into its normalized form. */
  analyze: Analyze;
  showCount: (tabId: number, count: number) => Promise<void>;
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

    if (who.from === 'content') {
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
        case 'figure:get': {
          // Ids start over on every page: a card still open from the last one must not get this one's figure.
          const tab = await getTab(who.tabId, deps.analyze);
          if (tab.page?.url !== msg.url) return { figure: null };
          return { figure: tab.figures.find((f) => f.id === msg.id) ?? null };
        }
        case 'figures:remove': {
          const count = await removeFigures(who.tabId, msg.url, msg.ids);
          if (count !== null) await deps.showCount(who.tabId, count);
          return { ok: true, count: count ?? 0 };
        }
        case 'figures:add': {
          const count = await addFigures(who.tabId, msg.url, msg.figures);
          if (count === null) return { ok: true, count: 0 };
          await deps.showCount(who.tabId, count);
          return { ok: true, count };
        }
      }
    }

    const parsed = parseExtensionPageMessage(message);
    if (!parsed.ok) return reject(parsed.reason);
    return await getTab(parsed.value.tabId, deps.analyze);
  } catch (error) {
    return reject(`failed: ${String(error)}`);
  }
}
