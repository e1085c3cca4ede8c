/**
 * The card itself, in the chunk loaded on the first hover (utils/content-chunks.ts):
 * Preact, the HoverCard component and its styles. The host, its closed root
 * and the card's position stay in the engine (card-host.ts), which hands
 * this module the live region to draw into.
 */
import { render } from 'preact';
import type { Figure } from '@/lib/figure';
import { HoverCard } from '@/components/HoverCard';
import { I18nProvider, type I18n } from '@/components/i18n';
import cardCss from '@/components/HoverCard.css?inline';

export interface CardUi {
  /** The card's stylesheet, put inside the closed root. */
  css: string;
  /** Draws the figure (with the worker's meaning once it came: `detail`) into `live`. */
  draw(live: HTMLElement, figure: Figure, detail: Figure | null | undefined, i18n: I18n): void;
  clear(live: HTMLElement): void;
}

export const cardUi: CardUi = {
  css: cardCss,
  draw: (live, figure, detail, i18n) =>
    render(
      <I18nProvider value={i18n}>
        {/* Today's date, so a conversion at a daily rate over 30 days old says so. */}
        <HoverCard figure={figure} detail={detail} today={new Date().toISOString().slice(0, 10)} />
      </I18nProvider>,
      live,
    ),
  clear: (live) => render(null, live),
};
