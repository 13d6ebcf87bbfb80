/**
 * Text for the timeline SVG. There is no layout engine in a pure function, so widths are
 * estimated from the shipped font's proportions (Be Vietnam Pro); labels are cut to fit with "…".
 */

import { textForXml } from '../text/escape-output';

/** Markup escaped; what XML cannot carry at all (control characters) and direction overrides dropped. */
export function escapeXml(text: string): string {
  return textForXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Average advance of one character, in em: capitals and digits run wider than lower case. */
function charEm(char: string): number {
  if (char === ' ') return 0.27;
  if (/[.,:;!|il'’]/.test(char)) return 0.3;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[mwMW]/.test(char)) return 0.86;
  return char !== char.toLowerCase() ? 0.7 : 0.57;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  // NFC so that a Vietnamese letter with its marks counts once.
  let em = 0;
  for (const char of text.normalize('NFC')) em += charEm(char);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** The text, or as much of it as fits in `maxWidth` followed by "…". */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (estimateTextWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const chars = [...clean];
  const budget = maxWidth - estimateTextWidth('…', fontSize, bold);
  let width = 0;
  let cut = 0;
  for (const char of chars) {
    const next = width + estimateTextWidth(char, fontSize, bold);
    if (next > budget) break;
    width = next;
    cut += 1;
  }
  return `${chars.slice(0, cut).join('').trimEnd()}…`;
}
