import { type IsoDate, isoParts } from './iso-date';

/** dd/mm/yyyy, the way dates are shown everywhere in the window. */
export function formatDisplayDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Reads dd/mm/yyyy (or d/m/yyyy) typed by a user; null when it is not a real day. */
export function parseDisplayDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const { year, month, day } = { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    ? iso
    : null;
}

/** "ngày 15 tháng 7 năm 2021", as running text in reports. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The place-and-date line of an administrative document (Nghị định 30/2020/NĐ-CP):
 * days below 10 and the months January and February take a leading zero, other months do not.
 */
export function formatDocumentDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
