import './style.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runsOn } from '@/lib/settings';
import { DEFAULT_MATCHES } from '@/lib/sites';
import { PRESENCE_KEY, type Presence } from '@/utils/annotate';
import { mark, MARK_IDLE, startPageSession } from './page-session';
import { documentIdle, pageShown } from './document-idle';
import { liveSettings } from './live-settings';

/**
 * Runs on the default news sites (this manifest entry), on the reader's own
 * sites (registered at runtime by the background) and on any page the reader
 * asks for (injected by "Annotate this page"). On a site the reader turned
 * off it lets go as soon as their settings are read, before the page is read
 * at all: nothing painted, sent or listened to, and "Annotate this page"
 * from then on starts a script that runs.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  // Started early only to read the settings while the page loads; the page is read at document idle.
  runAt: 'document_start',
  main(ctx) {
    try {
      start(ctx);
    } catch (error) {
      console.debug('FigureLens: could not start', error);
    }
  },
});

export function start(ctx: ContentScriptContext): void {
  const scope = globalThis as unknown as Record<string, Presence | undefined>;
  let running = true;
  // Present from the start, so "Annotate this page" during the page's load does not inject a second
  // script; it marks this one as asked for instead (utils/annotate.ts). An injected script finds the mark
  // its probe left.
  const presence: Presence = { manual: scope[PRESENCE_KEY]?.manual === true, alive: () => running && ctx.isValid };
  scope[PRESENCE_KEY] = presence;
  const manual = () => presence.manual === true;
  const settings = liveSettings();
  const release = () => {
    running = false;
    settings.stop();
    if (scope[PRESENCE_KEY] === presence) delete scope[PRESENCE_KEY];
  };
  ctx.onInvalidated(release);
  // A site the reader turned off lets go now, not at document idle: the reader may click "Annotate this
  // page" while the page loads, and that should find no live script and start one that runs.
  settings.ready.then(() => {
    if (running && !manual() && !runsOn(settings.current(), location.hostname)) release();
  }, release);
  void Promise.all([documentIdle(), pageShown()]).then(() => {
    if (!running || !ctx.isValid) return;
    mark(MARK_IDLE);
    try {
      startPageSession(ctx, { manual, settings, onStop: release });
    } catch (error) {
      release();
      console.debug('FigureLens: could not start', error);
    }
  });
}
