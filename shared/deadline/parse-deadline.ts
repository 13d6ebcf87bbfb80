/**
 * Reads the Vietnamese wording of a deadline ("Thời gian hoàn thành") and works out the last
 * allowed day. Pure: it runs in the renderer as well as in Node.
 *
 * A wording is read in three steps: an optional verb ("hoàn thành"), an optional qualifier
 * ("trước", "chậm nhất", "cuối", …) and a period (a day, month, quarter, half-year or year).
 * The qualifier decides which day of the period is the last one allowed.
 */
import { addDays, isIsoDate, isoParts, lastDayOfMonth, makeIsoDate, type IsoDate } from '../dates/iso-date';
import type { DeadlinePrecision, Recurrence } from '../model/schemas';
import type { DeadlineContext, DeadlineResult } from './deadline-result';

type Period = { start: IsoDate; end: IsoDate; precision: DeadlinePrecision; everyYear: boolean };
type Core = { period: Period } | { impossible: string } | null;
type Pick = { day: IsoDate; precision: DeadlinePrecision } | null;

/**
 * Yearly duties ("ngày 15 tháng 01 hằng năm") are worked out inside a non-leap year, so that
 * "trước ngày 01 tháng 3 hằng năm" ends on 28 February: the day that exists every year.
 */
const REFERENCE_YEAR = 2021;
const LEAP_YEAR = 2024;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** Counts written as words in "sáu tháng một lần". */
// prettier-ignore
const NUMERALS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9, mười: 10,
  'mười một': 11, 'mười hai': 12,
};
const NUMBER = `\\d{1,2}|${Object.keys(NUMERALS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

/** Spellings that mean the same word; the key is rewritten to the second form. */
const SPELLINGS: Record<string, string> = { quí: 'quý', kì: 'kỳ', kí: 'ký', hàng: 'hằng' };

const ANY_DAY_OF_PERIOD = (p: Period): Pick => ({ day: p.end, precision: p.precision });
const monthOnly =
  (dayOfMonth: number | 'last', precision: DeadlinePrecision) =>
  (p: Period): Pick => {
    if (p.precision !== 'month') return null;
    return { day: dayOfMonth === 'last' ? p.end : addDays(p.start, dayOfMonth - 1), precision };
  };

/**
 * Longest words first, so "chậm nhất là" wins over "chậm nhất". "Đầu/giữa tháng" follow the
 * administrative habit of thirds of a month (thượng/trung/hạ tuần): the 10th and the 20th.
 * "Đầu/giữa" a quarter or a year has no such convention, so it is left unrecognised.
 */
const QUALIFIERS: { words: string; pick: (p: Period) => Pick }[] = [
  // "Trước X": X itself is not allowed, so the deadline is the day before X begins.
  { words: 'trước', pick: (p) => ({ day: addDays(p.start, -1), precision: p.precision }) },
  { words: 'chậm nhất là', pick: ANY_DAY_OF_PERIOD },
  { words: 'chậm nhất vào', pick: ANY_DAY_OF_PERIOD },
  { words: 'chậm nhất', pick: ANY_DAY_OF_PERIOD },
  { words: 'đến hết', pick: ANY_DAY_OF_PERIOD },
  { words: 'đến', pick: ANY_DAY_OF_PERIOD },
  { words: 'trong', pick: ANY_DAY_OF_PERIOD },
  { words: 'vào', pick: ANY_DAY_OF_PERIOD },
  { words: 'cuối', pick: ANY_DAY_OF_PERIOD },
  { words: 'hạ tuần', pick: monthOnly('last', 'month') },
  { words: 'thượng tuần', pick: monthOnly(10, 'day') },
  { words: 'đầu', pick: monthOnly(10, 'day') },
  { words: 'trung tuần', pick: monthOnly(20, 'day') },
  { words: 'giữa', pick: monthOnly(20, 'day') },
  { words: '', pick: ANY_DAY_OF_PERIOD },
];

const EVERY_YEAR = ' hằng năm';
const DAY_NUMERIC = new RegExp(
  `^(?:ngày )?(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4})|${EVERY_YEAR})$`,
);
const DAY_WORDS = new RegExp(
  `^(?:ngày )?(?<d>\\d{1,2}) tháng (?<m>\\d{1,2})(?:(?: năm |/)(?<y>\\d{4})|${EVERY_YEAR})$`,
);
const MONTH = new RegExp(`^tháng (?<m>\\d{1,2})(?:(?: năm |[/.-])(?<y>\\d{4})|${EVERY_YEAR})$`);
const QUARTER = /^quý (?<q>[ivx]+|\d{1,2})(?: năm |[/.-])(?<y>\d{4})$/;
const HALF_YEAR = /^(?:(?:6|06|sáu) tháng|nửa) (?<half>đầu|cuối) năm (?<y>\d{4})$/;
const YEAR = /^năm (?<y>\d{4})$/;

/** "Trong vòng 30 ngày kể từ ngày ký (Chương trình này)": counted from the signing date. */
const RELATIVE =
  /^(?:(?:trong vòng|trong thời hạn|trong|chậm nhất là|chậm nhất|không quá) )?(?<days>\d{1,4}) ngày kể từ ngày (?:ký(?: ban hành)?|ban hành)(?: (?:chương trình|kế hoạch|quyết định|văn bản)(?: này)?)?$/;

const EVERY = /^(?:định kỳ )?hằng (?<unit>tháng|quý|năm)$/;
const N_UNITS_PER_TIME = new RegExp(
  `^(?:định kỳ )?(?:mỗi )?(?<n>${NUMBER}) (?<unit>tháng|quý|năm)(?:/| (?:một|1) )lần$`,
);
const ONCE_PER_N_UNITS = new RegExp(
  `^(?:định kỳ )?(?:một|1|01) lần/(?:(?<n>${NUMBER}) )?(?<unit>tháng|quý|năm)$`,
);

export function parseDeadline(text: string, context: DeadlineContext = {}): DeadlineResult {
  const wording = stripFullStop(text.normalize('NFC').trim());
  if (wording === '')
    return { ok: false, wording, reason: 'empty', message: 'Chưa ghi thời gian hoàn thành.' };
  const key = matchingKey(wording);
  return (
    readOngoing(key, wording) ??
    readRelative(key, wording, context) ??
    readRecurring(key, wording) ??
    readPeriod(key, wording) ??
    readRange(key, wording) ?? {
      ok: false,
      wording,
      reason: 'unrecognised',
      message: `Không hiểu thời hạn “${wording}”: hãy ghi ngày cụ thể, ví dụ “Trước ngày 15/7/2021”.`,
    }
  );
}

/** Whether the wording names a continuous duty ("Thường xuyên"): no last day, and none is missing. */
export function isContinuousDuty(wording: string | null): boolean {
  if (wording === null) return false;
  const read = parseDeadline(wording);
  return read.ok && read.ongoing === true;
}

function stripFullStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1).trimEnd() : text;
}

/** Lower-case, one spelling and one tone placement per word, and no trailing remark. */
function matchingKey(wording: string): string {
  const key = newStyleTones(wording)
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/ ?([/-]) ?/g, '$1')
    .split(' ')
    .map((word) => SPELLINGS[word] ?? word)
    .join(' ');
  // A parenthetical remark after the deadline ("(trình Ban Chỉ đạo)") says nothing about the date.
  const withoutRemark = /^(?<head>.+?) ?\([^()]*\)$/.exec(key)?.groups?.head ?? key;
  return stripFullStop(withoutRemark).replace(/^(?:hoàn thành|thực hiện) (?=\S)/, '');
}

/** Old style puts the tone on the first vowel of "oa", "oe", "uy" ("hòa", "thủy"); move it to the new place. */
function newStyleTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, '$1$3$2')
    .normalize('NFC');
}

function readRelative(key: string, wording: string, context: DeadlineContext): DeadlineResult | null {
  const days = Number(RELATIVE.exec(key)?.groups?.days ?? 0);
  if (days < 1) return null;
  const signedOn = context.signedOn && isIsoDate(context.signedOn) ? context.signedOn : null;
  const deadline = signedOn ? addDays(signedOn, days) : null;
  if (deadline !== null && !isIsoDate(deadline)) return outOfRange(wording, deadline);
  return {
    ok: true,
    wording,
    deadline,
    precision: 'day',
    recurrence: null,
    relative: { days, anchor: 'signing' },
  };
}

/** Duties with no end: "Thường xuyên", "Liên tục", "Hằng ngày" (the app has no daily or weekly recurrence). */
const ONGOING =
  /^(?:thường xuyên|liên tục|thường xuyên,? liên tục|hằng ngày|hằng tuần|thường xuyên hằng (?:ngày|tuần))$/;

function readOngoing(key: string, wording: string): DeadlineResult | null {
  if (!ONGOING.test(key)) return null;
  return {
    ok: true,
    wording,
    deadline: null,
    precision: null,
    recurrence: null,
    relative: null,
    ongoing: true,
  };
}

function readRecurring(key: string, wording: string): DeadlineResult | null {
  // "Thường xuyên, hằng quý": the period is what can be followed.
  key = key.replace(/^thường xuyên,? (?=(?:định kỳ )?hằng )/, '');
  const groups = (EVERY.exec(key) ?? N_UNITS_PER_TIME.exec(key) ?? ONCE_PER_N_UNITS.exec(key))?.groups;
  if (!groups) return null;
  const count = groups.n === undefined ? 1 : (NUMERALS[groups.n] ?? Number(groups.n));
  const months = count * (groups.unit === 'năm' ? 12 : groups.unit === 'quý' ? 3 : 1);
  let recurrence: Recurrence;
  if (!(months >= 1)) return null;
  if (months % 12 === 0 && months / 12 <= 12) {
    recurrence = { frequency: 'yearly', interval: months / 12, month: null, day: null };
  } else if (months < 12) {
    recurrence = { frequency: 'monthly', interval: months, month: null, day: null };
  } else {
    return null;
  }
  const precision: DeadlinePrecision =
    recurrence.frequency === 'yearly'
      ? 'year'
      : months === 6
        ? 'half-year'
        : months === 3
          ? 'quarter'
          : 'month';
  return { ok: true, wording, deadline: null, precision, recurrence, relative: null };
}

function readPeriod(key: string, wording: string): DeadlineResult | null {
  const qualifier = QUALIFIERS.find((q) => q.words === '' || key.startsWith(`${q.words} `));
  if (!qualifier) return null;
  const core = readCore(qualifier.words === '' ? key : key.slice(qualifier.words.length + 1));
  if (core === null) return null;
  if ('impossible' in core)
    return { ok: false, wording, reason: 'impossible-date', message: core.impossible };
  const picked = qualifier.pick(core.period);
  if (picked === null) return null;
  if (!isIsoDate(picked.day)) return outOfRange(wording, picked.day);
  if (!core.period.everyYear) {
    return {
      ok: true,
      wording,
      deadline: picked.day,
      precision: picked.precision,
      recurrence: null,
      relative: null,
    };
  }
  const { month, day } = isoParts(picked.day);
  const recurrence: Recurrence = { frequency: 'yearly', interval: 1, month, day };
  return { ok: true, wording, deadline: null, precision: picked.precision, recurrence, relative: null };
}

/** Where a range splits: "Tháng 3 - tháng 6/2024", "Từ quý II đến hết quý III/2024", "2024 - 2025". */
const RANGE_SEPARATOR = /-| đến (?:hết )?| tới (?:hết )?/g;
const RANGE_OPENING = /^(?:(?:trong )?(?:giai đoạn|khoảng thời gian|thời gian) )?(?:từ )?/;

/**
 * A range gives a start and a deadline. The first end may leave out the year the second one says
 * ("Tháng 3 - tháng 6/2024"); when that would put it after the second ("Tháng 10 - tháng 3/2025"),
 * it is the year before.
 */
function readRange(key: string, wording: string): DeadlineResult | null {
  const text = key.replace(RANGE_OPENING, '');
  for (const separator of text.matchAll(RANGE_SEPARATOR)) {
    const from = text.slice(0, separator.index).trim();
    const to = text.slice(separator.index + separator[0].length).trim();
    if (from === '' || to === '') continue;
    // "Tháng 3-6/2024": the second end says only the number, the first says what it counts.
    const counted = /^(tháng|quý) /.exec(from)?.[1];
    const end = readCore(bareYear(to)) ?? (counted ? readCore(`${counted} ${to}`) : null);
    if (end === null) continue;
    if ('impossible' in end)
      return { ok: false, wording, reason: 'impossible-date', message: end.impossible };
    if (end.period.everyYear) continue;
    const start = readRangeStart(from, end.period);
    if (start === null) continue;
    if (start === 'after-end') {
      const message = `Thời hạn “${wording}” bắt đầu sau khi đã kết thúc: hãy kiểm tra lại văn bản.`;
      return { ok: false, wording, reason: 'impossible-date', message };
    }
    if ('impossible' in start)
      return { ok: false, wording, reason: 'impossible-date', message: start.impossible };
    return {
      ok: true,
      wording,
      deadline: end.period.end,
      precision: end.period.precision,
      recurrence: null,
      relative: null,
      start: start.period.start,
    };
  }
  return null;
}

function bareYear(text: string): string {
  return /^\d{4}$/.test(text) ? `năm ${text}` : text;
}

function readRangeStart(from: string, end: Period): Core | 'after-end' {
  const own = readCore(bareYear(from));
  if (own !== null) {
    if ('impossible' in own) return own;
    if (own.period.everyYear) return null;
    return own.period.start > end.end ? 'after-end' : own;
  }
  if (/\d{4}$/.test(from)) return null;
  const endYear = isoParts(end.end).year;
  for (const year of [endYear, endYear - 1]) {
    const core = readCore(`${from}/${year}`) ?? readCore(`${from} năm ${year}`);
    if (core === null || 'impossible' in core) return core;
    if (core.period.start <= end.end) return core;
  }
  return null;
}

/** The period a wording names, without its qualifier: "ngày 15/7/2021", "tháng 7/2021", "quý III/2021", … */
function readCore(text: string): Core {
  const day = (DAY_NUMERIC.exec(text) ?? DAY_WORDS.exec(text))?.groups;
  if (day) return dayPeriod(Number(day.d), Number(day.m), day.y);
  const month = MONTH.exec(text)?.groups;
  if (month) return monthPeriod(Number(month.m), month.y);
  const quarter = QUARTER.exec(text)?.groups;
  if (quarter?.q && quarter.y) return quarterPeriod(quarter.q, Number(quarter.y));
  const half = HALF_YEAR.exec(text)?.groups;
  if (half?.y) return yearCheck(Number(half.y)) ?? halfPeriod(half.half === 'đầu' ? 1 : 2, Number(half.y));
  const year = YEAR.exec(text)?.groups;
  if (year?.y) return yearCheck(Number(year.y)) ?? span(Number(year.y), 1, 12, 'year');
  return null;
}

function dayPeriod(d: number, m: number, writtenYear: string | undefined): Core {
  if (writtenYear === undefined) {
    const date = makeIsoDate(REFERENCE_YEAR, m, d);
    if (date) return { period: { start: date, end: date, precision: 'day', everyYear: true } };
    const onlyInLeapYears = makeIsoDate(LEAP_YEAR, m, d) !== null;
    return {
      impossible: onlyInLeapYears
        ? `Ngày ${d} tháng ${m} không có trong mọi năm nên không thể lặp lại hằng năm.`
        : `Ngày ${d} tháng ${m} không có thật.`,
    };
  }
  const y = Number(writtenYear);
  const date = makeIsoDate(y, m, d);
  if (date) return { period: { start: date, end: date, precision: 'day', everyYear: false } };
  return yearCheck(y) ?? { impossible: `Ngày ${d} tháng ${m} năm ${y} không có thật.` };
}

function monthPeriod(m: number, writtenYear: string | undefined): Core {
  const y = writtenYear === undefined ? REFERENCE_YEAR : Number(writtenYear);
  const yearProblem = yearCheck(y);
  if (yearProblem) return yearProblem;
  if (m < 1 || m > 12) {
    return {
      impossible:
        writtenYear === undefined ? `Tháng ${m} không có thật.` : `Tháng ${m} năm ${y} không có thật.`,
    };
  }
  const period = span(y, m, m, 'month').period;
  return { period: { ...period, everyYear: writtenYear === undefined } };
}

function quarterPeriod(written: string, y: number): Core {
  const q = /^\d+$/.test(written) ? Number(written) : ROMAN.indexOf(written) + 1;
  const quarterProblem =
    q < 1 || q > 4 ? { impossible: `Quý ${written.toUpperCase()} năm ${y} không có thật.` } : null;
  return yearCheck(y) ?? quarterProblem ?? span(y, 3 * q - 2, 3 * q, 'quarter');
}

function halfPeriod(half: 1 | 2, y: number): Core {
  return half === 1 ? span(y, 1, 6, 'half-year') : span(y, 7, 12, 'half-year');
}

/** Months `from`..`to` of a year already known to be in range. */
function span(y: number, from: number, to: number, precision: DeadlinePrecision): { period: Period } {
  return {
    period: {
      start: makeIsoDate(y, from, 1) as IsoDate,
      end: lastDayOfMonth(y, to),
      precision,
      everyYear: false,
    },
  };
}

function yearCheck(y: number): { impossible: string } | null {
  return makeIsoDate(y, 1, 1) ? null : { impossible: `Năm ${y} nằm ngoài khoảng năm hợp lệ (1900–2200).` };
}

/** "Trước ngày 01/01/1900" would end in 1899, which the app cannot store. */
function outOfRange(wording: string, day: IsoDate): DeadlineResult {
  const message = `Năm ${day.slice(0, 4)} nằm ngoài khoảng năm hợp lệ (1900–2200).`;
  return { ok: false, wording, reason: 'impossible-date', message };
}
