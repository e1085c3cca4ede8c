import './style.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runsOn } from '@/lib/settings';
import { DEFAULT_MATCHES } from '@/lib/sites';
import { PRESENCE_KEY, type Presence } from '@/utils/annotate';
import { loadSettings } from '@/utils/settings';
import { mark, MARK_IDLE, startPageSession } from './page-session';

/**
 * Runs on the default news sites (this manifest entry), on the reader's own
 * sites (registered at runtime by the background) and on any page the reader
 * asks for (injected by "Annotate this page"). It checks the reader's
 * settings first and does nothing on a site they turned off.
 */
export default defineContentScript({
  matches: DEFAULT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    mark(MARK_IDLE);
    start(ctx).catch((error: unknown) => console.debug('FigureLens: could not start', error));
  },
});

async function start(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as unknown as Record<string, Presence | undefined>;
  const manual = scope[PRESENCE_KEY]?.manual === true;
  let running = true;
  const presence: Presence = { manual, alive: () => running && ctx.isValid };
  scope[PRESENCE_KEY] = presence;
  const release = () => {
    running = false;
    if (scope[PRESENCE_KEY] === presence) delete scope[PRESENCE_KEY];
  };

  const settings = await loadSettings();
  if (ctx.isInvalid || (!manual && !runsOn(settings, location.hostname))) return release();
  startPageSession(ctx, settings, { manual, onStop: release });
}
