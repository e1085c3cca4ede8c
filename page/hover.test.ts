// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localEngine } from '@/lib/page-engine/reads';
import type { Paint, Painter } from './painter';
import { Annotator } from './annotator';
import type { CardHost } from './card-host';
import type { Placed } from './figure-index';
import { Hover } from './hover';

class NoPainter implements Painter {
  readonly touchesDom = false;
  paint(figures: readonly { range: Range }[]): Paint[] {
    return figures.map((f) => f.range);
  }
  erase(): void {}
  eraseAll(): void {}
  focus(): void {}
  nodesOf(): Text[] {
    return [];
  }
}

/** A card that only remembers what it was asked to show. */
function fakeCard() {
  const card = {
    current: null as Placed | null,
    trigger: null as string | null,
    show: vi.fn(async (placed: Placed, trigger: string) => {
      card.current = placed;
      card.trigger = trigger;
    }),
    hide: () => {
      card.current = null;
      card.trigger = null;
    },
    contains: () => false,
    move: () => undefined,
  };
  return card;
}

let session = new AbortController();
afterEach(() => {
  session.abort();
  session = new AbortController();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

async function hovering(html: string) {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  const painter = new NoPainter();
  const annotator = new Annotator({ doc: document, painter, highlights: true, send: async () => undefined, engine: localEngine() });
  await annotator.scanPage();
  await annotator.idle();
  const card = fakeCard();
  const signal = session.signal;
  const hover = new Hover({
    win: window,
    annotator,
    painter,
    card: card as unknown as CardHost,
    shadowRoots: () => [],
    listen: (target, type, handler, options) => target.addEventListener(type, handler as EventListener, { ...options, signal }),
    timers: { set: (run, ms) => window.setTimeout(run, ms), clear: (id) => window.clearTimeout(id) },
  });
  hover.start();
  return { card, annotator };
}

const ARTICLE = `<main id="main" tabindex="-1"><article>
  <p>Trade exceeded <a id="link" href="#trade">9 trillion</a> yuan last year, up 5 percent.</p>
  <p>${'Analysts said the outlook depends on external demand and the property market. '.repeat(5)}</p>
</article></main>`;

describe('focus shows a card only for a small element that holds a figure', () => {
  it('a link inside a figure, reached with the keyboard: that figure’s card', async () => {
    const { card } = await hovering(ARTICLE);
    document.getElementById('link')!.focus();
    expect(card.show).toHaveBeenCalledTimes(1);
    expect(card.current?.figure.text).toBe('9 trillion yuan');
    expect(card.trigger).toBe('keyboard');
  });

  it('a focusable wrapper around the article (a router’s focus target): no card', async () => {
    const { card } = await hovering(ARTICLE);
    document.getElementById('main')!.focus();
    expect(card.show).not.toHaveBeenCalled();
  });

  it('focus that came with a click (not :focus-visible): no card', async () => {
    const { card } = await hovering(ARTICLE);
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      return selector === ':focus-visible' ? false : matches.call(this, selector);
    });
    document.getElementById('link')!.focus();
    expect(card.show).not.toHaveBeenCalled();
  });
});
