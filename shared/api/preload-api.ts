/**
 * What the Electron preload puts on `window.ecourt`: the API call, the two file dialogs and the
 * timeline print, nothing else. Declared here so the preload (which checks itself against it) and
 * the renderer share one type.
 */
import type { ApiTransport } from './contract';

/** The global name the preload exposes the API under. */
export const PRELOAD_GLOBAL_NAME = 'ecourt';

/** Main → window: a menu item the window carries out itself (plan undo is the window's, not Electron's). */
export const MENU_COMMAND_CHANNEL = 'ecourt:menu-command';
export const MENU_COMMANDS = ['undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Each resolves to main's reply envelope ({ ok, value } or { ok: false, message }); see file-transfer.ts. */
export type PreloadApi = {
  /** Calls one contract method; unknown methods are refused before anything leaves the window. */
  readonly invoke: ApiTransport;
  /** Shows a save dialog in main and writes the bytes there. Reply value: { saved }. */
  readonly saveFile: (request: unknown) => Promise<unknown>;
  /** Shows an open dialog in main, which reads the file. Reply value: { fileName, base64 } or null. */
  readonly pickFile: (request: unknown) => Promise<unknown>;
  /** Prints the window's timeline to a PDF in main, through a save dialog. Reply value: { saved }. */
  readonly printTimelinePdf: (request: unknown) => Promise<unknown>;
  /** Listens to the menu's commands (Hoàn tác, Làm lại); returns the function that stops listening. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
