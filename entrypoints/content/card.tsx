/**
 * The hover card's host: a closed shadow root (WXT's createShadowRootUi), so
 * page CSS cannot touch the card, ours cannot leak, and page scripts cannot
 * read what it says (the reader's currency, say). It is created the first
 * time a card is shown and removed when highlights go off.
 *
 * The host hangs off <html>, after <body>: the page's body.innerText stays
 * the same even while a card is open, and a fixed, zero-sized host takes no
 * room in the layout.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Figure } from '@/lib/figure';
import { HoverCard } from '@/components/HoverCard';
import { I18nProvider, type I18n } from '@/components/i18n';
import cardCss from '@/components/HoverCard.css?inline';
import { CARD_TAG } from '@/dom/scope';
import type { Placed } from './figure-index';
import { placeCard, type Rect } from './placement';

/** How the card came up: a pointer over the figure, or the keyboard (a command, or focus). */
export type CardTrigger = 'pointer' | 'keyboard';

export interface CardDeps {
  ctx: ContentScriptContext;
  i18n: () => I18n;
  /** The worker's normalized copy of a figure. */
  detail: (id: string) => Promise<Figure | null>;
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

export class CardHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<ShadowRootContentScriptUi<HTMLElement> | null> | null = null;
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
    const ui = await this.mount();
    if (!ui || token !== this.token) return;
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
    if (this.ui) render(null, this.ui.mounted!);
  }

  /** Takes the host out of the page (highlights off, script stopped). */
  remove(): void {
    this.hide();
    this.ui?.remove();
    this.ui = null;
    this.mounting = null;
  }

  /** Whether an event happened inside the card (the pointer moving onto it keeps it open). */
  contains(event: Event): boolean {
    return this.ui !== null && event.composedPath().includes(this.ui.shadowHost);
  }

  private mount(): Promise<ShadowRootContentScriptUi<HTMLElement> | null> {
    if (this.ui) return Promise.resolve(this.ui);
    this.mounting ??= createShadowRootUi(this.deps.ctx, {
      name: CARD_TAG,
      mode: 'closed',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: cardCss,
      onMount: (container) => {
        const live = document.createElement('div');
        live.className = 'live';
        // Announced when it changes, for the reader who stepped here with the keyboard.
        live.setAttribute('aria-live', 'polite');
        container.append(live);
        return live;
      },
    }).then(
      (ui) => {
        ui.mount();
        this.ui = ui;
        return ui;
      },
      () => null,
    );
    return this.mounting;
  }

  private draw(figure: Figure, detail: Figure | null | undefined, anchor: () => Rect): void {
    const live = this.ui?.mounted;
    if (!live) return;
    render(
      <I18nProvider value={this.deps.i18n()}>
        <HoverCard figure={figure} detail={detail} today={new Date().toISOString().slice(0, 10)} />
      </I18nProvider>,
      live,
    );
    const card = this.cardElement();
    if (card) this.position(card, anchor());
  }

  private cardElement(): HTMLElement | null {
    return (this.ui?.mounted?.firstElementChild as HTMLElement | null) ?? null;
  }

  private position(card: HTMLElement, anchor: Rect): void {
    const size = card.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    card.style.left = `${Math.round(at.left)}px`;
    card.style.top = `${Math.round(at.top)}px`;
    card.dataset.side = at.side;
  }
}
