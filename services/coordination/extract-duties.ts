/**
 * Reads a coordination document (a programme, a regulation, a news item) that is not in the
 * numbered-task form: the duties are the clauses, inside "TỔ CHỨC THỰC HIỆN", "NỘI DUNG PHỐI HỢP" or
 * an article on responsibilities, whose wording the deadline parser understands ("trước ngày 15
 * tháng 01 hằng năm", "định kỳ 06 tháng/lần", "trong vòng 30 ngày kể từ ngày ký …").
 * Each duty keeps its text as written; units are those the text names, nothing more.
 */
import { parseDeadline } from '../../shared/deadline/parse-deadline';
import type { ParsedItem, ParsedPlanDocument, ParsedWarning } from '../../shared/plan-document/parsed-plan';
import { type NormalizedUnitName, normalizeUnitName } from '../../shared/units/unit-name';
import { isCapitals, splitBlocks } from './document-blocks';
import { readCoordinationHeader } from './read-coordination-header';

const DUTY_PARTS = /TỔ CHỨC THỰC HIỆN|NỘI DUNG PHỐI HỢP/u;

/** Wordings of a time inside a sentence, longest forms first; each is checked by parseDeadline. */
const WORDINGS = [
  /trước ngày \d{1,2} tháng \d{1,2} (?:hằng|hàng) năm/giu,
  /(?:trong vòng|trong thời hạn|chậm nhất là) \d{1,4} ngày kể từ ngày ký(?: ban hành)?(?: (?:chương trình|kế hoạch|quy chế|văn bản)(?: này)?)?/giu,
  /định kỳ \d{1,2} tháng\/lần/giu,
  /định kỳ (?:hằng|hàng) (?:tháng|quý|năm)/giu,
  /(?:hằng|hàng) (?:tháng|quý|năm)/giu,
];
/**
 * "Kế hoạch hằng năm", "ngân sách được cấp hằng năm" name a document or a budget, not a duty that
 * comes back: a bare "hằng năm" right after these words is not a time.
 */
const NOT_A_TIME_BEFORE = /(?:kế hoạch(?: công tác)?|được cấp)\s*$/iu;

const AGENCY = '(?:Bộ Thông tin và Truyền thông|Văn phòng Chính phủ|T(?:òa|oà) án nhân dân tối cao)';
/** A named unit inside an agency: "Cục Tin học hóa – Bộ …", "Vụ Tổng hợp Tòa án nhân dân tối cao". */
const UNIT = new RegExp(
  `(?:Cục|Vụ|Trung tâm|Viện) \\p{Lu}[^\\s,;.–]*(?: [^\\s,;.–]+){0,8}?\\s*(?:[–,-]\\s*)?(?:của\\s+)?${AGENCY}`,
  'gu',
);

function findWording(part: string, signedOn: string | null) {
  for (const pattern of WORDINGS) {
    for (const match of part.matchAll(pattern)) {
      if (NOT_A_TIME_BEFORE.test(part.slice(0, match.index))) continue;
      const understood = parseDeadline(match[0], { signedOn });
      if (understood.ok) return understood;
    }
  }
  return null;
}

const heading = (text: string) => text.replace(/\.\s.*$/u, '');

export function extractCoordinationDuties(text: string): ParsedPlanDocument {
  const blocks = splitBlocks(text);
  const header = readCoordinationHeader(blocks);
  const items: ParsedItem[] = [];
  const warnings: ParsedWarning[] = [];
  const units = new Map<string, NormalizedUnitName>();
  let part = '';
  let chapter = '';
  let article = '';
  let chapterPending = false;

  for (const block of blocks) {
    const t = block.text;
    if (/^Chương [IVXLC]+$/u.test(t)) {
      chapter = t;
      chapterPending = true;
      continue;
    }
    if (chapterPending || (/^[IVXLC]+\.\s+\p{Lu}/u.test(t) && isCapitals(t))) {
      part = t;
      if (!chapterPending) chapter = `Mục ${heading(t)}`;
      article = '';
      chapterPending = false;
      continue;
    }
    if (/^Điều \d+\./u.test(t)) {
      article = t;
      continue;
    }
    const inScope = DUTY_PARTS.test(part) || /trách nhiệm/iu.test(article);
    const clause = /^(\d{1,2}\.|[a-zđ]\))\s+(.*)$/u.exec(t);
    if (!inScope || !clause) continue;

    const found: NormalizedUnitName[] = [];
    for (const m of t.matchAll(UNIT)) {
      const unit = normalizeUnitName(m[0]);
      if (unit && !found.some((u) => u.key === unit.key)) found.push(unit);
    }
    for (const unit of found) if (!units.has(unit.key)) units.set(unit.key, unit);

    // A clause may carry several duties, one per part between semicolons (ctr-222 III.2).
    for (const piece of clause[2]!.split(/;\s*/u)) {
      const understood = findWording(piece, header.issuedOn);
      if (!understood) continue;
      const wbs = String(items.length + 1);
      const pieceUnits = found.filter((u) => piece.includes(u.fullName));
      const named = pieceUnits.length > 0 ? pieceUnits : found;
      items.push({
        wbs,
        parentWbs: null,
        title: piece
          .replace(/\/\.$/u, '')
          .replace(/[;.]+$/u, '')
          .trim(),
        kind: /\bhọp\b/iu.test(piece) ? 'meeting' : 'task',
        line: block.line,
        leadKeys: named[0] ? [named[0].key] : [],
        supportKeys: named.slice(1).map((u) => u.key),
        deadline: understood,
        deliverable: null,
        notes: `Trích ${[chapter, heading(article)].filter(Boolean).join(', ')}, khoản ${clause[1]!.replace('.', '')} của văn bản.`,
      });
      if (named.length === 0) {
        warnings.push({
          wbs,
          line: block.line,
          message: `Mục ${wbs}: văn bản không ghi tên đơn vị thực hiện; hãy chọn đơn vị chủ trì nếu đã được phân công.`,
        });
      }
    }
  }
  if (items.length === 0) {
    warnings.push({
      wbs: null,
      line: 1,
      message: 'Văn bản không có điều khoản nào giao nhiệm vụ kèm thời hạn hoặc định kỳ; không tạo nhiệm vụ.',
    });
  }
  return { header, items, units: [...units.values()], warnings };
}
