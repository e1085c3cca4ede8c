/**
 * The worker's messages to this tab (the popup, the keyboard commands):
 * answered from what the page shows. The highlight switch is a settings
 * write only, answered once the change came back through the settings watch.
 */
import type { Browser } from 'wxt/browser';
import { parseTabMessage, type TabMessage } from '@/lib/messages';
import { siteFor, siteHost, type Settings } from '@/lib/settings';
import type { Annotator } from '@/page/annotator';
import type { Hover } from '@/page/hover';
import type { SessionTimers } from '@/page/session-timers';

/** How long a highlight switch waits for its settings change to come back before it answers anyway. */
const SETTINGS_ECHO_MS = 1000;

export interface TabCommandDeps {
  annotator: Annotator;
  hover: Hover;
  host: string;
  settings: () => Settings;
  timers: SessionTimers;
  stopped: () => boolean;
  /** Our extension's id: only its messages are commands. */
  extensionId: string;
  /** Stores the site's highlight switch (the worker writes the settings). */
  writeHighlights: (site: string, on: boolean) => Promise<unknown>;
}

export class TabCommands {
  /** Waiting for a settings change of ours to come back through the watch (a reply says what the page shows). */
  private readonly settingsApplied: Array<() => void> = [];

  constructor(private readonly deps: TabCommandDeps) {}

  /** The reader's settings were applied to the page: a switch waiting for them answers. */
  applied(): void {
    for (const waiting of this.settingsApplied.splice(0)) waiting();
  }

  readonly onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    if (sender.id !== this.deps.extensionId) return false;
    const parsed = parseTabMessage(message);
    if (!parsed.ok) return false;
    this.answer(parsed.value).then(sendResponse, () => sendResponse(undefined));
    return true;
  };

  private async answer(message: TabMessage): Promise<unknown> {
    const { annotator, hover } = this.deps;
    switch (message.type) {
      case 'highlights:toggle':
        await this.rememberHighlights(!annotator.highlightsOn);
        return annotator.status();
      case 'figure:step':
        hover.step(message.direction);
        return annotator.status();
      case 'figure:reveal':
        return { found: hover.reveal(message.id) };
      case 'tab:status':
        return annotator.status();
      case 'figures:resend':
        annotator.resend();
        return annotator.status();
    }
  }

  /** Writes the site's highlight switch; the change reaches this page (and every other tab on the site) through the watch. */
  private async rememberHighlights(on: boolean): Promise<void> {
    const { annotator, host, timers } = this.deps;
    const site = siteFor(this.deps.settings(), host) ?? siteHost(host) ?? host;
    await this.deps.writeHighlights(site, on).catch(() => undefined);
    if (annotator.highlightsOn === on || this.deps.stopped()) return;
    await new Promise<void>((resolve) => {
      this.settingsApplied.push(resolve);
      timers.set(resolve, SETTINGS_ECHO_MS);
    });
  }
}
