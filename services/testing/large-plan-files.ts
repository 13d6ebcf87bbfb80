/**
 * Large but ordinary plan files, made on the fly for the tests and the bench (never committed): a
 * text plan and a Word plan of a chosen size, shaped like real plans (numbered items, units, deadlines).
 */
import { strToU8, zipSync } from 'fflate';

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose document.xml is `body` (WordprocessingML inside <w:body>). */
export function docxWithBody(body: string, level: 6 | 9 = 9): Buffer {
  const document =
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}</w:body></w:document>`;
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(CONTENT_TYPES),
        '_rels/.rels': strToU8(PACKAGE_RELS),
        'word/document.xml': strToU8(document),
      },
      { level },
    ),
  );
}

/** One Word paragraph in Times New Roman 14, as administrative documents are typed. */
export const wordParagraph = (text: string) =>
  '<w:p><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr>' +
  `<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;

const MAX_GROUPS = 900;
const TASKS_PER_GROUP = 9;
const DETAIL = 'về ứng dụng công nghệ thông tin trong hoạt động của Tòa án nhân dân các cấp; ';

/**
 * `groups` groups of nine tasks (numbers a plan really uses, below 1000), each task's wording
 * carrying `repeats` times a phrase of some 100 bytes.
 */
function planLines(groups: number, repeats: number): string[] {
  const filler = DETAIL.repeat(repeats).trim();
  const lines = [
    'Số: 900/KH-LON',
    'Hà Nội, ngày 10 tháng 1 năm 2022',
    'KẾ HOẠCH',
    'Kế hoạch lớn',
    'II. NỘI DUNG',
  ];
  for (let g = 1; g <= groups; g++) {
    lines.push(`${g}. Nhóm việc số ${g}`);
    for (let i = 1; i <= TASKS_PER_GROUP; i++) {
      lines.push(
        `${g}.${i}. Nhiệm vụ ${g}.${i} ${filler}`,
        `- Chủ trì: Vụ số ${(g % 17) + 1} Tòa án nhân dân tối cao.`,
        `- Đơn vị phối hợp: Cục số ${(i % 5) + 1}, Các đơn vị có liên quan.`,
        `- Thời gian hoàn thành: Trước ngày ${(i % 27) + 1}/${(g % 12) + 1}/2023.`,
        `- Kết quả thực hiện: Báo cáo số ${g}.${i}.`,
      );
    }
  }
  return lines;
}

/**
 * The plan of at least `bytes` once `render`ed: as many groups as it takes (up to 900), then longer
 * wording. Estimated on one group, then the wording is lengthened until the whole reaches the size.
 */
function sizedPlan(bytes: number, render: (lines: string[]) => string): string {
  const one = (repeats: number) => Buffer.byteLength(render(planLines(1, repeats)));
  const groups = Math.min(MAX_GROUPS, Math.ceil(bytes / one(1)));
  const perWording = Math.max(1, one(2) - one(1));
  let repeats = 1 + Math.max(0, Math.ceil((bytes / groups - one(1)) / perWording));
  for (;;) {
    const whole = render(planLines(groups, repeats));
    if (Buffer.byteLength(whole) >= bytes) return whole;
    repeats++;
  }
}

/** Tasks in a plan made by sizedPlan: every numbered line of it ("1." and "1.1." alike). */
const countTasks = (text: string) => (text.match(/\b\d+\.(?:\d+\.)? (?:Nhóm việc|Nhiệm vụ)/g) ?? []).length;

/** A Word plan of numbered paragraphs whose XML is at least `megabytes` long. */
export function docxPlanOfXmlSize(megabytes: number): { bytes: Buffer; xmlBytes: number; tasks: number } {
  const body = sizedPlan(megabytes * 1024 * 1024, (lines) => lines.map(wordParagraph).join(''));
  return { bytes: docxWithBody(body, 6), xmlBytes: Buffer.byteLength(body), tasks: countTasks(body) };
}

/** A text plan (UTF-8) of at least `megabytes`, in the same shape. */
export function textPlanOfSize(megabytes: number): { bytes: Buffer; tasks: number } {
  const text = sizedPlan(megabytes * 1024 * 1024, (lines) => lines.join('\n\n'));
  return { bytes: Buffer.from(text), tasks: countTasks(text) };
}
