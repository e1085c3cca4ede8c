/** Listeners for the page's events that never throw into the page; those that cause work count only the browser's own events. */

/** A listener for events that cause work: it ignores what a page script dispatched, and never throws into the page. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
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
