import { browser, type Browser } from 'wxt/browser';
import { checkSender, parseContentMessage, parseExtensionPageMessage, type FiguresAddReply, type TabSummary } from '@/lib/messages';
import { addFigures, forgetTab, getTab, startPage } from './tab-store';
import { showCount } from './badge';

type Reply = FiguresAddReply | TabSummary | { ok: true } | { error: string };

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
    const tab = await addFigures(who.tabId, msg.url, msg.figures, (_page, figures) => figures);
    if (!tab) return { figures: [] };
    await showCount(who.tabId, tab.figures.length);
    const ids = new Set(msg.figures.map((f) => f.id));
    return { figures: tab.figures.filter((f) => ids.has(f.id)) };
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
