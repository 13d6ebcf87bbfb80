/** Where the task popup goes: beside the point clicked, flipped and clamped to stay on screen. */
export type Point = { x: number; y: number };
export type Size = { width: number; height: number };

const GAP = 12;
const MARGIN = 8;

export function placePopup(anchor: Point, popup: Size, viewport: Size): Point {
  let x = anchor.x + GAP;
  if (x + popup.width > viewport.width - MARGIN) x = anchor.x - GAP - popup.width;
  let y = anchor.y - 24;
  if (y + popup.height > viewport.height - MARGIN) y = viewport.height - MARGIN - popup.height;
  return {
    x: Math.max(MARGIN, Math.min(x, viewport.width - MARGIN - popup.width)),
    y: Math.max(MARGIN, y),
  };
}
