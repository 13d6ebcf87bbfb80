/**
 * Reading a plan for the import preview: a 1,000-task Word plan (numbered paragraphs, labelled and
 * assignment-sentence items mixed) parsed from its bytes, matched against the registry and turned
 * into the preview's rows; and a 1 MB text whose fields run over thousands of lines (read in linear time).
 */
import { Document, Packer, Paragraph } from 'docx';
import { buildImportPreview } from '../../services/import/preview-import';
import { parsePlanBytes } from '../../services/interop/import-plan-bytes';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { buildPreviewRows } from '../../renderer/src/files/import-preview/preview-rows';
import { importPlanText } from '../../services/import/import-plan';
import { measure, row, type BenchRow } from '../measure';
import { planAmendmentCases } from './plan-amendment';

const UNITS = [
  'Vụ Tổng hợp',
  'Văn phòng',
  'Cục Công nghệ thông tin',
  'Học viện Tòa án',
  'Vụ Hợp tác quốc tế',
];

function planParagraphs(tasks: number): string[] {
  const lines = [
    'Số: 900/KH-BENCH',
    'Hà Nội, ngày 05 tháng 01 năm 2024',
    'KẾ HOẠCH',
    'Kế hoạch thử 1.000 nhiệm vụ',
  ];
  lines.push('II. NHIỆM VỤ');
  const groups = tasks / 10;
  for (let g = 1; g <= groups; g++) {
    lines.push(`${g}. Nhóm nhiệm vụ số ${g}`);
    for (let t = 1; t < 10; t++) {
      const lead = UNITS[(g + t) % UNITS.length]!;
      const support = UNITS[(g + t + 1) % UNITS.length]!;
      if (t % 2 === 0) {
        lines.push(
          `${g}.${t}. Giao ${lead} chủ trì, phối hợp với ${support} xây dựng báo cáo chuyên đề số ${t} của nhóm ${g}; hoàn thành trong quý ${['I', 'II', 'III', 'IV'][t % 4]}/2024.`,
        );
      } else {
        lines.push(`${g}.${t}. Rà soát nội dung số ${t} của nhóm ${g}`);
        lines.push(`- Đơn vị chủ trì: ${lead}`, `- Cơ quan phối hợp: ${support}`);
        lines.push('- Thời gian thực hiện: Tháng 3 - tháng 6/2024', '- Sản phẩm: Báo cáo rà soát');
      }
    }
  }
  return lines;
}

export async function importPreviewCases(): Promise<BenchRow[]> {
  const paragraphs = planParagraphs(1000);
  const bytes = await Packer.toBuffer(
    new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }] }),
  );
  const { repository } = createTestDatabase();
  importPlanText(repository, DEFAULT_PLAN_TEXT, 'kh-76.txt');
  let tasks = 0;
  const preview = await measure(7, async () => {
    const shown = buildImportPreview(
      repository,
      await parsePlanBytes(bytes, 'ke-hoach.docx'),
      'ke-hoach.docx',
    );
    tasks = buildPreviewRows(shown, new Map()).rows.length;
  });
  const longLines = Array.from({ length: 25_000 }, (_, i) => `dòng tiếp theo số ${i} của nội dung kết quả`);
  const longText = `Số: 1/KH\n\nKẾ HOẠCH\nThử\n\nII. NỘI DUNG\n1. Việc dài\n- Chủ trì: Vụ Tổng hợp\n- Thời hạn: Quý II/2024\n- Sản phẩm: Báo cáo\n${longLines.join('\n')}\n`;
  const linear = await measure(5, () => {
    if (!parsePlanDocument(longText).ok) throw new Error('1 MB text not read');
  });
  return [
    row('Xem trước khi nhập: đọc tệp Word + đối chiếu đơn vị + dựng các dòng', tasks, preview, null, {
      maxMs: 1000,
    }),
    row(
      `Đọc văn bản ${(Buffer.byteLength(longText) / 1024 / 1024).toFixed(1)} MB có trường kéo dài nhiều dòng`,
      1,
      linear,
      null,
      { maxMs: 1000 },
    ),
    ...(await planAmendmentCases()),
  ];
}
