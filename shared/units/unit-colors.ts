/**
 * Bar colours for lead units: distinct hues that stay apart for colour-blind readers
 * (Okabe–Ito first) and print as different greys. Collective wording gets a neutral grey.
 */
const PALETTE = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8c564b',
  '#6a3d9a',
  '#b8860b',
  '#2f4f4f',
  '#c0392b',
  '#1abc9c',
] as const;

export const COLLECTIVE_UNIT_COLOR = '#9e9e9e';

export function unitColor(index: number): string {
  return PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length] as string;
}
