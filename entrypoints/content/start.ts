/**
 * The content script from document_start to its session: it says it is here
 * (so "Annotate this page" does not start a second one), reads and watches the
 * reader's settings while the page loads, and at document idle, once the
 * reader can see the page, loads the engine (utils/content-chunks.ts) and
 * starts the session. A site the reader turned off lets go as soon as the
 * settings say so, and never loads the engine.
 */
import { runsOn } from '@/lib/settings';
import { PRESENCE_KEY, type Presence } from '@/utils/annotate';
import { documentIdle, pageShown } from './document-idle';
import { claimLifetime } from './lifetime';
import { liveSettings } from './live-settings';
import { loadChunk } from './chunks';
import { contentKit } from './kit';
import { mark, MARK_IDLE } from './marks';
import type { startPageSession } from './page-session';

/** What the engine's chunk exports (entrypoints/content-engine.ts). */
export interface Engine {
  startPageSession: typeof startPageSession;
}

/** `engine`: the in-page engine, by default the chunk the worker injects at document idle. */
export function startContentScript(engine: () => Promise<Engine> = () => loadChunk<Engine>('engine')): void {
  const lifetime = claimLifetime();
  const scope = globalThis as unknown as Record<string, Presence | undefined>;
  let running = true;
  // Present from the start, so "Annotate this page" during the page's load does not inject a second
  // script; it marks this one as asked for instead (utils/annotate.ts). An injected script finds the mark
  // its probe left.
  const presence: Presence = { manual: scope[PRESENCE_KEY]?.manual === true, alive: () => running && lifetime.isValid };
  scope[PRESENCE_KEY] = presence;
  const manual = () => presence.manual === true;
  const settings = liveSettings();
  const release = () => {
    running = false;
    settings.stop();
    if (scope[PRESENCE_KEY] === presence) delete scope[PRESENCE_KEY];
  };
  lifetime.onEnd(release);
  // A site the reader turned off lets go now, not at document idle: the reader may click "Annotate this
  // page" while the page loads, and that should find no live script and start one that runs.
  settings.ready.then(() => {
    if (running && !manual() && !runsOn(settings.current(), location.hostname)) release();
  }, release);
  // The session waits for the settings too, so a site turned off is never read, however slow storage is.
  // The engine is loaded only then: a site turned off never compiles it.
  void Promise.all([documentIdle(), pageShown(), settings.ready.catch(() => undefined)])
    .then(() => {
      if (!running || !lifetime.isValid) return undefined;
      mark(MARK_IDLE);
      return engine();
    })
    .then(
      (loaded) => {
        if (!loaded || !running || !lifetime.isValid) return;
        try {
          loaded.startPageSession(lifetime, { manual, settings, kit: contentKit(), onStop: release });
        } catch (error) {
          release();
          console.debug('FigureLens: could not start', error);
        }
      },
      (error: unknown) => {
        release();
        console.debug('FigureLens: could not start', error);
      },
    );
}
