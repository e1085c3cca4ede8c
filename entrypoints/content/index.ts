import './style.css';
import { DEFAULT_MATCHES } from '@/lib/sites';
import { startContentScript } from './start';

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
  // WXT's context is inert in our build (wxt.config.ts): the script's life is its own (lifetime.ts).
  main() {
    try {
      startContentScript();
    } catch (error) {
      console.debug('FigureLens: could not start', error);
    }
  },
});
