/**
 * An assignment written as one sentence, the usual form of a Chỉ thị and of many plans:
 * "Giao Vụ A chủ trì, phối hợp với Vụ B, Cục C xây dựng Quy chế …; hoàn thành trong quý II/2024."
 * → the work ("Xây dựng Quy chế …"), the lead and supporting units, and the deadline as written.
 * A sentence that does not name a unit in charge is not an assignment: null, never a guess.
 */
import { parseDeadline } from '../deadline/parse-deadline';
import { splitLeadList } from '../units/lead-units';
import { beginsLikeUnit, splitUnitList } from '../units/unit-name';

export type Assignment = {
  work: string;
  leads: string[];
  supports: string[];
  /** The deadline as written, or null when the sentence gives none. */
  deadline: string | null;
};

/** What a unit is asked to do: the work begins at the first of these verbs written in lower case. */
// prettier-ignore
const VERBS = [
  'xây dựng', 'nghiên cứu', 'tổ chức', 'rà soát', 'hoàn thiện', 'triển khai', 'thực hiện', 'tham mưu',
  'đề xuất', 'báo cáo', 'trình', 'ban hành', 'tổng kết', 'sơ kết', 'đánh giá', 'khảo sát', 'chuẩn bị',
  'hướng dẫn', 'kiểm tra', 'theo dõi', 'đôn đốc', 'lập', 'soạn thảo', 'sửa đổi', 'bổ sung', 'nâng cấp',
  'phát triển', 'bảo đảm', 'đảm bảo', 'tập huấn', 'bồi dưỡng', 'tuyên truyền', 'phổ biến', 'cung cấp',
  'tổng hợp', 'thẩm định', 'góp ý', 'hoàn thành', 'tiếp tục', 'chỉ đạo', 'quản lý', 'vận hành', 'thiết lập',
  'thành lập', 'số hóa', 'số hoá', 'chuyển đổi', 'kết nối', 'tích hợp', 'đầu tư', 'mua sắm', 'lựa chọn',
  'phân công', 'ký kết', 'tiếp nhận', 'giải quyết', 'cập nhật', 'công bố', 'dự thảo', 'đào tạo', 'biên soạn',
  'phối hợp', 'thống kê', 'xác định', 'ứng dụng', 'thí điểm', 'kiện toàn', 'bố trí', 'chủ động', 'tăng cường',
];
const VERB = new RegExp(`(?:^|\\s)(?:${VERBS.join('|')})(?=[\\s,;:]|$)`, 'u');

/** "Giao Vụ A …", "Vụ A và Cục B đồng chủ trì, …", "Vụ A có trách nhiệm …". */
const WITH_ROLE =
  /^(?:(?:giao|đề nghị|yêu cầu)\s+(?:cho\s+)?)?(?<leads>.+?)\s+(?<role>đồng chủ trì|chủ trì|có trách nhiệm|làm đầu mối|được giao)(?=[\s,;:]|$)[\s,:]*(?<rest>.*)$/iu;
/** After "Vụ A chủ trì, …": "Cục B đồng chủ trì, phối hợp với …" names a co-lead. */
const CO_LEAD_AFTER = /^(?<coLeads>.+?)\s+đồng chủ trì(?=[\s,;:]|$)[\s,:]*(?<rest>.*)$/iu;
const GIVEN_TO = /^(?:giao|đề nghị|yêu cầu)\s+(?:cho\s+)?(?<rest>.+)$/iu;
const SUPPORTED_BY = /^(?:chủ trì,?\s*)?(?:phối hợp với|phối hợp cùng|cùng với|cùng)\s+(?<rest>.+)$/iu;
const SUPPORTED_AFTER = /[,;]\s*(?:có sự\s+)?phối hợp (?:với|của)\s+(?<units>[^;]+)$/iu;

/** Words before a deadline at the end of the sentence ("…; hoàn thành trong quý II/2024"). */
const DEADLINE_START =
  /(?:[;,]\s*|\s+)(?=(?:hoàn thành|thời hạn|thời gian|tiến độ|trước|trong|chậm nhất|thường xuyên|hằng|hàng|định kỳ|từ|thực hiện thường xuyên)(?=[\s:]|$))/giu;
const DEADLINE_LABEL =
  /^(?:thời hạn(?: hoàn thành| thực hiện)?|thời gian(?: hoàn thành| thực hiện)?|tiến độ(?: thực hiện| hoàn thành)?)\s*:?\s*/iu;
const LABELLED_DEADLINE =
  /^(?:thời hạn(?: hoàn thành| thực hiện)?|thời gian(?: hoàn thành| thực hiện)?|tiến độ(?: thực hiện| hoàn thành)?)\s*:/iu;
