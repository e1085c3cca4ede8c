import './style.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_MATCHES } from '@/lib/sites';
import { PRESENCE_KEY, type Presence } from '@/utils/annotate';
import { readSettingsOnce } from '@/utils/settings';
import { mark, MARK_IDLE, startPageSession } from './page-session';
import { documentIdle } from './document-idle';

/**
 * Runs on the default news sites (this manifest entry), on the reader's own
 * sites (registered at runtime by the background) and on any page the reader
 * asks for (injected by "Annotate this page"). On a site the reader turned
 * off it stops as soon as their settings are read, having painted, sent and
 * listened to nothing (it reads at most one slice of the page meanwhile).
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

function start(ctx: ContentScriptContext): void {
  const scope = globalThis as unknown as Record<string, Presence | undefined>;
  const manual = scope[PRESENCE_KEY]?.manual === true;
  let running = true;
  // Present from the start, so "Annotate this page" during the page's load does not inject a second script.
  const presence: Presence = { manual, alive: () => running && ctx.isValid };
  scope[PRESENCE_KEY] = presence;
  const release = () => {
    running = false;
    if (scope[PRESENCE_KEY] === presence) delete scope[PRESENCE_KEY];
  };
  const settings = readSettingsOnce();
  settings.catch(() => undefined);
  void documentIdle().then(() => {
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
