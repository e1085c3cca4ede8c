/**
 * For DOM tests: give `target` the children that `html` describes, parsed
 * inert by DOMParser (no script runs, nothing loads) — the way a page's own
 * markup arrives, without an HTML-injection sink in the test code.
 */
export function fill(target: Element | ShadowRoot | DocumentFragment, html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const whole = target.ownerDocument?.documentElement === target;
  const from = whole ? parsed.documentElement : parsed.body;
  target.replaceChildren(...Array.from(from.childNodes));
}
