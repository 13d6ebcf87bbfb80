import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL, SAVE_FILE_CHANNEL } from '../shared/files/file-transfer';
import { type FileDialogs, registerFileHandlers } from './file-ipc';
import { UNTRUSTED_SENDER_MESSAGE } from './ipc';
import { createAppUrlRules } from './trusted-url';

const PAGE = 'file:///app/dist/renderer/index.html';
const rules = createAppUrlRules(PAGE, { caseInsensitive: false });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-file-ipc-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function setup(dialogs: Partial<FileDialogs>) {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => void listeners.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => void listeners.delete(channel)),
  };
  const printToPdf = vi.fn(async (_event: unknown, _options: object) => Buffer.from('%PDF-1.7'));
  const unregister = registerFileHandlers({
    ipcMain,
    isAppPage: rules.isAppPage,
    dialogs: {
      showSaveDialog: dialogs.showSaveDialog ?? (async () => ({ canceled: true })),
      showOpenDialog: dialogs.showOpenDialog ?? (async () => ({ canceled: true, filePaths: [] })),
    },
    printToPdf,
    now: () => new Date(2021, 6, 20),
  });
  const call = (channel: string, input: unknown, url = PAGE) =>
    listeners.get(channel)?.({ senderFrame: { url, parent: null } } as unknown as IpcMainInvokeEvent, input);
  return { call, unregister, listeners, printToPdf };
}

describe('registerFileHandlers', () => {
  it('writes the bytes where the user chose, leaving no temporary file', async () => {
    const target = path.join(dir, 'bao-cao.docx');
    const showSaveDialog = vi.fn(async (_options: object) => ({ canceled: false, filePath: target }));
    const { call } = setup({ showSaveDialog });
    const reply = await call(SAVE_FILE_CHANNEL, {
      fileName: 'bao-cao.docx',
      base64: 'UEsDBA==',
      filters: [],
    });
    expect(reply).toEqual({ ok: true, value: { saved: true } });
    expect(fs.readFileSync(target)).toEqual(Buffer.from('UEsDBA==', 'base64'));
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a closed dialog as not saved, and a bad payload without opening a dialog', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true }));
    const { call } = setup({ showSaveDialog });
    expect(await call(SAVE_FILE_CHANNEL, { fileName: 'a.docx', base64: 'AA==', filters: [] })).toEqual({
      ok: true,
      value: { saved: false },
    });
    const bad = (await call(SAVE_FILE_CHANNEL, { fileName: '../a.docx', base64: 'AA==', filters: [] })) as {
      ok: boolean;
    };
    expect(bad.ok).toBe(false);
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('reads the picked file and returns its name alone', async () => {
    const source = path.join(dir, 'Kế hoạch.txt');
    fs.writeFileSync(source, 'KẾ HOẠCH');
    const { call } = setup({ showOpenDialog: async () => ({ canceled: false, filePaths: [source] }) });
    const reply = await call(PICK_FILE_CHANNEL, { filters: [{ name: 'Văn bản', extensions: ['txt'] }] });
    expect(reply).toEqual({
      ok: true,
      value: { fileName: 'Kế hoạch.txt', base64: Buffer.from('KẾ HOẠCH').toString('base64') },
    });
  });

  it('prints the page to PDF and saves it under a dated name', async () => {
    const target = path.join(dir, 'tien-do.pdf');
    const showSaveDialog = vi.fn(async (_options: object) => ({ canceled: false, filePath: target }));
    const { call, printToPdf } = setup({ showSaveDialog });
    expect(await call(PRINT_PDF_CHANNEL, { paper: 'A3' })).toEqual({ ok: true, value: { saved: true } });
    expect(printToPdf.mock.calls[0]?.[1]).toMatchObject({ landscape: true, pageSize: 'A3' });
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'tien-do-2021-07-20-A3.pdf' });
    expect(fs.readFileSync(target, 'latin1')).toBe('%PDF-1.7');
  });

  it('refuses another page on every channel, and unregisters all three', async () => {
    const { call, unregister, listeners } = setup({});
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const channel of [SAVE_FILE_CHANNEL, PICK_FILE_CHANNEL, PRINT_PDF_CHANNEL]) {
      await expect(call(channel, {}, 'https://example.com/')).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    }
    unregister();
    expect(listeners.size).toBe(0);
  });
});