const LEADING_DEADLINE = /^(?<wording>(?:trong|trước|chậm nhất|từ)\s[^,]+),\s*(?<rest>.+)$/iu;
const IN_BRACKETS = /\s*\((?<inner>(?:thời hạn|thời gian|hoàn thành|tiến độ)[^()]*)\)$/iu;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const trimEnds = (text: string) => text.replace(/^[\s,;:.]+|[\s,;:.]+$/g, '');

function isDeadline(wording: string): boolean {
  const read = parseDeadline(wording);
  return read.ok || read.reason === 'impossible-date';
}

function cleanDeadline(wording: string): string {
  return capitalise(trimEnds(wording.replace(DEADLINE_LABEL, '')));
}

/** Splits the deadline off the sentence: at its end, in brackets at its end, or before the work. */
function takeDeadline(sentence: string): { rest: string; deadline: string | null } {
  const brackets = IN_BRACKETS.exec(sentence);
  if (brackets && isDeadline(cleanDeadline(brackets.groups!.inner!))) {
    return { rest: sentence.slice(0, brackets.index), deadline: cleanDeadline(brackets.groups!.inner!) };
  }
  for (const start of sentence.matchAll(DEADLINE_START)) {
    const rest = sentence.slice(start.index + start[0].length);
    const wording = cleanDeadline(rest);
    // A deadline the document labels ("; thời hạn: …") is its deadline even when it cannot be read.
    const labelled = /[;,]/.test(start[0]) && LABELLED_DEADLINE.test(rest);
    if (wording !== '' && (labelled || isDeadline(wording))) {
      return { rest: trimEnds(sentence.slice(0, start.index)), deadline: wording };
    }
  }
  const leading = LEADING_DEADLINE.exec(sentence);
  if (leading && isDeadline(cleanDeadline(leading.groups!.wording!))) {
    return { rest: leading.groups!.rest!, deadline: cleanDeadline(leading.groups!.wording!) };
  }
  return { rest: sentence, deadline: null };
}

/** A name list as written before the role: begins like a unit ("Vụ …", "Các đơn vị …"), and is short. */
function looksLikeUnits(text: string): boolean {
  return beginsLikeUnit(text) && text.split(/\s+/).length <= 40 && !/[;:]/.test(text);
}

/** "Vụ B, Cục C xây dựng …" → units ["Vụ B", "Cục C"] and the work "xây dựng …". */
function splitUnitsFromWork(text: string): { units: string[]; work: string } {
  const verb = VERB.exec(text);
  if (!verb) return { units: splitUnitList(text), work: '' };
  const at = verb.index + (/^\s/.test(verb[0]) ? 1 : 0);
  return { units: splitUnitList(text.slice(0, at)), work: text.slice(at) };
}

/**
 * `titled`: the sentence stands under an item whose own line already names the work
 * ("1. Xây dựng quy chế …" / "Giao Vụ A chủ trì, phối hợp với Vụ B; hoàn thành …"), so a sentence that
 * names the unit in charge with its role but no work of its own is still the assignment (work '').
 */
export function readAssignment(text: string, options: { titled?: boolean } = {}): Assignment | null {
  const { rest, deadline } = takeDeadline(trimEnds(text.normalize('NFC').replace(/\s+/g, ' ')));
  let leadText: string;
  let after: string;
  const withRole = WITH_ROLE.exec(rest);
  const roleStated = withRole !== null && looksLikeUnits(withRole.groups!.leads!);
  if (withRole && roleStated) {
    leadText = withRole.groups!.leads!;
    after = withRole.groups!.rest!;
    // "Giao Vụ A chủ trì, Cục B đồng chủ trì, phối hợp với …": Cục B leads too; it is not the work.
    const coLead = CO_LEAD_AFTER.exec(after);
    if (coLead && looksLikeUnits(coLead.groups!.coLeads!)) {
      leadText = `${leadText}, ${coLead.groups!.coLeads!}`;
      after = coLead.groups!.rest!;
    }
  } else {
    const given = GIVEN_TO.exec(rest);
    if (!given) return null;
    const split = splitUnitsFromWork(given.groups!.rest!);
    if (split.units.length === 0 || !looksLikeUnits(split.units[0]!)) return null;
    leadText = split.units.join(', ');
    after = split.work;
  }
  let supports: string[] = [];
  let work = after;
  const supported = SUPPORTED_BY.exec(after);
  if (supported) {
    const split = splitUnitsFromWork(supported.groups!.rest!);
    supports = split.units;
    work = split.work;
  } else {
    const late = SUPPORTED_AFTER.exec(after);
    if (late) {
      supports = splitUnitList(late.groups!.units!);
      work = after.slice(0, late.index);
    }
  }
  work = trimEnds(work);
  const leads = splitLeadList(leadText);
  if (leads.length === 0 || (work === '' && !(options.titled && roleStated))) return null;
  return { work: capitalise(work), leads, supports, deadline };
}
