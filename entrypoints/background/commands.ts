/**
 * The keyboard commands (manifest `commands`): forwarded to the active tab's
 * content script as TabMessages. A command also grants activeTab, so on a
 * page FigureLens is not running on, "toggle highlights" annotates it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { TabMessage } from '@/lib/messages';
import { annotateTab } from '@/utils/annotate';

const COMMANDS: Record<string, TabMessage> = {
  'toggle-highlights': { type: 'highlights:toggle' },
  'next-figure': { type: 'figure:step', direction: 1 },
  'previous-figure': { type: 'figure:step', direction: -1 },
};

export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const message = COMMANDS[command];
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return;
  try {
    await browser.tabs.sendMessage(tabId, message);
  } catch {
    // No content script in the tab (not a news site, or one the reader turned off).
    if (command === 'toggle-highlights') await annotateTab(tabId).catch(() => undefined);
  }
}

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    void runCommand(command, tab);
  });
}
