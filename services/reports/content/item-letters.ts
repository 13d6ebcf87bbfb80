/** The letters of a list's items ("a)", "b)", … "đ)"), in the Vietnamese alphabet's order. */
const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/** "a" for 0; past "y", the letters again with a number ("a1"), never a repeated label. */
export function itemLetter(index: number): string {
  const letter = LETTERS[index % LETTERS.length]!;
  const round = Math.floor(index / LETTERS.length);
  return round === 0 ? letter : `${letter}${round}`;
}
