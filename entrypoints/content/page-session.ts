/**
 * FigureLens on one page, wired together: the annotator, the page watcher,
 * the painter and the reader's looks, the hover card, the extension's
 * messages, the reader's settings and SPA navigation. Everything it starts it
 * stops when the content script's context goes (extension updated, script
 * replaced) or the reader turns the site off.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseTabMessage, type ContentMessage, type FigureGetReply, type TabMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, highlightsOn, runsOn, siteFor, siteHost, withHighlights } from '@/lib/settings';
import { AdoptedLooks, looksCss, sameLooks } from '@/dom/looks';
import { createPainter } from '@/dom/painter';
import { updateSettings } from '@/utils/settings';
import { browserI18n } from '@/utils/page-i18n';
import { Annotator } from './annotator';
import { CardHost } from './card-host';
import type { CardUi } from './card-ui';
import { loadChunk } from './chunks';
import { Hover, type HoverDeps } from './hover';
import type { Lifetime } from './lifetime';
import { liveSettings, type LiveSettings } from './live-settings';
import { mark, MARK_HIGHLIGHTED } from './marks';
import { PageChanges } from './page-changes';

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

/**
 * Timers that stop with the session. WXT's ctx.setTimeout adds an abort
 * listener per call and never removes it: on a page that changes all the
 * time (a batch every 100 ms, a hover timer per pointer move) that is a
 * leak. Here one listener clears whatever is pending.
 */
