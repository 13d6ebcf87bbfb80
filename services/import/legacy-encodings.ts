/**
 * Which pre-Unicode Vietnamese encoding a text file that is not UTF-8 was written in. Both common
 * ones put Vietnamese letters in 0x80–0xFF, so each is tried and the result scored by whether its
 * words read as Vietnamese: letters of the Vietnamese alphabet only, and at most one tone mark per
 * word. Text decoded with the wrong table fails that test word after word (TCVN3 "ư" is a soft
 * hyphen in Windows-1258; Windows-1258 "ê"+combining tone becomes two toned vowels in TCVN3).
 */
import iconv from 'iconv-lite';

export type LegacyEncoding = 'windows-1258' | 'tcvn3';

/** iconv-lite's names. Its "tcvn" table (TCVN 5712 VN1) agrees with TCVN3 (ABC) on 0xA1–0xFF. */
const ICONV_NAMES: Record<LegacyEncoding, string> = { 'windows-1258': 'windows1258', tcvn3: 'tcvn' };

/** A decoding must read as Vietnamese in this share of its non-ASCII words to be believed. */
const MIN_PLAUSIBLE_SHARE = 0.9;
/** Fewer non-ASCII words than this say nothing either way. */
const MIN_EVIDENCE_WORDS = 3;

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** After NFD: Latin letters, đ/Đ, and the marks Vietnamese uses (breve, circumflex, horn, five tones). */
const VIETNAMESE_WORD = /^(?:[a-zA-ZđĐ]|[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323])+$/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** Non-ASCII characters that are neither letters, marks nor the punctuation Vietnamese text uses. */
const STRAY = /(?![\p{L}\p{M}\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026])[^\p{ASCII}]/gu;

export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return iconv
    .decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAMES[encoding])
    .normalize('NFC');
}

function isVietnameseWord(word: string): boolean {
  const decomposed = word.normalize('NFD');
  return VIETNAMESE_WORD.test(decomposed) && (decomposed.match(TONE_MARKS) ?? []).length <= 1;
}

/** Share of the words with a non-ASCII letter that read as Vietnamese; null when there are too few. */
export function vietnameseShare(text: string): number | null {
  const words = (text.match(WORD) ?? []).filter((w) => /[^\p{ASCII}]/u.test(w));
  if (words.length < MIN_EVIDENCE_WORDS) return null;
  return words.filter(isVietnameseWord).length / words.length;
}

/** Non-ASCII bytes outside words (punctuation, symbols, stray marks): a wrong table makes many of them. */
function strayCharacters(text: string): number {
  return (text.match(STRAY) ?? []).length;
}

/** The encoding whose decoding reads as Vietnamese, or null when neither does. */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const scored = (['windows-1258', 'tcvn3'] as const).map((encoding) => {
    const text = decodeLegacy(bytes, encoding);
    return { encoding, text, share: vietnameseShare(text), stray: strayCharacters(text) };
  });
  const plausible = scored
    // A byte the table leaves undefined ("�") means the table is not the file's.
    .filter((s) => s.share !== null && s.share >= MIN_PLAUSIBLE_SHARE && !s.text.includes('\ufffd'))
    .sort((a, b) => b.share! - a.share! || a.stray - b.stray);
  return plausible[0]?.encoding ?? null;
}
