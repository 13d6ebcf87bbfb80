/**
 * Page geometry of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins
 * top and bottom 20 mm, left 30 mm, right 15 mm. All values in twips (1/20 pt), as Word stores them.
 */

export const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

/** A4 as portrait width × height; docx swaps them itself for a landscape section. */
export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10),
  footer: mm(10),
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width between the margins, where tables must fit. */
export function contentWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return pageWidth - MARGINS.left - MARGINS.right;
}

/** Height between the margins. */
export function contentHeight(orientation: Orientation): number {
  const pageHeight = orientation === 'portrait' ? A4.height : A4.width;
  return pageHeight - MARGINS.top - MARGINS.bottom;
}

/** Twips → pixels at 96 per inch, the unit docx takes for image sizes. */
export const twipsToPixels = (twips: number): number => (twips / 1440) * 96;
