/**
 * FigureLens on one page, wired together: the annotator, the page watcher,
 * the painter and the reader's looks, the hover card, the extension's
 * messages, the reader's settings and SPA navigation. Everything it starts it
 * stops when the content script's context goes (extension updated, script
 * replaced) or the reader turns the site off.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseTabMessage, type ContentMessage, type FigureGetReply, type TabMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, highlightsOn, runsOn, settingsFrom, siteFor, siteHost, withHighlights, type Settings } from '@/lib/settings';
import { AdoptedLooks, looksCss, sameLooks } from '@/dom/looks';
import { createPainter } from '@/dom/painter';
import { settingsItem, updateSettings } from '@/utils/settings';
import { browserI18n } from '@/utils/page-i18n';
import { Annotator } from './annotator';
import { CardHost } from './card';
import { Hover, type HoverDeps } from './hover';
import { PageChanges } from './page-changes';

/** User-timing marks: when the script woke at document idle, and when the page's figures were all painted. */
export const MARK_IDLE = 'figurelens:idle';
export const MARK_HIGHLIGHTED = 'figurelens:highlighted';

export function mark(name: string, detail?: unknown): void {
  try {
    performance.clearMarks(name);
    performance.mark(name, { detail });
  } catch {
    // Marks are for measuring; a page that replaced `performance` loses them, nothing else.
  }
}

/** Hidden by the page's CSS. A display:contents element has no box of its own but its children show. */
function hiddenByCss(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return getComputedStyle(element).display === 'none';
  return !element.checkVisibility() && getComputedStyle(element).display !== 'contents';
}

async function send(message: ContentMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The worker is restarting or the extension was reloaded: the page keeps its highlights.
    return undefined;
  }
}

export interface SessionOptions {
  /** The reader asked for this page ("Annotate this page"): run even on a site they turned off. */
  manual: boolean;
  onStop: () => void;
}

export function startPageSession(ctx: ContentScriptContext, initial: Settings, options: SessionOptions): void {
  let settings = initial;
  let stopped = false;
  const host = location.hostname;
  const painter = createPainter(window);
  const looks = new AdoptedLooks(document);
  const shadowRoots = new Set<ShadowRoot>();

  const changes = new PageChanges(
    (batch) => void annotator.changed(batch),
    (run, ms) => ctx.setTimeout(run, ms),
  );
  const annotator: Annotator = new Annotator({
    doc: document,
    painter,
    send,
    highlights: highlightsOn(settings, host),
    hidden: hiddenByCss,
    onShadowRoot: (root) => {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
      changes.watch(root);
    },
    quietly: (change) => changes.quietly(change),
    onGone: (gone) => hover.forget(gone),
    onScanned: (figures) => mark(MARK_HIGHLIGHTED, { figures }),
    setTimeout: (run, ms) => ctx.setTimeout(run, ms),
  });
  const card = new CardHost({
    ctx,
    i18n: () => browserI18n(settings),
    detail: async (id) => ((await send({ type: 'figure:get', id })) as FigureGetReply | undefined)?.figure ?? null,
  });
  const listen: HoverDeps['listen'] = (target, type, handler, listenerOptions) =>
    ctx.addEventListener(
      target as Window,
      type,
      (event: Event) => {
        try {
          (handler as (e: Event) => void)(event);
        } catch (error) {
          console.debug('FigureLens:', error);
        }
      },
      listenerOptions,
    );
  const hover: Hover = new Hover({
    win: window,
    annotator,
    painter,
    card,
    shadowRoots: () => [...shadowRoots].filter((root) => root.host.isConnected),
    listen,
    setTimeout: (run, ms) => ctx.setTimeout(run, ms),
  });

  const applyLooks = () => {
    if (!annotator.highlightsOn || sameLooks(settings.looks, DEFAULT_SETTINGS.looks)) looks.clear();
    else looks.set(looksCss(settings.looks));
  };

  const setHighlights = (on: boolean, remember: boolean) => {
    annotator.setHighlights(on);
    hover.setEnabled(on);
    if (!on) card.remove();
    applyLooks();
    if (remember) {
      const site = siteFor(settings, host) ?? siteHost(host) ?? host;
      void updateSettings((s) => withHighlights(s, site, on)).catch(() => undefined);
    }
  };

  const answer = async (message: TabMessage): Promise<unknown> => {
    switch (message.type) {
      case 'highlights:set':
        setHighlights(message.on, true);
        return annotator.status();
      case 'highlights:toggle':
        setHighlights(!annotator.highlightsOn, true);
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
  };

  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = parseTabMessage(message);
    if (!parsed.ok) return false;
    answer(parsed.value).then(sendResponse, () => sendResponse(undefined));
    return true;
  };

  const scan = (url: string) => {
    changes.discard();
    void annotator.scanPage(url);
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    browser.runtime.onMessage.removeListener(onMessage);
    changes.stop();
    hover.setEnabled(false);
    annotator.stop();
    card.remove();
    looks.clear();
    options.onStop();
  };

  browser.runtime.onMessage.addListener(onMessage);
  const unwatch = settingsItem.watch((stored) => {
    settings = settingsFrom(stored);
    if (!options.manual && !runsOn(settings, host)) return stop();
    if (highlightsOn(settings, host) !== annotator.highlightsOn) setHighlights(!annotator.highlightsOn, false);
    else applyLooks();
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
    // A jump to an anchor in the same article is not a new page.
    if (newUrl.href.replace(/#.*$/, '') === oldUrl.href.replace(/#.*$/, '')) return;
    hover.hide();
    // The navigate event comes before the app renders the new route: read it a moment later.
    ctx.setTimeout(() => scan(newUrl.href), 50);
  });

  hover.start();
  hover.setEnabled(annotator.highlightsOn);
  applyLooks();
  changes.watch(document);
  scan(location.href);
}
