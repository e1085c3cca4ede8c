import { browser } from 'wxt/browser';

// Firefox MV2 builds have browserAction where MV3 has action.
const action = browser.action ?? browser.browserAction;

export async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
  } catch {
    // The tab may have closed between the message and the badge update.
  }
}
