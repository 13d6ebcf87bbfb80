/**
 * Deterministic large plans for the benchmarks and the large-plan tests: realistic Vietnamese
 * task and unit names, 30 units, 2–4 levels, dependencies. The same seed always gives the same plan.
 */
import { addDays } from '../dates/iso-date';
import { parseDeadline } from '../deadline/parse-deadline';
import type { ParsedItem, ParsedPlanDocument } from '../plan-document/parsed-plan';
import { normalizeUnitName } from '../units/unit-name';

/** mulberry32: tiny, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Thừa Thiên Huế',
  'Nghệ An',
  'Thanh Hóa',
  'Quảng Ninh',
  'Bắc Ninh',
  'Đồng Nai',
  'Bình Dương',
  'Khánh Hòa',
  'Lâm Đồng',
  'An Giang',
  'Đắk Lắk',
  'Hà Tĩnh',
  'Quảng Nam',
  'Bình Định',
];
const CENTRAL_UNITS = [
  'Vụ Tổng hợp',
  'Vụ Pháp chế và Quản lý khoa học',
  'Vụ Hợp tác quốc tế',
  'Văn phòng',
  'Cục Kế hoạch - Tài chính',
  'Vụ Tổ chức - Cán bộ',
  'Trung tâm Công nghệ thông tin',
  'Học viện Tòa án',
  'Tạp chí Tòa án nhân dân',
  'Thanh tra',
  'Vụ Giám đốc kiểm tra I',
  'Tổ giúp việc',
];
export const BENCH_UNITS = [
  ...CENTRAL_UNITS.map((u) => (u === 'Tổ giúp việc' ? u : `${u} Tòa án nhân dân tối cao`)),
  ...PROVINCES.map((p) => `Tòa án nhân dân ${p}`),
];

const VERBS = [
  'Xây dựng',
  'Triển khai',
  'Nghiên cứu',
  'Tổ chức',
  'Hoàn thiện',
  'Đánh giá',
  'Khảo sát',
  'Thí điểm',
  'Nâng cấp',
  'Đào tạo',
];
const OBJECTS = [
  'hệ thống quản lý án điện tử',
  'cơ sở dữ liệu bản án',
  'phiên tòa trực tuyến',
  'hồ sơ điện tử',
  'dịch vụ công trực tuyến',
  'hạ tầng mạng WAN',
  'trợ lý ảo cho Thẩm phán',
  'chữ ký số',
  'cổng thông tin điện tử',
  'quy trình số hóa hồ sơ',
  'kho dữ liệu dùng chung',
  'an toàn thông tin mạng',
];
const DELIVERABLES = [
  'Báo cáo kết quả',
  'Dự thảo quy chế',
  'Hệ thống vận hành thử',
  'Kế hoạch chi tiết',
  'Biên bản nghiệm thu',
];

export function generatePlan(taskCount: number, seed = 76): ParsedPlanDocument {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const units = BENCH_UNITS.map((name) => normalizeUnitName(name)).filter((u) => u !== null);
  const items: ParsedItem[] = [];
  const counters: number[] = [];
  let depth = 0;
  while (items.length < taskCount) {
    // Walk a tree 2–4 levels deep: go down, stay, or climb back at random.
    const r = random();
    if (depth < 3 && (items.length === 0 || r < 0.3)) depth++;
    else if (depth > 1 && r > 0.8) depth--;
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    for (let i = 0; i < depth; i++) counters[i] ??= 1;
    const wbs = counters.join('.');
    const day = Math.floor(random() * 1500);
    const deadlineIso = addDays('2021-06-15', day);
    const [y, m, d] = deadlineIso.split('-');
    const wording = `Trước ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
    const lead = pick(units);
    const supports = [pick(units), pick(units)].filter((u) => u.key !== lead.key);
    items.push({
      wbs,
      parentWbs: depth > 1 ? counters.slice(0, -1).join('.') : null,
      title: `${pick(VERBS)} ${pick(OBJECTS)} (${wbs})`,
      kind: random() < 0.05 ? 'meeting' : 'task',
      line: items.length + 1,
      leadKeys: [lead.key],
      supportKeys: [...new Set(supports.map((u) => u.key))],
      deadline: parseDeadline(wording, { signedOn: '2021-06-10' }),
      deliverable: pick(DELIVERABLES),
      notes: null,
    });
  }
  return {
    header: {
      code: `${seed}-${taskCount}/KH-BENCH`,
      documentType: 'Kế hoạch',
      title: `Kế hoạch thử tải ${taskCount} nhiệm vụ`,
      place: 'Hà Nội',
      issuedOn: '2021-06-10',
    },
    items,
    units,
    warnings: [],
  };
}
