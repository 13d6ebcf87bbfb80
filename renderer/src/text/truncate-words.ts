/**
 * Shortens text at a word boundary and marks the cut with an ellipsis, so a Vietnamese word is
 * never sliced in half. Returns the text unchanged when it already fits.
 */
export function truncateWords(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  if (clean[maxChars] === ' ') return `${cut.replace(/[\s,;:.–-]+$/, '')}…`;
  const lastSpace = cut.lastIndexOf(' ');
  // A single very long word has no boundary to cut at; cutting it is the lesser evil.
  const base = lastSpace > maxChars * 0.5 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–-]+$/, '')}…`;
}
