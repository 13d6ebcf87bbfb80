/**
 * Text a person typed into a form cell → a date or a percentage. People retype dates as text
 * ("5/1/2022", "05-01-2022", "05.01.2022", "ngày 5 tháng 1 năm 2022") and write "50%" or "50,0":
 * these are read; anything else is named as not a date or not a number.
 */
import { type IsoDate, isIsoDate, makeIsoDate } from '../dates/iso-date';

export function parseLooseDate(text: string): IsoDate | null {
  const t = text.trim().toLowerCase();
  if (isIsoDate(t)) return t;
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) m = /^(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?năm\s+(\d{4})$/u.exec(t);
  if (!m) return null;
  return makeIsoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** "50", "50%", "50 %", "50,5": a number; null for anything else. */
export function parsePercentText(text: string): number | null {
  const m = /^\s*(-?\d{1,4}(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  return m ? Number(m[1]!.replace(',', '.')) : null;
}