function sessionTimers(signal: AbortSignal): { set: (run: () => void, ms: number) => number; clear: (id: number) => void } {
  const pending = new Set<number>();
  signal.addEventListener(
    'abort',
    () => {
      for (const id of pending) clearTimeout(id);
      pending.clear();
    },
    { once: true },
  );
  return {
    set: (run, ms) => {
      if (signal.aborted) return 0;
      const id = window.setTimeout(() => {
        pending.delete(id);
        if (signal.aborted) return;
        try {
          run();
        } catch (error) {
          // Never into the page: a timer of ours that fails costs what it was doing.
          console.debug('FigureLens:', error);
        }
      }, ms);
      pending.add(id);
      return id;
    },
    clear: (id) => {
      clearTimeout(id);
      pending.delete(id);
    },
  };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** How long after the app's navigation the page is read: the navigate event comes before the app renders the new route. */
const NAVIGATION_SETTLE_MS = 50;
/** Where the Navigation API is missing: how often the URL is looked at (as WXT's own watcher did). */
const URL_POLL_MS = 1000;

export interface SessionOptions {
  /**
   * Whether the reader asked for this page ("Annotate this page"): run even on
   * a site they turned off. Asked each time it matters: the reader may ask
   * while the page loads, after the script started.
   */
  manual: () => boolean;
  /** The reader's settings, read and watched since the script started (else from now on, and stopped with the session). */
  settings?: LiveSettings;
  onStop: () => void;
  /** The card's drawing code; by default the chunk loaded on the first card. */
  cardUi?: () => Promise<CardUi>;
}

/**
 * Starts reading the page at once and the reader's settings with it (a
 * storage read can take longer than reading a whole article): the first
 * slice of reading overlaps the storage read, and nothing is painted, sent or
 * listened to until the settings say this site runs.
 */
export function startPageSession(lifetime: Lifetime, options: SessionOptions): void {
  const live = options.settings ?? liveSettings();
  let settings = DEFAULT_SETTINGS;
  let stopped = false;
  /** Everything the session listens to or waits for ends with it: stop() aborts this. */
  const session = new AbortController();
  const { signal } = session;
  const host = location.hostname;
  const painter = createPainter(window);
  const looks = new AdoptedLooks(document);
  const timers = sessionTimers(signal);
  /** The URL the page was last read as. */
  let readUrl = location.href;

  const changes = new PageChanges((batch) => void annotator.changed(batch), timers.set);
  const ready = live.ready.then(
    () => {
      // The newest: the reader may have changed them since the first read came back.
      settings = live.current();
      if (stopped) return false;
      if (!options.manual() && !runsOn(settings, host)) {
        stop();
        return false;
      }
      begin();
      return true;
    },
    () => {
      stop();
      return false;
    },
  );
  const annotator: Annotator = new Annotator({
    doc: document,
    painter,
    send,
    ready,
    highlights: false,
    hidden: hiddenByCss,
    onShadowRoot: (root) => changes.watch(root),
    quietly: (change) => changes.quietly(change),
    onGone: (gone) => hover.forget(gone),
    onScanned: (figures) => mark(MARK_HIGHLIGHTED, { figures }),
    setTimeout: timers.set,
  });
  const card = new CardHost({
    i18n: () => browserI18n(settings),
    detail: async (id) => ((await send({ type: 'figure:get', url: annotator.pageUrl, id })) as FigureGetReply | undefined)?.figure ?? null,
    ui: options.cardUi ?? (() => loadChunk<CardUi>('card')),
  });
  // Hover, focus and keys cause work (a card, a lookup in the worker): only the reader's own count.
  const listen: HoverDeps['listen'] = (target, type, handler, listenerOptions) =>
    target.addEventListener(type, trusted(handler as (event: Event) => void), { ...listenerOptions, signal });
  const hover: Hover = new Hover({
    win: window,
    annotator,
    painter,
    card,
    shadowRoots: () => changes.shadowRoots(),
    listen,
    timers,
  });

  const applyLooks = () => {
    if (!annotator.highlightsOn || sameLooks(settings.looks, DEFAULT_SETTINGS.looks)) looks.clear();
    else looks.set(looksCss(settings.looks));
  };

  /** Highlights follow the reader's settings, and only them: the popup's switch and the keyboard command write the settings. */
  const applyHighlights = (on: boolean) => {
    if (stopped) return;
    annotator.setHighlights(on);
    hover.setEnabled(on);
    if (!on) card.remove();
    applyLooks();
    for (const waiting of settingsApplied.splice(0)) waiting();
  };
  /** Waiting for a settings change of ours to come back through the watch (a reply says what the page shows). */
  const settingsApplied: Array<() => void> = [];
  const SETTINGS_ECHO_MS = 1000;

  /** Writes the site's highlight switch; the change reaches this page (and every other tab on the site) through the watch. */
  const rememberHighlights = async (on: boolean) => {
    const site = siteFor(settings, host) ?? siteHost(host) ?? host;
    await updateSettings((s) => withHighlights(s, site, on)).catch(() => undefined);
    if (annotator.highlightsOn === on || stopped) return;
    await new Promise<void>((resolve) => {
      settingsApplied.push(resolve);
      timers.set(resolve, SETTINGS_ECHO_MS);
    });
  };

  const answer = async (message: TabMessage): Promise<unknown> => {
    switch (message.type) {
      case 'highlights:toggle':
        await rememberHighlights(!annotator.highlightsOn);
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
    if (stopped) return;
    readUrl = url;
    wentAway = false;
    changes.discard();
    void annotator.scanPage(url);
  };

  /**
   * An event that says the URL may have changed only says "look again": the
   * page is read as a new one if, a moment later, its own URL names another
   * article than the one read. Where the URL went elsewhere and came back
   * (an app's redirect bounce), the worker dropped the page when the tab's
   * URL changed: it gets the page again.
   */
  let navigation = 0;
  /** The URL named another article since the page was read. */
  let wentAway = false;
  const lookAgain = () => {
    if (withoutHash(location.href) !== withoutHash(readUrl)) wentAway = true;
    timers.clear(navigation);
    navigation = timers.set(() => {
      // A jump to an anchor in the same article is not a new page.
      if (withoutHash(location.href) === withoutHash(readUrl)) {
        if (wentAway) annotator.resend();
        wentAway = false;
        return;
      }
      hover.hide();
      scan(location.href);
    }, NAVIGATION_SETTLE_MS);
  };
  /**
   * The Navigation API's currententrychange: the document's own URL changed
   * (pushState, replaceState, Back within the app), after the fact, and only
   * then. Where that API is missing, the URL is looked at once a second and
   * on Back and Forward. A page can dispatch any of these events itself: only
   * the browser's own count.
   */
  const onEntryChange = trusted(() => lookAgain());
  let seenUrl = location.href;
  const pollUrl = () => {
    if (location.href !== seenUrl) {
      seenUrl = location.href;
      lookAgain();
    }
    timers.set(pollUrl, URL_POLL_MS);
  };
  /** Back or Forward restored the page from the back/forward cache: the worker forgot it when the tab left. */
  const onPageShow = trusted((event: PageTransitionEvent) => {
    if (event.persisted) annotator.resend();
  });

  let unwatch = () => {};
  /** `siteOff`: the reader turned the site off, and the worker should no longer list this page's figures. */
  const stop = (siteOff = false) => {
    if (stopped) return;
    stopped = true;
    session.abort();
    unwatch();
    if (!options.settings) live.stop();
    browser.runtime.onMessage.removeListener(onMessage);
    changes.stop();
    hover.setEnabled(false);
    annotator.stop({ withdraw: siteOff });
    card.remove();
    looks.clear();
    options.onStop();
  };

  /** The settings say this site runs: paint, listen, follow the settings and the app's navigation. */
  const begin = () => {
    browser.runtime.onMessage.addListener(onMessage);
    unwatch = live.listen((changed) => {
      settings = changed;
      if (!options.manual() && !runsOn(settings, host)) return stop(true);
      if (highlightsOn(settings, host) !== annotator.highlightsOn) applyHighlights(!annotator.highlightsOn);
      else applyLooks();
    });
    const navigationApi = (window as Window & { navigation?: EventTarget }).navigation;
    if (typeof navigationApi?.addEventListener === 'function') navigationApi.addEventListener('currententrychange', onEntryChange, { signal });
    else {
      window.addEventListener('popstate', trusted(() => pollUrl()), { signal });
      timers.set(pollUrl, URL_POLL_MS);
    }
    window.addEventListener('pageshow', onPageShow, { signal });
    hover.start();
    applyHighlights(highlightsOn(settings, host));
  };

  // Not lifetime.onEnd: its listener would outlive a session the reader turned off, and keep it (its figures, its index) alive.
  lifetime.signal.addEventListener('abort', () => stop(), { signal });
  changes.watch(document);
  scan(location.href);
}

/** A listener for events that cause work: it ignores what a page script dispatched, and never throws into the page. */
function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  const inner = guarded(handler);
  return (event) => {
    if (event.isTrusted) inner(event);
  };
}

/** A listener that never throws into the page. */
function guarded<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    try {
      handler(event);
    } catch (error) {
      console.debug('FigureLens:', error);
    }
  };
}
