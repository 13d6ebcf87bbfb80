import { describe, expect, it } from 'vitest';
import { placePopup } from './popup-position';

const viewport = { width: 1440, height: 900 };
const size = { width: 420, height: 360 };

describe('placePopup', () => {
  it('opens to the right of the click', () => {
    expect(placePopup({ x: 300, y: 300 }, size, viewport)).toEqual({ x: 312, y: 276 });
  });

  it('flips to the left near the right edge', () => {
    expect(placePopup({ x: 1300, y: 300 }, size, viewport)).toEqual({ x: 868, y: 276 });
  });

  it('moves up near the bottom and never leaves the screen', () => {
    expect(placePopup({ x: 300, y: 850 }, size, viewport)).toEqual({ x: 312, y: 532 });
    expect(placePopup({ x: 10, y: 0 }, { width: 2000, height: 2000 }, viewport)).toEqual({ x: 8, y: 8 });
  });
});
