/**
 * FigureLens on one page, wired together: the annotator, the page watcher,
 * the painter and the reader's looks, the hover card, the extension's
 * messages, the reader's settings and SPA navigation. Everything it starts it
 * stops when the content script's context goes (extension updated, script
 * replaced) or the reader turns the site off.
 */
import type { ContentMessage, FigureGetReply } from '@/lib/messages';
import type { EngineDateReply, EngineMessage, EngineReadReply, PageEngine } from '@/lib/page-engine/protocol';
import { DEFAULT_SETTINGS, highlightsOn, runsOn } from '@/lib/settings';
import { AdoptedLooks, looksCss, sameLooks } from '@/page/looks';
import { createPainter } from '@/page/painter';
import { i18nFrom } from '@/utils/i18n-from';
import { Annotator } from '@/page/annotator';
import { CardHost } from '@/page/card-host';
import type { CardUi } from '@/page/card-ui';
import type { ContentKit } from './kit';
import { Hover, type HoverDeps } from '@/page/hover';
import type { Lifetime } from './lifetime';
import type { LiveSettings } from './live-settings';
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

/** What goes to the worker; a worker restarting or an extension reloaded answers nothing, and the page keeps its highlights. */
function sender(kit: ContentKit): (message: ContentMessage | EngineMessage) => Promise<unknown> {
  return async (message) => {
    try {
      return await kit.browser.runtime.sendMessage(message);
    } catch {
      return undefined;
    }
  };
}

/** The engine is the worker's (lib/page-engine): no detection code or work in the page. */
function workerEngine(send: ReturnType<typeof sender>): PageEngine {
  return {
    read: async (message) => (await send({ type: 'engine:read', ...message })) as EngineReadReply,
    date: async (candidates) => ((await send({ type: 'engine:date', candidates })) as EngineDateReply | undefined)?.date ?? null,
  };
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
  /** The reader's settings, read and watched since the script started. */
  settings: LiveSettings;
  /** The extension API and what else the document_start script already has. */
  kit: ContentKit;
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
  new PageSession(lifetime, options).start();
}

/**
 * One page's session. The parts call each other through the session (a page
 * change reaches the annotator, a gone figure the hover): the constructor makes
 * them in the order they depend on each other, and the callbacks run later.
 */
class PageSession {
  private settings = DEFAULT_SETTINGS;
  private stopped = false;
  private unwatch = () => {};
  /** Everything the session listens to or waits for ends with it: stop() aborts this. */
  private readonly session = new AbortController();
  private readonly host = location.hostname;
  private readonly live: LiveSettings;
  private readonly painter = createPainter(window);
  private readonly looks = new AdoptedLooks(document);
  private readonly timers: ReturnType<typeof sessionTimers>;
  private readonly changes: PageChanges;
  private readonly annotator: Annotator;
  private readonly card: CardHost;
  private readonly hover: Hover;
  private readonly commands: TabCommands;
  private readonly navigation: Navigation;

  constructor(
    private readonly lifetime: Lifetime,
    private readonly options: SessionOptions,
  ) {
    const { signal } = this.session;
    this.live = options.settings;
    const { kit } = options;
    const send = sender(kit);
    this.timers = sessionTimers(signal);
    const timers = this.timers;
    this.changes = new PageChanges((batch) => void this.annotator.changed(batch), timers.set);
    this.annotator = new Annotator({
      doc: document,
      painter: this.painter,
      send,
      engine: workerEngine(send),
      ready: this.settingsRead(),
      highlights: false,
      hidden: hiddenByCss,
      onShadowRoot: (root) => this.changes.watch(root),
      quietly: (change) => this.changes.quietly(change),
      onGone: (gone) => this.hover.forget(gone),
      onScanned: (figures) => mark(MARK_HIGHLIGHTED, { figures }),
      setTimeout: timers.set,
    });
    const annotator = this.annotator;
    this.card = new CardHost({
      i18n: () => i18nFrom(kit.browser.i18n, this.settings),
      detail: async (id) => ((await send({ type: 'figure:get', url: annotator.pageUrl, id })) as FigureGetReply | undefined)?.figure ?? null,
      ui: options.cardUi ?? (() => kit.loadChunk<CardUi>('card')),
    });
    const shadowRoots = () => this.changes.shadowRoots();
    this.hover = new Hover({ win: window, annotator, painter: this.painter, card: this.card, shadowRoots, listen: trustedListen(signal), timers });
    this.commands = new TabCommands({
      annotator,
      hover: this.hover,
      host: this.host,
      settings: () => this.settings,
      timers,
      stopped: () => this.stopped,
      extensionId: kit.browser.runtime.id,
      writeHighlights: (site, on) => send({ type: 'settings:highlights', site, on }),
    });
    this.navigation = new Navigation({
      timers,
      signal,
      resend: () => annotator.resend(),
      newPage: (url) => {
        this.hover.hide();
        this.scan(url);
      },
    });
  }

  start(): void {
    // Not lifetime.onEnd: its listener would outlive a session the reader turned off, and keep it (its figures, its index) alive.
    this.lifetime.signal.addEventListener('abort', () => this.stop(), { signal: this.session.signal });
    this.changes.watch(document);
    this.scan(location.href);
  }

  /** Resolves true once the settings say this site runs (and the session began), false when it stopped instead. */
  private settingsRead(): Promise<boolean> {
    return this.live.ready.then(
      () => {
        // The newest: the reader may have changed them since the first read came back.
        this.settings = this.live.current();
        if (this.stopped) return false;
        if (!this.runsHere()) {
          this.stop();
          return false;
        }
        this.begin();
        return true;
      },
      () => {
        this.stop();
        return false;
      },
    );
  }

  private runsHere(): boolean {
    return this.options.manual() || runsOn(this.settings, this.host);
  }

  /** The settings say this site runs: paint, listen, follow the settings and the app's navigation. */
  private begin(): void {
    this.options.kit.browser.runtime.onMessage.addListener(this.commands.onMessage);
    this.unwatch = this.live.listen((changed) => {
      this.settings = changed;
      if (!this.runsHere()) return this.stop(true);
      const on = highlightsOn(this.settings, this.host);
      if (on !== this.annotator.highlightsOn) this.applyHighlights(on);
      else this.applyLooks();
    });
    this.navigation.start();
    this.hover.start();
    this.applyHighlights(highlightsOn(this.settings, this.host));
  }

  private scan(url: string): void {
    if (this.stopped) return;
    this.navigation.reading(url);
    this.changes.discard();
    void this.annotator.scanPage(url);
  }

  private applyLooks(): void {
    if (!this.annotator.highlightsOn || sameLooks(this.settings.looks, DEFAULT_SETTINGS.looks)) this.looks.clear();
    else this.looks.set(looksCss(this.settings.looks));
  }

  /** Highlights follow the reader's settings, and only them: the popup's switch and the keyboard command write the settings. */
  private applyHighlights(on: boolean): void {
    if (this.stopped) return;
    this.annotator.setHighlights(on);
    this.hover.setEnabled(on);
    if (!on) this.card.remove();
    this.applyLooks();
    this.commands.applied();
  }

  /** `siteOff`: the reader turned the site off, and the worker should no longer list this page's figures. */
  private stop(siteOff = false): void {
    if (this.stopped) return;
    this.stopped = true;
    this.session.abort();
    this.unwatch();
    this.options.kit.browser.runtime.onMessage.removeListener(this.commands.onMessage);
    this.changes.stop();
    this.hover.setEnabled(false);
    this.annotator.stop({ withdraw: siteOff });
    this.card.remove();
    this.looks.clear();
    this.options.onStop();
  }
}
