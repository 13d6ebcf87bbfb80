/** Window-level shortcuts read from Electron's before-input-event, kept pure for testing. */

export type KeyInput = {
  type: string;
  key: string;
  isAutoRepeat: boolean;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
};

/** A plain F11 press (not a held key, which would make the window flicker in and out of full screen). */
export function isFullScreenShortcut(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' &&
    input.key === 'F11' &&
    !input.isAutoRepeat &&
    !input.control &&
    !input.alt &&
    !input.shift &&
    !input.meta
  );
}
