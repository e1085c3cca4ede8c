/**
 * FigureLens on one page, wired together: the annotator, the page watcher,
 * the painter and the reader's looks, the hover card, the extension's
 * messages, the reader's settings and SPA navigation. Everything it starts it
 * stops when the content script's context goes (extension updated, script
 * replaced) or the reader turns the site off.
 */
import { browser } from 'wxt/browser';
import type { ContentMessage, FigureGetReply } from '@/lib/messages';
import { DEFAULT_SETTINGS, highlightsOn, runsOn } from '@/lib/settings';
import { AdoptedLooks, looksCss, sameLooks } from '@/page/looks';
import { createPainter } from '@/page/painter';
import { browserI18n } from '@/utils/page-i18n';
import { Annotator } from '@/page/annotator';
import { CardHost } from '@/page/card-host';
import type { CardUi } from '@/page/card-ui';
import { loadChunk } from './chunks';
import { Hover, type HoverDeps } from '@/page/hover';
import type { Lifetime } from './lifetime';
import { liveSettings, type LiveSettings } from './live-settings';
import { mark, MARK_HIGHLIGHTED } from './marks';
import { Navigation } from '@/page/navigation';
import { PageChanges } from '@/page/page-changes';
import { sessionTimers } from '@/page/session-timers';
import { TabCommands } from './tab-commands';
import { trusted } from '@/page/trusted';

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

/** Hover, focus and keys cause work (a card, a lookup in the worker): only the reader's own count, until the session ends. */
function trustedListen(signal: AbortSignal): HoverDeps['listen'] {
  return (target, type, handler, listenerOptions) => target.addEventListener(type, trusted(handler as (event: Event) => void), { ...listenerOptions, signal });
}

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
  const hover: Hover = new Hover({ win: window, annotator, painter, card, shadowRoots: () => changes.shadowRoots(), listen: trustedListen(signal), timers });
  const commands = new TabCommands({ annotator, hover, host, settings: () => settings, timers, stopped: () => stopped });

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
    commands.applied();
  };

  const scan = (url: string) => {
    if (stopped) return;
    navigation.reading(url);
    changes.discard();
    void annotator.scanPage(url);
  };
  const navigation = new Navigation({
    timers,
    signal,
    resend: () => annotator.resend(),
    newPage: (url) => {
      hover.hide();
      scan(url);
    },
  });

  let unwatch = () => {};
  /** `siteOff`: the reader turned the site off, and the worker should no longer list this page's figures. */
  const stop = (siteOff = false) => {
    if (stopped) return;
    stopped = true;
    session.abort();
    unwatch();
    if (!options.settings) live.stop();
    browser.runtime.onMessage.removeListener(commands.onMessage);
    changes.stop();
    hover.setEnabled(false);
    annotator.stop({ withdraw: siteOff });
    card.remove();
    looks.clear();
    options.onStop();
  };

  /** The settings say this site runs: paint, listen, follow the settings and the app's navigation. */
  const begin = () => {
    browser.runtime.onMessage.addListener(commands.onMessage);
    unwatch = live.listen((changed) => {
      settings = changed;
      if (!options.manual() && !runsOn(settings, host)) return stop(true);
      if (highlightsOn(settings, host) !== annotator.highlightsOn) applyHighlights(!annotator.highlightsOn);
      else applyLooks();
    });
    navigation.start();
    hover.start();
    applyHighlights(highlightsOn(settings, host));
  };

  // Not lifetime.onEnd: its listener would outlive a session the reader turned off, and keep it (its figures, its index) alive.
  lifetime.signal.addEventListener('abort', () => stop(), { signal });
  changes.watch(document);
  scan(location.href);
}
