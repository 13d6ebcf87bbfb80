import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FILE_FILTERS, filtersForFileName } from '../../../shared/files/file-filters';
import { base64ToBytes, bytesToBase64 } from './base64';
import { acceptAttribute, mimeTypeOf } from './mime-types';
import { preloadPlatform, unpackReply } from './preload-platform';

describe('file filters and types', () => {
  it('saves a generated file under its own type', () => {
    expect(filtersForFileName('bao-cao-tinh-hinh-2021-07-20.docx')).toEqual([FILE_FILTERS.word]);
    expect(filtersForFileName('tien-do-76-2021-07-20.PNG')).toEqual([FILE_FILTERS.picture]);
    expect(filtersForFileName('Kế hoạch Tòa án điện tử 2021-07-20.sqlite')).toEqual([FILE_FILTERS.planFile]);
    expect(filtersForFileName('khong-co-duoi')).toEqual([]);
  });

  it('offers every importable type in the browser’s file input, and labels downloads', () => {
    expect(acceptAttribute([FILE_FILTERS.importable])).toBe('.docx,.pdf,.xlsx,.xml,.txt');
    expect(mimeTypeOf('bao-cao.docx')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mimeTypeOf('lich.ics')).toBe('text/calendar');
    expect(mimeTypeOf('la.bin')).toBe('application/octet-stream');
  });
});

describe('base64 in the window', () => {
  it('round-trips bytes larger than one slice, every byte value included', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(base64)).toEqual(bytes);
  });
});

describe('files through the preload', () => {
  const FILE_SCHEMA = z.object({ saved: z.boolean() });
  const preload = (reply: unknown) => ({
    invoke: () => Promise.resolve(reply),
    saveFile: () => Promise.resolve(reply),
    pickFile: () => Promise.resolve(reply),
    printTimelinePdf: () => Promise.resolve(reply),
    onMenuCommand: () => () => undefined,
  });

  it('returns what main picked or saved', async () => {
    const picked = { fileName: 'ke-hoach.txt', base64: 'AA==' };
    await expect(
      preloadPlatform(preload({ ok: true, value: picked })).pickFile({ filters: [] }),
    ).resolves.toEqual(picked);
    await expect(
      preloadPlatform(preload({ ok: true, value: null })).pickFile({ filters: [] }),
    ).resolves.toBeNull();
    await expect(
      preloadPlatform(preload({ ok: true, value: { saved: true } })).printPage('A3'),
    ).resolves.toEqual({
      saved: true,
    });
  });

  it('turns main’s refusal into its Vietnamese message, and a wrong shape into an error', async () => {
    await expect(
      unpackReply(Promise.resolve({ ok: false, message: 'Ổ đĩa đã đầy.' }), FILE_SCHEMA),
    ).rejects.toThrow('Ổ đĩa đã đầy.');
    await expect(
      unpackReply(Promise.resolve({ ok: true, value: { saved: 'có' } }), FILE_SCHEMA),
    ).rejects.toThrow('Phản hồi từ ứng dụng không đúng định dạng.');
    await expect(unpackReply(Promise.resolve('lạ'), FILE_SCHEMA)).rejects.toThrow(
      'Phản hồi từ ứng dụng không đúng định dạng.',
    );
  });
});
