/**
 * A unit's fill-in form as a Word document, for units that answer in Word: a landscape page with the
 * form's identity (read back from the text) and one table whose columns are those of the Excel form.
 */
import { Document, PageOrientation, Packer, type Paragraph } from 'docx';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import { FORM_COLUMNS, IDENTITY_LABELS, ROLE_LABELS } from '../../shared/progress-requests/form-layout';
import { TABLE_TEXT_STYLE, type TableRowSpec, dataTable, textCell } from '../reports/format/data-table';
import { A4, MARGINS } from '../reports/format/page-layout';
import { pageNumberHeader } from '../reports/format/page-headers';
import { FONT, PT, bodyParagraph, centeredParagraph, halfPoints, run } from '../reports/format/typography';
import type { RequestForm } from './request-form';

/** Twips per column, landscape A4 between the margins (14 287): dates and percentages on one line. */
const WIDTHS: Record<(typeof FORM_COLUMNS)[number]['id'], number> = {
  key: 1050,
  wbs: 650,
  title: 2100,
  role: 900,
  deadlineText: 1000,
  deadline: 1350,
  lastPercent: 900,
  reportedOn: 1350,
  percent: 950,
  achieved: 1000,
  difficulties: 900,
  proposals: 700,
  completedOn: 1350,
};

/** Text columns read left-aligned; codes, dates and figures centred. */
const LEFT = new Set<string>(['title', 'deadlineText', 'achieved', 'difficulties', 'proposals']);

function identityLines(form: RequestForm): Paragraph[] {
  // Table-size text: the first rows of the table should still start on the first page.
  const line = (label: string, value: string) =>
    bodyParagraph([run(`${label}: `, { bold: true, size: PT.table }), run(value, { size: PT.table })], {
      indent: false,
    });
  return [
    line(IDENTITY_LABELS.planCode, `${form.planCode} — ${form.planTitle}`),
    line(IDENTITY_LABELS.unitName, form.unitFullName),
    line(
      IDENTITY_LABELS.asOf,
      `${formatDisplayDate(form.asOf)}${form.periodLabel ? ` (${form.periodLabel})` : ''}; ${IDENTITY_LABELS.dueOn.toLowerCase()}: ${formatDisplayDate(form.dueOn)}`,
    ),
    line(IDENTITY_LABELS.requestToken, form.token),
    bodyParagraph(
      [
        run(
          'Cách điền: ghi vào sáu cột cuối; tỷ lệ hoàn thành là số từ 0 đến 100; ngày ghi dạng dd/mm/yyyy. ' +
            'Không sửa cột “Mã nhiệm vụ” và dòng “Mã đề nghị”.',
          { italics: true, size: PT.table },
        ),
      ],
      { indent: false },
    ),
  ];
}

export async function buildFormDocument(form: RequestForm): Promise<Buffer> {
  const rows = form.rows.map((r): TableRowSpec => ({
    kind: 'data',
    cells: [
      textCell(r.key),
      textCell(r.wbs),
      textCell(r.title),
      textCell(ROLE_LABELS[r.role]),
      textCell(r.deadlineText ?? ''),
      textCell(r.deadline ? formatDisplayDate(r.deadline) : ''),
      textCell(r.lastPercent === null ? '' : String(r.lastPercent)),
      ...Array.from({ length: 6 }, () => textCell('')),
    ],
  }));
  const table = dataTable(
    FORM_COLUMNS.map((c) => ({
      title: c.title,
      width: WIDTHS[c.id],
      align: LEFT.has(c.id) ? ('left' as const) : ('center' as const),
    })),
    rows.length > 0 ? rows : [{ kind: 'note', text: 'Không có nhiệm vụ.' }],
  );
  const document = new Document({
    title: `Biểu mẫu báo cáo tiến độ — ${form.unitName}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(PT.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: MARGINS,
          },
        },
        headers: { default: pageNumberHeader() },
        children: [
          centeredParagraph([run('BIỂU MẪU BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', { bold: true })]),
          ...identityLines(form),
          table,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
