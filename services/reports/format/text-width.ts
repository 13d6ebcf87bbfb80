/**
 * How wide a line of Times New Roman is on paper, near enough to size the short rules the decree
 * asks for under the issuing body, the motto and the subject ("a third to a half of the line").
 * Widths are Times New Roman's advance widths in thousandths of an em, by kind of letter;
 * Vietnamese tone marks sit above or below the letter and add nothing.
 */

const NARROW = new Set([..."fijlrtI.,:;!|'()[]-/ "]);
const WIDE_UPPER = new Set([...'MW']);

function baseLetter(char: string): string {
  return char
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace('đ', 'd')
    .replace('Đ', 'D');
}

/**
 * Widths already worked out, by character, one map per weight (no key string to make for each
 * character): a long table measures the same letters over and over.
 */
const known = { regular: new Map<string, number>(), bold: new Map<string, number>() };

/** Advance width of one character in thousandths of an em (regular or bold). */
function advance(char: string, bold: boolean): number {
  const widths = bold ? known.bold : known.regular;
  let width = widths.get(char);
  if (width === undefined) {
    width = measureAdvance(char, bold);
    widths.set(char, width);
  }
  return width;
}

function measureAdvance(char: string, bold: boolean): number {
  const c = baseLetter(char);
  if (c === ' ') return 250;
  if (NARROW.has(c)) return 300;
  if (WIDE_UPPER.has(c)) return bold ? 980 : 900;
  if (c === 'm' || c === 'w') return bold ? 800 : 750;
  if (/[A-Z]/.test(c)) return bold ? 720 : 680;
  if (/[0-9]/.test(c)) return 500;
  return bold ? 520 : 470;
}

const twips = (em: number, points: number) => Math.round((em / 1000) * points * 20);

/** Width in twips of `text` at `points`, bold or not. */
export function textWidth(text: string, points: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += advance(char, bold);
  return twips(em, points);
}

/** What `\s` matches (ECMAScript white space and line terminators), where words end. */
const WHITE_SPACE = new Set([
  ...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a',
  ...'\u2028\u2029\u202f\u205f\u3000\ufeff',
]);

/**
 * The width of a line and of its longest word (words parted by white space), both in twips as
 * `textWidth` gives them, in one pass over the line: column widths weigh both for every cell.
 */
export function lineAndWordWidths(
  text: string,
  points: number,
  bold: boolean,
): { line: number; longestWord: number } {
  let em = 0;
  let wordEm = 0;
  let longestWord = 0;
  for (const char of text) {
    const width = advance(char, bold);
    em += width;
    if (WHITE_SPACE.has(char)) {
      longestWord = Math.max(longestWord, twips(wordEm, points));
      wordEm = 0;
    } else wordEm += width;
  }
  return { line: twips(em, points), longestWord: Math.max(longestWord, twips(wordEm, points)) };
}

/** A rule two fifths as long as the longest of `lines` (within 1/3–1/2), never wider than the cell. */
export function ruleLength(lines: string[], points: number, bold: boolean, cellWidth: number): number {
  const longest = Math.max(0, ...lines.map((l) => textWidth(l, points, bold)));
  return Math.min(Math.round(longest * 0.4), cellWidth);
}
