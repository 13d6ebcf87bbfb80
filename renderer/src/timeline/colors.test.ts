import { describe, expect, it } from 'vitest';
import { DARK_TEXT, LIGHT_TEXT, contrastRatio, darken, lighten, readableTextOn } from './colors';

describe('colors', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });

  it('picks white text on dark blue and dark text on light amber', () => {
    expect(readableTextOn('#0072b2')).toBe(LIGHT_TEXT);
    expect(readableTextOn('#e69f00')).toBe(DARK_TEXT);
  });

  it('darkens and lightens', () => {
    expect(darken('#808080', 0.5)).toBe('#404040');
    expect(lighten('#000000', 0.5)).toBe('#808080');
  });
});
