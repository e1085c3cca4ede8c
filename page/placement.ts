/**
 * Where the hover card goes: under the figure if it fits, else above, never
 * off screen (clamped to the viewport with a margin), left edges aligned.
 */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Rect, card: Size, viewport: Size): Placement {
  const roomBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - card.height;
  return {
    left: clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN),
    top: clamp(top, MARGIN, viewport.height - card.height - MARGIN),
    side,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

/** Whether a rectangle is at least partly inside the viewport. */
export function onScreen(rect: Rect, viewport: Size): boolean {
  return rect.bottom > 0 && rect.top < viewport.height && rect.right > 0 && rect.left < viewport.width;
}
