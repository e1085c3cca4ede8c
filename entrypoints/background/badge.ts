import { browser } from 'wxt/browser';

// Firefox MV2 builds have browserAction where MV3 has action.
const action = browser.action ?? browser.browserAction;

/** The number of figures on the toolbar button of a tab, and a title that says what it counts. */
export async function showCount(tabId: number, count: number): Promise<void> {
  try {
    await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
    const title = count > 0 ? browser.i18n.getMessage('badge_title', [String(count)]) : '';
    await action.setTitle({ tabId, title: title || browser.i18n.getMessage('actionTitle') || 'FigureLens' });
  } catch {
    // The tab may have closed between the message and the badge update.
  }
}
