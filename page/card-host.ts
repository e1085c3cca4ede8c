/**
 * The hover card's host: a closed shadow root, so page CSS cannot touch the
 * card, ours cannot leak, and page scripts cannot read what it says (the
 * reader's currency, say). It is created the first time a card is shown and
 * removed when highlights go off.
 *
 * The host is a built-in `div`: a custom element name can be defined by the
 * page first (`customElements.define('figurelens-card', …)`), and then our
 * `createElement` runs the page's constructor, whose `attachInternals()`
 * hands it the closed root. A built-in cannot be redefined, so creating it
 * runs no page code. The page can see that the host exists (and that it is a
 * `div` with `data-figurelens-card`); it cannot see into it. We know our host
 * by identity (`markOwnUi`), never by a name the page could copy.
 *
 * The host hangs off <html>, after <body>: the page's body.innerText stays
 * the same even while a card is open, and a fixed, zero-sized host takes no
 * room in the layout.
 *
 * What draws the card (Preact, the component, its styles) is a chunk of its
 * own (card-ui.tsx), loaded on the first card: a page nobody hovers never
 * compiles it.
 */
import type { Figure } from '@/lib/figure';
import type { I18n } from '@/components/i18n';
import { CARD_HOST_ATTRIBUTE, markOwnUi } from './scope';
import type { CardUi } from './card-ui';
import type { Placed } from './figure-index';
import { placeCard, type Rect } from './placement';

/** How the card came up: a pointer over the figure, or the keyboard (a command, or focus). */
export type CardTrigger = 'pointer' | 'keyboard';

export interface CardDeps {
  i18n: () => I18n;
  /** The worker's normalized copy of a figure. */
  detail: (id: string) => Promise<Figure | null>;
  /** The card's drawing code, loaded the first time it is asked for. */
  ui: () => Promise<CardUi>;
}

/**
 * Whether the worker's answer is about the figure on the page: an id can
 * name another figure by the time the answer comes (a read of the page
 * again, a paragraph that changed, an answer for the page before), and a
 * card must never show another figure's meaning.
 */
export function sameFigure(detail: Figure | null, figure: Figure): detail is Figure {
  return detail !== null && detail.text === figure.text && detail.start === figure.start;
}

interface Mounted {
  host: HTMLElement;
  ui: CardUi;
  /** The live region the card renders into. */
  live: HTMLElement;
}

/** A closed root on a built-in host, its styles inside it, appended after <body>. */
function mountHost(doc: Document, cardCss: string): Omit<Mounted, 'ui'> {
  const host = doc.createElement('div');
  host.setAttribute(CARD_HOST_ATTRIBUTE, '');
  markOwnUi(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const live = doc.createElement('div');
  live.className = 'live';
  // Announced when it changes, for the reader who stepped here with the keyboard.
  live.setAttribute('aria-live', 'polite');
  root.append(style, live);
  doc.documentElement.append(host);
  return { host, live };
}

export class CardHost {
  private ui: Mounted | null = null;
  private shown: { placed: Placed; trigger: CardTrigger } | null = null;
  /** Bumped on every show and hide: an answer that comes back late for an older card is dropped. */
  private token = 0;

  constructor(private readonly deps: CardDeps) {}

  get current(): Placed | null {
    return this.shown?.placed ?? null;
  }

  get trigger(): CardTrigger | null {
    return this.shown?.trigger ?? null;
  }

  /** `anchor` is asked each time the card is drawn: the page may scroll while the worker answers. */
  async show(placed: Placed, trigger: CardTrigger, anchor: () => Rect): Promise<void> {
    const token = ++this.token;
    this.shown = { placed, trigger };
    if (!this.ui) {
      let ui: CardUi;
      try {
        ui = await this.deps.ui();
      } catch {
        return;
      }
      // Hidden or replaced while the chunk loaded; the host is made by whichever show is current.
      if (token !== this.token) return;
      this.ui ??= { ...mountHost(document, ui.css), ui };
    }
    this.draw(placed.figure, undefined, anchor);
    let detail: Figure | null = null;
    try {
      detail = await this.deps.detail(placed.figure.id);
    } catch {
      // The worker restarted or the extension was updated: the card shows what the page gave.
    }
    if (token !== this.token) return;
    this.draw(placed.figure, sameFigure(detail, placed.figure) ? detail : null, anchor);
  }

  /** Follows the figure when the page scrolls or resizes. */
  move(anchor: Rect): void {
    const card = this.cardElement();
    if (card) this.position(card, anchor);
  }

  hide(): void {
    this.token++;
    this.shown = null;
    if (this.ui) this.ui.ui.clear(this.ui.live);
  }

  /** Takes the host out of the page (highlights off, script stopped). */
  remove(): void {
    this.hide();
    this.ui?.host.remove();
    this.ui = null;
  }

  /** Whether an event happened inside the card (the pointer moving onto it keeps it open). */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.host);
  }

  private draw(figure: Figure, detail: Figure | null | undefined, anchor: () => Rect): void {
    if (!this.ui) return;
    this.ui.ui.draw(this.ui.live, figure, detail, this.deps.i18n());
    const card = this.cardElement();
    if (card) this.position(card, anchor());
  }

  private cardElement(): HTMLElement | null {
    return (this.ui?.live.firstElementChild as HTMLElement | null) ?? null;
  }

  private position(card: HTMLElement, anchor: Rect): void {
    const size = card.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${Math.round(at.left)}px`;
    card.style.top = `${Math.round(at.top)}px`;
    card.dataset.side = at.side;
  }
}
