/** Encodings a Vietnamese text file arrives in: read, converted, or refused by name. */
import { describe, expect, it } from 'vitest';
import { TCVN3_MESSAGE, decodeText } from './decode-text';
import { detectLegacyEncoding, vietnameseShare } from './legacy-encodings';

const SENTENCE = 'Kế hoạch được giao cho đơn vị chủ trì';
/** SENTENCE as Windows writes it in code page 1258: "ế" is "ê" followed by a combining acute. */
const CP1258 = Buffer.from(
  '4beaec20686f61f2636820f0fdf5f263206769616f2063686f20f0f56e207669f220636875d220747269cc',
  'hex',
);
/** SENTENCE in TCVN3 (ABC): one byte per toned letter, 0xA1–0xFF. */
const TCVN3 = Buffer.from(
  '4bd520686fb9636820aeadee63206769616f2063686f20aeac6e2076de206368f1207472d7',
  'hex',
);

describe('text in a pre-Unicode Vietnamese encoding', () => {
  it('converts Windows-1258 to precomposed Unicode', () => {
    expect(detectLegacyEncoding(CP1258)).toBe('windows-1258');
    expect(decodeText(CP1258)).toBe(SENTENCE);
    expect(decodeText(CP1258)).toBe(SENTENCE.normalize('NFC'));
  });

  it('names TCVN3 and refuses it', () => {
    expect(detectLegacyEncoding(TCVN3)).toBe('tcvn3');
    expect(() => decodeText(TCVN3)).toThrow(TCVN3_MESSAGE);
  });

  it('refuses, without guessing, text that reads as Vietnamese in neither table', () => {
    const french = Buffer.from('Réunion prévue à Genève: café déjà payé, très cher.', 'latin1');
    expect(detectLegacyEncoding(french)).toBeNull();
    expect(() => decodeText(french)).toThrow('không đọc được như văn bản tiếng Việt theo bảng mã cũ');
  });

  it('scores words by the Vietnamese alphabet and one tone mark per word', () => {
    expect(vietnameseShare(SENTENCE)).toBe(1);
    expect(vietnameseShare('Kờề hoaũch đươc giao cho đơn vị')).toBeLessThan(0.9);
    expect(vietnameseShare('Kế hoạch')).toBeNull();
  });
});

describe('UTF-16 and stray bytes', () => {
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

  it('reads UTF-16 BE with its BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]))).toBe(SENTENCE);
  });

  it('refuses UTF-16 without a BOM rather than guess the byte order', () => {
    expect(() => decodeText(utf16be(SENTENCE))).toThrow('thiếu dấu BOM');
    expect(() => decodeText(Buffer.from(SENTENCE, 'utf16le'))).toThrow('thiếu dấu BOM');
  });

  it('refuses UTF-16 that breaks its own rules (a lone surrogate)', () => {
    const broken = Buffer.from([0xff, 0xfe, 0x4b, 0x00, 0x00, 0xd8, 0x4b, 0x00]);
    expect(() => decodeText(broken)).toThrow('nội dung không đúng UTF-16');
  });

  it('names the line of a NUL character, in UTF-8 and in UTF-16', () => {
    expect(() => decodeText(Buffer.from('Dòng một\nDòng\u0000 hai\n'))).toThrow('ở dòng 2:');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A\nB\nC\u0000', 'utf16le')]);
    expect(() => decodeText(utf16)).toThrow('ở dòng 3:');
  });
});
