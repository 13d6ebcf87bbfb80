/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. All arithmetic runs in UTC so that a
 * laptop's time zone can never shift a deadline by a day.
 */
export type IsoDate = string;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an ISO date, or null when the day does not exist (31 tháng 2). */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_PATTERN.exec(value);
  if (!m) return false;
  return makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

/** The number written by the ASCII digits from `start` to `end`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Year, month and day of "YYYY-MM-DD". Read digit by digit rather than with ISO_PATTERN: dates are
 * taken apart for every task of every view, and a regex match allocates an array and three strings.
 */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 7);
    const day = digitsAt(date, 8, 10);
    if (year >= 0 && month >= 0 && day >= 0) return { year, month, day };
  }
  throw new RangeError(`Not an ISO date: ${date}`);
}

function toEpochDay(date: IsoDate): number {
  const { year, month, day } = isoParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return makeIsoDate(year, month, daysInMonth(year, month)) as IsoDate;
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return makeIsoDate(y, m, Math.min(day, daysInMonth(y, m))) as IsoDate;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Today in the user's own calendar (local time), as an ISO date. */
export function todayIso(now: Date = new Date()): IsoDate {
  return makeIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as IsoDate;
}
