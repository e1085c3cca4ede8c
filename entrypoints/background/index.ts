import { browser, type Browser } from 'wxt/browser';
import { checkSender, parseContentMessage, parseExtensionPageMessage, type FigureGetReply, type TabSummary } from '@/lib/messages';
import { addFigures, forgetTab, getTab, startPage } from './tab-store';
import { showCount } from './badge';

type Reply = FigureGetReply | TabSummary | { ok: true; count?: number } | { error: string };

async function handle(message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const who = checkSender(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (who.from === 'rejected') return reject(who.reason);

  if (who.from === 'content') {
    const parsed = parseContentMessage(message);
    if (!parsed.ok) return reject(parsed.reason);
    const msg = parsed.value;
    if (msg.type === 'page:start') {
      await startPage(who.tabId, msg.page);
      await showCount(who.tabId, 0);
      return { ok: true };
    }
    if (msg.type === 'figure:get') {
      const tab = await getTab(who.tabId);
      return { figure: tab.figures.find((f) => f.id === msg.id) ?? null };
    }
    const tab = await addFigures(who.tabId, msg.url, msg.figures, (_page, figures) => figures);
    if (!tab) return { ok: true, count: 0 };
    await showCount(who.tabId, tab.figures.length);
    return { ok: true, count: tab.figures.length };
  }

  const parsed = parseExtensionPageMessage(message);
  if (!parsed.ok) return reject(parsed.reason);
  return getTab(parsed.value.tabId);
}

function reject(reason: string): { error: string } {
  console.warn('FigureLens: dropped a message:', reason);
  return { error: reason };
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply) => void) => {
    handle(message, sender)
      .catch((error: unknown) => reject(`failed: ${String(error)}`))
      .then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
});
