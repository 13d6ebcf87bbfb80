/**
 * Unit names as documents write them → one unit each. "Vụ Tổng hợp Tòa án nhân dân tối cao" is
 * the unit "Vụ Tổng hợp" of the agency TANDTC; "Toà án" and "Tòa án" are the same words.
 */

export type NormalizedUnitName = {
  /** Short name people use: "Vụ Tổng hợp". */
  name: string;
  /** As written, without trailing punctuation. */
  fullName: string;
  agency: string | null;
  /** "Các đơn vị có liên quan": kept as written, never expanded into invented units. */
  isCollective: boolean;
  /** Identity for matching: case, spacing and tone-mark placement do not matter. */
  key: string;
};

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Key insensitive to case, spacing, punctuation and old/new tone placement ("hoà" = "hòa"):
 * each word's tone mark is moved to the end of the word, so different tones stay different.
 */
export function unitKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[.,;:()"“”'‘’]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const tones = word.match(TONE_MARKS) ?? [];
      return word.replace(TONE_MARKS, '') + tones.join('');
    })
    .join(' ');
}

type Agency = { abbreviation: string; spellings: string[] };

const AGENCIES: Agency[] = [
  { abbreviation: 'TANDTC', spellings: ['Tòa án nhân dân tối cao', 'TANDTC'] },
  {
    abbreviation: 'Bộ TTTT',
    spellings: ['Bộ Thông tin và Truyền thông', 'Bộ TTTT', 'Bộ TT&TT', 'Bộ TT và TT'],
  },
  { abbreviation: 'VPCP', spellings: ['Văn phòng Chính phủ', 'VPCP'] },
];

/** Words that start the name of a unit inside an agency: only then is the agency suffix split off. */
const SUB_UNIT_PREFIXES = [
  'vụ',
  'cục',
  'văn phòng',
  'tổ',
  'ban',
  'viện',
  'trung tâm',
  'học viện',
  'báo',
  'tạp chí',
  'thanh tra',
  'phòng',
].map(unitKey);

/** Words between a unit and its agency: "Cục Tin học hóa – Bộ …", "Vụ Pháp luật thuộc Văn phòng Chính phủ". */
const CONNECTORS = ['thuộc', 'của', '–', '—', '-'].map(unitKey);

const COLLECTIVE = [/^các (đơn vị|cơ quan|bộ phận)\b/i, /\bcó liên quan$/i, /^đơn vị liên quan$/i];

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]+$/, '')
    .trim();
}

export function normalizeUnitName(raw: string): NormalizedUnitName | null {
  const fullName = tidy(raw);
  if (fullName.length === 0) return null;
  if (COLLECTIVE.some((pattern) => pattern.test(fullName))) {
    return { name: fullName, fullName, agency: null, isCollective: true, key: unitKey(fullName) };
  }
  const fullKey = unitKey(fullName);
  for (const agency of AGENCIES) {
    for (const spelling of agency.spellings) {
      const suffix = unitKey(spelling);
      if (fullKey === suffix) {
        return { name: fullName, fullName, agency: null, isCollective: false, key: fullKey };
      }
      if (!fullKey.endsWith(` ${suffix}`)) continue;
      const headWords = fullKey.slice(0, -suffix.length - 1).split(' ');
      if (CONNECTORS.includes(headWords[headWords.length - 1] ?? '')) headWords.pop();
      const headKey = headWords.join(' ');
      if (!SUB_UNIT_PREFIXES.some((p) => headKey === p || headKey.startsWith(`${p} `))) continue;
      // Cut the written name at the same word count, keeping its own spelling.
      const words = fullName.split(' ');
      const name = tidy(words.slice(0, headWords.length).join(' '));
      return { name, fullName, agency: agency.abbreviation, isCollective: false, key: unitKey(name) };
    }
  }
  return { name: fullName, fullName, agency: null, isCollective: false, key: fullKey };
}

/**
 * Words that begin the name of a unit or agency. "và" separates two units only when the words after it
 * begin a new one ("Vụ Tổng hợp và Văn phòng"); otherwise it is part of a name ("Vụ Pháp chế và Quản lý
 * khoa học", "Bộ Thông tin và Truyền thông").
 */
// prettier-ignore
const UNIT_STARTS = [
  'Vụ', 'Cục', 'Tổng cục', 'Văn phòng', 'Viện', 'Viện kiểm sát', 'Ban', 'Tòa án', 'Toà án', 'TAND',
  'Học viện', 'Bộ', 'Sở', 'Ủy ban', 'Uỷ ban', 'UBND', 'Tạp chí', 'Báo', 'Trung tâm', 'Tổ', 'Các', 'các',
  'Công đoàn', 'Đoàn', 'Hội đồng', 'Thanh tra', 'Trường', 'Đảng ủy', 'Đảng uỷ', 'Phòng', 'Kiểm toán',
  'Ngân hàng', 'Cơ quan', 'Đơn vị', 'Hội', 'Liên đoàn', 'Thường trực', 'Chánh án', 'Lãnh đạo',
];
const UNIT_START = new RegExp(`^(?:${UNIT_STARTS.join('|')})(?=\\s|$)`, 'u');
const AND = / và /g;

/** Whether a text begins the way a unit's (or its head's) name begins: "Vụ …", "Các đơn vị …", "Chánh án …". */
export function beginsLikeUnit(text: string): boolean {
  return (
    UNIT_START.test(text.normalize('NFC')) ||
    /^(?:Thủ trưởng|Giám đốc|Người đứng đầu|Tổng Biên tập|Tổng biên tập)(?=\s)/u.test(text) ||
    /^[A-ZĐ]{2,}(?=\s|$)/u.test(text)
  );
}

/** "A, B; C" → ["A", "B", "C"]; "Vụ A và Cục B" → ["Vụ A", "Cục B"] (see UNIT_STARTS for "và"). */
export function splitUnitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return mergeNameTails(parts.map(tidy).filter((p) => p.length > 0))
    .flatMap(splitOnAnd)
    .map(tidy);
}

/** "Tòa án nhân dân các tỉnh, thành phố trực thuộc trung ương": a part in lower case that begins no unit goes on the name before it. */
function mergeNameTails(parts: string[]): string[] {
  const merged: string[] = [];
  for (const part of parts) {
    const tail = merged.length > 0 && /^\p{Ll}/u.test(part) && !UNIT_START.test(part.normalize('NFC'));
    if (tail) merged[merged.length - 1] += `, ${part}`;
    else merged.push(part);
  }
  return merged;
}

function splitOnAnd(written: string): string[] {
  const part = written.normalize('NFC');
  const names: string[] = [];
  let start = 0;
  for (const match of part.matchAll(AND)) {
    const before = part.slice(start, match.index);
    const open = before.split('(').length - before.split(')').length;
    if (open > 0 || !UNIT_START.test(part.slice(match.index + match[0].length))) continue;
    names.push(part.slice(start, match.index));
    start = match.index + match[0].length;
  }
  names.push(part.slice(start));
  return names;
}
