import { describe, expect, it } from 'vitest';
import { isFullScreenShortcut, type KeyInput } from './keyboard';

const f11: KeyInput = {
  type: 'keyDown',
  key: 'F11',
  isAutoRepeat: false,
  control: false,
  alt: false,
  shift: false,
  meta: false,
};

describe('isFullScreenShortcut', () => {
  it('is a plain F11 press', () => {
    expect(isFullScreenShortcut(f11)).toBe(true);
  });

  it.each([
    ['the key release', { type: 'keyUp' }],
    ['a held key repeating', { isAutoRepeat: true }],
    ['another key', { key: 'F12' }],
    ['Ctrl+F11', { control: true }],
    ['Alt+F11', { alt: true }],
    ['Shift+F11', { shift: true }],
  ])('is not %s', (_name, change) => {
    expect(isFullScreenShortcut({ ...f11, ...change })).toBe(false);
  });
});
