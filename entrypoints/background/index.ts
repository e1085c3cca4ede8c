import { browser } from 'wxt/browser';
import { route, type Reply } from './router';
import { forgetTab } from './tab-store';
import { showCount } from './badge';

export default defineBackground(() => {
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    analyze: (_page: unknown, figures: import('@/lib/figure').Figure[]) => figures,
    showCount,
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply) => void) => {
    void route(message, sender, deps).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
});
