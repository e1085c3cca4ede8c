import { describe, expect, it } from 'vitest';
import { onScreen, placeCard } from './placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 150 };
const at = (left: number, top: number, width = 80, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placing the card near its figure, on screen', () => {
  it('goes under the figure when it fits, left edges aligned', () => {
    expect(placeCard(at(100, 200), card, viewport)).toEqual({ left: 100, top: 226, side: 'below' });
  });

  it('goes above a figure near the bottom of the viewport', () => {
    expect(placeCard(at(100, 700), card, viewport)).toEqual({ left: 100, top: 544, side: 'above' });
  });

  it('never leaves the viewport on the right or left', () => {
    expect(placeCard(at(900, 100), card, viewport).left).toBe(692);
    expect(placeCard(at(-50, 100), card, viewport).left).toBe(8);
  });

  it('in a viewport too small for it, keeps the top-left corner on screen', () => {
    expect(placeCard(at(10, 40), { width: 400, height: 300 }, { width: 320, height: 200 })).toMatchObject({ left: 8, top: 8 });
  });

  it('knows when a figure has scrolled away', () => {
    expect(onScreen(at(100, 200), viewport)).toBe(true);
    expect(onScreen(at(100, -40), viewport)).toBe(false);
    expect(onScreen(at(100, 800), viewport)).toBe(false);
  });
});
