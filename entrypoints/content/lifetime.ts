/**
 * The content script's life, known in its isolated world only.
 *
 * WXT's ContentScriptContext announces each start to the page
 * (`window.postMessage` and a document event named
 * `<extension-id>:content:wxt:content-script-started`, which leaks our id) and
 * stops when it sees that event with another id: any page could switch
 * FigureLens off for good by dispatching it. We never create one (wxt.config.ts
 * points WXT's entry at entrypoints/content/inert-wxt-context.ts) and keep our own here.
 *
 * A newer script of ours in the same frame (injected by "Annotate this page",
 * or started after the extension was updated) shares this isolated world:
 * it finds the older one in a slot on the isolated world's global, which page
 * scripts cannot reach, and ends it. An older script whose extension went away
 * finds out the way WXT does, from `runtime.id` being gone.
 */
import { browser } from 'wxt/browser';

const SLOT = '__figurelens_lifetime__';

export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once ended, or once the extension that started it is gone (updated, reloaded, removed). */
  get isValid(): boolean {
    if (!this.controller.signal.aborted && browser.runtime?.id == null) this.end();
    return !this.controller.signal.aborted;
  }

  /** Calls `listener` when the life ends; returns the way to stop listening. */
  onEnd(listener: () => void): () => void {
    this.controller.signal.addEventListener('abort', listener, { once: true });
    return () => this.controller.signal.removeEventListener('abort', listener);
  }

  end(): void {
    this.controller.abort();
  }
}

/** A new life for this script; the one before it in this isolated world, if any, ends. */
export function claimLifetime(scope: object = globalThis): Lifetime {
  const slot = scope as Record<string, Lifetime | undefined>;
  const previous = slot[SLOT];
  const lifetime = new Lifetime();
  slot[SLOT] = lifetime;
  lifetime.onEnd(() => {
    if (slot[SLOT] === lifetime) delete slot[SLOT];
  });
  try {
    previous?.end();
  } catch {
    // An older script's object from an extension that is gone: nothing left of it to stop.
  }
  return lifetime;
}
