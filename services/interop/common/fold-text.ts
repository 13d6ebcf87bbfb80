/**
 * Text folded for matching headings typed by hand: no accents, no case, single spaces
 * ("Đơn vị  CHỦ TRÌ" → "don vi chu tri"). Only for comparing; never stored.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%()]+/g, ' ')
    .trim();
}
