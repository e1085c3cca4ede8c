/**
 * SPA navigation and the back/forward cache, as the page's own URL tells it.
 *
 * An event that says the URL may have changed only says "look again": the
 * page is read as a new one if, a moment later, its own URL names another
 * article than the one read. Where the URL went elsewhere and came back (an
 * app's redirect bounce), the worker dropped the page when the tab's URL
 * changed: it gets the page again.
 *
 * The Navigation API's currententrychange: the document's own URL changed
 * (pushState, replaceState, Back within the app), after the fact, and only
 * then. Where that API is missing, the URL is looked at once a second and on
 * Back and Forward. A page can dispatch any of these events itself: only the
 * browser's own count.
 */
import type { SessionTimers } from './session-timers';
import { trusted } from './trusted';

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** How long after the app's navigation the page is read: the navigate event comes before the app renders the new route. */
const NAVIGATION_SETTLE_MS = 50;
/** Where the Navigation API is missing: how often the URL is looked at (as WXT's own watcher did). */
const URL_POLL_MS = 1000;

export interface NavigationDeps {
  timers: SessionTimers;
  /** Ends every listener. */
  signal: AbortSignal;
  /** The worker forgot the page: send it again. */
  resend: () => void;
  /** The URL names another article: read the page as a new one there. */
  newPage: (url: string) => void;
}

export class Navigation {
  /** The URL the page was last read as. */
  private readUrl = location.href;
  /** The URL named another article since the page was read. */
  private wentAway = false;
  private seenUrl = location.href;
  private timer = 0;

  constructor(private readonly deps: NavigationDeps) {}

  /** The page is being read as `url`. */
  reading(url: string): void {
    this.readUrl = url;
    this.wentAway = false;
  }

  /** Follows the app's navigation and the back/forward cache from now on. */
  start(): void {
    const { signal, timers } = this.deps;
    const navigationApi = (window as Window & { navigation?: EventTarget }).navigation;
    if (typeof navigationApi?.addEventListener === 'function') navigationApi.addEventListener('currententrychange', trusted(() => this.lookAgain()), { signal });
    else {
      window.addEventListener('popstate', trusted(() => this.pollUrl()), { signal });
      timers.set(() => this.pollUrl(), URL_POLL_MS);
    }
    // Back or Forward restored the page from the back/forward cache: the worker forgot it when the tab left.
    const onPageShow = trusted((event: PageTransitionEvent) => {
      if (event.persisted) this.deps.resend();
    });
    window.addEventListener('pageshow', onPageShow, { signal });
  }

  private lookAgain(): void {
    const { timers } = this.deps;
    if (withoutHash(location.href) !== withoutHash(this.readUrl)) this.wentAway = true;
    timers.clear(this.timer);
    this.timer = timers.set(() => {
      // A jump to an anchor in the same article is not a new page.
      if (withoutHash(location.href) === withoutHash(this.readUrl)) {
        if (this.wentAway) this.deps.resend();
        this.wentAway = false;
        return;
      }
      this.deps.newPage(location.href);
    }, NAVIGATION_SETTLE_MS);
  }

  private pollUrl(): void {
    if (location.href !== this.seenUrl) {
      this.seenUrl = location.href;
      this.lookAgain();
    }
    this.deps.timers.set(() => this.pollUrl(), URL_POLL_MS);
  }
}
