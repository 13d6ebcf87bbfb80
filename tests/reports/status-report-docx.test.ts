/** The status report for Kế hoạch 76, read back from the .docx XML as Word would read it. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  STEERING_COMMITTEE_SETTINGS,
} from '../../shared/reports/report-schemas';
import { generateStatusReport } from '../../services/reports/generate-reports';
import { A4, MARGINS, contentWidth } from '../../services/reports/format/page-layout';
import { type Docx, attributes, headerPart, openDocx, paragraphTexts, sections, tableRows } from './docx-xml';
import { kh76Repository, taskIdByWbs, viewOf } from './report-fixtures';
import { renderTimelineSvg } from '../../shared/timeline-picture/timeline-svg';
import { svgSize } from '../../services/timeline-picture/render-timeline-png';
import { FIGURE_WIDTH } from '../../services/reports/timeline-figure';

const OPTIONS = { horizonDays: 30, recommendations: '' };

async function statusReport(
  asOf: string,
  prepare: (repository: ReturnType<typeof kh76Repository>) => void = () => {},
  settings: ReportSettings = DEFAULT_REPORT_SETTINGS,
  options = OPTIONS,
): Promise<{ docx: Docx; body: string; texts: string[]; fileName: string }> {
  const repository = kh76Repository();
  prepare(repository);
  const file = await generateStatusReport(viewOf(repository, asOf), settings, options);
  const docx = openDocx(file.data);
  const body = docx.xml('word/document.xml');
  return { docx, body, texts: paragraphTexts(body), fileName: file.fileName };
}

/** Bảng 1 (in Phụ lục I) and what follows it. */
const bang1 = (body: string) => body.slice(body.indexOf('Bảng 1.'));

/** The paragraphs of one part of the report: from its heading to the next heading. */
function part(texts: string[], heading: string, next: string): string[] {
  const start = texts.indexOf(heading);
  const end = texts.indexOf(next, start + 1);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  return texts.slice(start + 1, end === -1 ? undefined : end);
}

describe('status report for Kế hoạch 76 as of 20/07/2021', () => {
  let report: Awaited<ReturnType<typeof statusReport>>;
  beforeAll(async () => {
    report = await statusReport('2021-07-20');
  });

  it('is named for the plan and the date', () => {
    expect(report.fileName).toBe('bao-cao-tinh-hinh-76-kh-bcd-tandtc-2021-07-20.docx');
  });

  it('is laid out on A4 with the decree’s margins: the body portrait, then Phụ lục I and II landscape', () => {
    const all = sections(report.body);
    expect(all).toHaveLength(3);
    const sizes = all.map((s) => attributes(s, 'w:pgSz'));
    expect(sizes[0]).toMatchObject({
      'w:w': String(A4.width),
      'w:h': String(A4.height),
      'w:orient': 'portrait',
    });
    expect(sizes[1]).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    expect(sizes[2]).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    for (const section of all) {
      const margins = attributes(section, 'w:pgMar');
      expect(margins).toMatchObject({
        'w:top': '1134',
        'w:bottom': '1134',
        'w:left': '1701',
        'w:right': '850',
      });
      // Nghị định 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
      expect(Number(margins['w:top'])).toBe(MARGINS.top);
      expect(Number(margins['w:left']) / 56.7).toBeGreaterThanOrEqual(29.9);
      expect(Number(margins['w:right']) / 56.7).toBeGreaterThanOrEqual(14.9);
    }
  });

  it('keeps the page number off the first page and centres it at the top of the others', () => {
    const [first, ...rest] = sections(report.body);
    expect(first).toContain('<w:titlePg/>');
    const firstHeader = headerPart(report.docx, first!, 'first');
    expect(firstHeader).not.toContain('PAGE');
    for (const section of [first!, ...rest]) {
      const header = headerPart(report.docx, section, 'default');
      expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(header).toContain('<w:jc w:val="center"/>');
    }
  });

  it('is set in Times New Roman: in the default style and on every run', () => {
    const styles = report.docx.xml('word/styles.xml');
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/,
    );
    const fonts = new Set([...report.body.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    // Body text 14 pt (28 half-points).
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('opens with the letterhead: bodies on the left, national title and motto on the right, number and date', () => {
    const letterhead = tableRows(report.body).slice(0, 2);
    expect(letterhead[0]!.cells).toEqual([
      'BAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ\nTỔ GIÚP VIỆC\n',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n',
    ]);
    expect(letterhead[1]!.cells).toEqual([
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-TGV',
      'Hà Nội, ngày 20 tháng 7 năm 2021',
    ]);
    // The rules under the issuing body and the motto: a top border on an empty paragraph after each.
    expect(letterhead[0]!.xml.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
    // Borderless layout table.
    expect(report.body).toMatch(/<w:tblBorders><w:top w:val="none"/);
    // The date in italics.
    expect(letterhead[1]!.xml).toMatch(/<w:i\/>[\s\S]*Hà Nội, ngày 20 tháng 7 năm 2021/);
  });

  it('titles the report and opens with what plan it reports on and as of when', () => {
    const { texts } = report;
    const title = texts.indexOf('BÁO CÁO');
    expect(texts.slice(title, title + 5)).toEqual([
      'BÁO CÁO',
      'Tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC',
      '(Tính đến ngày 20 tháng 7 năm 2021)',
      '',
      'Kính gửi: Trưởng Ban Chỉ đạo xây dựng Đề án Tòa án điện tử',
    ]);
    expect(texts).toContain(
      'Thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC ngày 10 tháng 6 năm 2021 của Ban Chỉ đạo xây dựng Đề án Tòa án điện tử ' +
        'về xây dựng “Đề án xây dựng Tòa án điện tử ở Việt Nam đáp ứng yêu cầu cải cách tư pháp”, ' +
        'Tổ giúp việc báo cáo tình hình thực hiện đến ngày 20 tháng 7 năm 2021 như sau:',
    );
    const results = part(texts, 'I. KẾT QUẢ THỰC HIỆN', 'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NHIỆM VỤ CHẬM TIẾN ĐỘ');
    expect(results.slice(0, 3)).toEqual([
      'Kế hoạch số 76/KH-BCĐ-TANDTC gồm 5 nhiệm vụ thuộc 1 nhóm. Đến ngày 20 tháng 7 năm 2021, ' +
        'số nhiệm vụ đang thực hiện: 1; quá hạn: 3; chưa rõ thời hạn: 1.',
      'Văn bản Kế hoạch số 76/KH-BCĐ-TANDTC được cập nhật vào dữ liệu theo dõi chỉ đến mục 1.5; các nội dung sau mục 1.5 ' +
        'chưa có trong dữ liệu, nên số liệu trong báo cáo này chỉ phản ánh các nhiệm vụ đến mục 1.5, chưa phải toàn bộ kế hoạch.',
      'Kết quả theo đơn vị chủ trì (số nhiệm vụ):',
    ]);
    expect(results.at(-1)).toBe(
      'Kết quả thực hiện từng nhiệm vụ tại Phụ lục I (Bảng 1), tiến độ thực hiện tại Phụ lục II (Hình 1) kèm theo.',
    );
  });

  it('tabulates the results grouped by the plan’s sections, header repeated and rows kept whole', () => {
    const rows = tableRows(bang1(report.body)).filter(
      (r) => r.xml.includes('w:tblHeader') || /^\d/.test(r.cells[0] ?? ''),
    );
    const header = rows[0]!;
    expect(header.cells).toEqual([
      'STT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Tình trạng, kết quả',
      'Khó khăn, vướng mắc, ghi chú',
    ]);
    expect(header.xml).toContain('<w:tblHeader/>');
    const results = rows.slice(1);
    expect(results.map((r) => r.cells[0])).toEqual(['1', '1.1', '1.2', '1.3', '1.4', '1.5']);
    for (const row of rows) expect(row.xml).toContain('<w:cantSplit/>');
    // The group row spans the other six columns.
    expect(results[0]!.cells).toEqual(['1', 'Các hoạt động nghiên cứu, xây dựng Đề án']);
    expect(results[0]!.xml).toContain('<w:gridSpan w:val="6"/>');
    // "Quá hạn" once, with its days, in the status column; the last column is for difficulties.
    expect(results[1]!.cells.slice(2)).toEqual([
      'Vụ Tổng hợp',
      'Các đơn vị có liên quan',
      'Trước ngày 15 tháng 7 năm 2021 (hạn cuối 14/07/2021)',
      'Quá hạn 6 ngày, 0%\nChưa có báo cáo tiến độ',
      '',
    ]);
    // The group row stays with its first task.
    expect(results[0]!.xml.match(/<w:keepNext\/>/g)).toHaveLength(2);
    expect(results[4]!.cells.slice(4, 6)).toEqual([
      'Tháng 7 năm 2021 (hạn cuối 31/07/2021)',
      'Đang thực hiện, 0%\nChưa có báo cáo tiến độ',
    ]);
    expect(results[5]!.cells.slice(2)).toEqual([
      'Chưa xác định',
      '',
      'Chưa xác định',
      'Chưa rõ thời hạn, 0%\nChưa có báo cáo tiến độ',
      'Chưa xác định thời hạn — cần bổ sung\nChưa xác định đơn vị chủ trì — cần bổ sung',
    ]);
  });

  it('lists 1.1–1.3 as overdue by lead unit without a reported reason, and 1.5 as lacking lead and deadline', () => {
    const overdue = part(
      report.texts,
      'II. KHÓ KHĂN, VƯỚNG MẮC VÀ NHIỆM VỤ CHẬM TIẾN ĐỘ',
      'III. NHIỆM VỤ THỜI GIAN TỚI',
    );
    expect(overdue.slice(0, 4)).toEqual([
      '1. Nhiệm vụ quá hạn',
      'Đến ngày 20 tháng 7 năm 2021, có 3 nhiệm vụ quá hạn chưa hoàn thành, thuộc 3 đơn vị chủ trì (xếp theo số ngày quá hạn):',
      'a) Vụ Tổng hợp (1 nhiệm vụ):',
      '- Nhiệm vụ 1.1 “Tổ chức điều tra, khảo sát thực trạng nguồn nhân lực, trình độ tin học, cơ sở vật chất và cơ sở hạ tầng, ' +
        'trang thiết bị công nghệ thông tin; nghiên cứu xây dựng Báo cáo tổng kết thực tiễn việc ứng dụng công nghệ thông tin ' +
        'trong các hoạt động của Tòa án nhân dân thời gian qua”: thời hạn Trước ngày 15 tháng 7 năm 2021 ' +
        '(hạn cuối ngày 14 tháng 7 năm 2021); quá hạn 6 ngày; tiến độ 0%. Nguyên nhân: Chưa có báo cáo nguyên nhân.',
    ]);
    expect(overdue.filter((p) => /^[a-z]\) /.test(p))).toEqual([
      'a) Vụ Tổng hợp (1 nhiệm vụ):',
      'b) Vụ Pháp chế và Quản lý khoa học (1 nhiệm vụ):',
      'c) Vụ Hợp tác quốc tế (1 nhiệm vụ):',
    ]);
    // 1.4: from the plan's issue (10/06) to its deadline (31/07), 78 % of the time gone at 0 %.
    expect(part(overdue, '2. Nhiệm vụ có nguy cơ chậm', '3. Khó khăn, vướng mắc')).toEqual([
      'Có 1 nhiệm vụ chưa đến hạn nhưng tiến độ báo cáo thấp hơn tỷ lệ thời gian đã qua từ 30 điểm phần trăm trở lên, có nguy cơ chậm:',
      '- Nhiệm vụ 1.4 “Đề xuất nội dung chính, xây dựng Đề cương Đề án”. Chủ trì: Tổ giúp việc; ' +
        'thời hạn Tháng 7 năm 2021 (hạn cuối ngày 31 tháng 7 năm 2021); đã qua 78% thời gian, tiến độ 0%.',
    ]);
    expect(overdue).toContain('Các đơn vị chưa báo cáo khó khăn, vướng mắc trong quá trình thực hiện.');
    expect(overdue.slice(-3)).toEqual([
      '4. Nhiệm vụ chưa đủ căn cứ theo dõi',
      'Có 1 nhiệm vụ chưa đủ căn cứ để theo dõi, đánh giá tiến độ:',
      '- Nhiệm vụ 1.5 “Tổ chức họp Ban Chỉ đạo, Tổ giúp việc Đề án để xin ý kiến về những vấn đề lớn, ' +
        'xây dựng và hoàn chỉnh đề cương chi tiết”: chưa xác định đơn vị chủ trì và thời hạn.',
    ]);
  });

  it('lists what falls due in the next 30 days, drafts recommendations from the data, and ends with “./.”', () => {
    const upcoming = part(report.texts, 'III. NHIỆM VỤ THỜI GIAN TỚI', 'IV. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(upcoming).toEqual([
      'Trong thời gian tới, các đơn vị tập trung hoàn thành 1 nhiệm vụ có thời hạn từ ngày 21 tháng 7 năm 2021 ' +
        'đến ngày 19 tháng 8 năm 2021:',
      '- Nhiệm vụ 1.4 “Đề xuất nội dung chính, xây dựng Đề cương Đề án”. Chủ trì: Tổ giúp việc; ' +
        'thời hạn Tháng 7 năm 2021 (hạn cuối ngày 31 tháng 7 năm 2021); tiến độ đến nay 0%.',
    ]);
    const rest = part(report.texts, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Nơi nhận:');
    expect(rest).toEqual([
      'Đề nghị các đơn vị chủ trì khẩn trương hoàn thành 3 nhiệm vụ đã quá hạn (1.1; 1.2; 1.3) và báo cáo rõ nguyên nhân chậm.',
      'Đề nghị các đơn vị chủ trì tập trung thực hiện 1 nhiệm vụ có nguy cơ chậm (1.4), bảo đảm hoàn thành đúng thời hạn.',
      'Đề nghị Ban Chỉ đạo phân công đơn vị chủ trì đối với 1 nhiệm vụ chưa có đơn vị chủ trì (1.5).',
      'Đề nghị xác định thời hạn hoàn thành đối với 1 nhiệm vụ chưa có thời hạn (1.5).',
      'Trên đây là báo cáo tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC đến ngày 20 tháng 7 năm 2021 của Tổ giúp việc./.',
    ]);
    expect(report.texts.some((t) => /^…+$/.test(t))).toBe(false);
  });

  it('ends with “Nơi nhận” beside the signer’s title, the name line left for the secretary', () => {
    const signature = tableRows(report.body.slice(0, report.body.indexOf('(Kèm theo'))).at(-1)!;
    expect(signature.cells[0]).toBe(
      'Nơi nhận:\n- Như trên;\n- Các thành viên Ban Chỉ đạo;\n- Các thành viên Tổ giúp việc;\n- Lưu: VT, TGV.',
    );
    expect(signature.cells[1]).toBe('TỔ TRƯỞNG\n\n\n\n\n');
    // "Nơi nhận:" bold italic 12 pt, recipients 11 pt.
    expect(signature.xml).toMatch(
      /<w:b\/><w:bCs\/><w:i\/><w:iCs\/>[\s\S]*?<w:sz w:val="24"\/>[\s\S]*?Nơi nhận:/,
    );
    expect(signature.xml).toMatch(/<w:sz w:val="22"\/>[\s\S]*?- Lưu: VT, TGV\./);
  });

  it('carries the timeline as a PNG picture in the landscape part', () => {
    const media = report.docx.names.filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(1);
    const { body } = report;
    const drawing = body.indexOf('<w:drawing>');
    expect(drawing).toBeGreaterThan(
      body.indexOf('Hình 1. Tiến độ thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC đến ngày 20/07/2021'),
    );
    expect(drawing).toBeGreaterThan(body.indexOf('Phụ lục II'));
    expect(body.slice(drawing, drawing + 2000)).toContain('<pic:pic');
    // In the last (landscape) section, after Bảng 1 and its own section.
    expect(drawing).toBeGreaterThan(body.lastIndexOf('w:orient="landscape"', drawing));
    expect(drawing).toBeGreaterThan(body.indexOf('Bảng 1.'));
    // Scaled to fit between the margins of the landscape page (EMU: 635 per twip).
    const width = Number(/<wp:extent cx="(\d+)"/.exec(body.slice(drawing))?.[1]);
    expect(width).toBeGreaterThan(0.75 * contentWidth('landscape') * 635);
    expect(width).toBeLessThanOrEqual(contentWidth('landscape') * 635);
  });

  it('draws every row of Kế hoạch 76 in its one picture, with no note about rows left out', () => {
    const [media] = report.docx.names.filter((n) => /^word\/media\/.+\.png$/.test(n));
    const png = report.docx.file(media!);
    const view = viewOf(kh76Repository(), '2021-07-20');
    expect(view.tasks).toHaveLength(6);
    // The picture has the proportions of the timeline of all six rows, not of fewer.
    const drawn = { width: FIGURE_WIDTH, labelWidth: 270, barNotes: true };
    const whole = svgSize(renderTimelineSvg(view, drawn));
    const fewer = svgSize(renderTimelineSvg({ ...view, tasks: view.tasks.slice(0, 5) }, drawn));
    const ratio = png.readUInt32BE(20) / png.readUInt32BE(16);
    expect(ratio).toBeCloseTo(whole.height / whole.width, 2);
    expect(ratio).not.toBeCloseTo(fewer.height / fewer.width, 2);
    expect(report.texts.some((t) => t.includes('Hình 1 chỉ thể hiện'))).toBe(false);
  });
});

describe('status report after progress updates', () => {
  it('no longer lists 1.2 as overdue once it has been reported done', async () => {
    const { texts, body } = await statusReport('2021-07-20', (repository) => {
      repository.addProgressUpdate({
        taskId: taskIdByWbs(repository, '1.2'),
        reportedOn: '2021-07-12',
        percent: 100,
        achieved: 'Đã hoàn thành Báo cáo đánh giá thực trạng.',
        difficulties: null,
        enteredBy: 'Tổ giúp việc',
      });
    });
    const overdue = part(texts, '1. Nhiệm vụ quá hạn', '2. Nhiệm vụ có nguy cơ chậm');
    expect(overdue[0]).toBe(
      'Đến ngày 20 tháng 7 năm 2021, có 2 nhiệm vụ quá hạn chưa hoàn thành, thuộc 2 đơn vị chủ trì (xếp theo số ngày quá hạn):',
    );
    expect(overdue.filter((p) => p.startsWith('- Nhiệm vụ 1.')).map((p) => p.slice(11, 14))).toEqual([
      '1.1',
      '1.3',
    ]);
    const row = tableRows(bang1(body)).find((r) => r.cells[0] === '1.2')!;
    expect(row.cells[5]).toBe(
      'Hoàn thành ngày 12/07/2021\nĐã hoàn thành Báo cáo đánh giá thực trạng.\n(Cập nhật ngày 12/07/2021)',
    );
    expect(row.cells[6]).toBe('');
  });

  it('gives the reason reported with the latest update, its difficulty by unit, and the user’s recommendations', async () => {
    const { texts } = await statusReport(
      '2021-07-20',
      (repository) => {
        repository.addProgressUpdate({
          taskId: taskIdByWbs(repository, '1.1'),
          reportedOn: '2021-07-16',
          percent: 40,
          achieved: 'Đã gửi phiếu khảo sát.',
          difficulties: 'Một số Tòa án chưa gửi phiếu khảo sát',
          enteredBy: null,
        });
      },
      DEFAULT_REPORT_SETTINGS,
      {
        horizonDays: 5,
        recommendations: 'Đề nghị Ban Chỉ đạo cho lùi thời hạn nhiệm vụ 1.1.\n\nGiao Tổ giúp việc đôn đốc.',
      },
    );
    const first = texts.find((p) => p.startsWith('- Nhiệm vụ 1.1 '))!;
    expect(first).toContain(
      'quá hạn 6 ngày; tiến độ 40%. Nguyên nhân: Một số Tòa án chưa gửi phiếu khảo sát.',
    );
    expect(part(texts, '3. Khó khăn, vướng mắc', '4. Nhiệm vụ chưa đủ căn cứ theo dõi')).toEqual([
      'Các khó khăn, vướng mắc do đơn vị chủ trì báo cáo:',
      'a) Vụ Tổng hợp:',
      expect.stringMatching(
        /^- Nhiệm vụ 1\.1 “Tổ chức điều tra.*”: Một số Tòa án chưa gửi phiếu khảo sát \(báo cáo ngày 16 tháng 7 năm 2021\)\.$/,
      ),
    ]);
    // A 5-day horizon ends on 25/07/2021, before 1.4 falls due.
    expect(part(texts, 'III. NHIỆM VỤ THỜI GIAN TỚI', 'IV. KIẾN NGHỊ, ĐỀ XUẤT')).toEqual([
      'Không có nhiệm vụ nào có thời hạn hoàn thành từ ngày 21 tháng 7 năm 2021 đến ngày 25 tháng 7 năm 2021.',
    ]);
    expect(part(texts, 'IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Nơi nhận:').slice(0, 2)).toEqual([
      'Đề nghị Ban Chỉ đạo cho lùi thời hạn nhiệm vụ 1.1.',
      'Giao Tổ giúp việc đôn đốc.',
    ]);
  });

  it('takes the letterhead, number, signer and recipients from the settings and the register', async () => {
    const settings: ReportSettings = {
      ...DEFAULT_REPORT_SETTINGS,
      ...STEERING_COMMITTEE_SETTINGS,
      signingAuthority: 'TM. Ban Chỉ đạo',
      signerTitle: 'Trưởng Ban',
      signerName: 'Nguyễn Văn A',
      recipients: ['Như trên', 'Lãnh đạo TANDTC'],
      archiveCode: 'VT, VTH',
    };
    const repository = kh76Repository();
    const file = await generateStatusReport(viewOf(repository, '2021-07-20'), settings, {
      ...OPTIONS,
      documentNumber: 5,
    });
    const body = openDocx(file.data).xml('word/document.xml');
    const rows = tableRows(body);
    expect(rows[0]!.cells[0]).toBe('TÒA ÁN NHÂN DÂN TỐI CAO\nBAN CHỈ ĐẠO XÂY DỰNG\nĐỀ ÁN TÒA ÁN ĐIỆN TỬ\n');
    expect(rows[1]!.cells[0]).toBe('Số: 05/BC-BCĐ');
    expect(paragraphTexts(body)).toContain(
      '(Kèm theo Báo cáo số 05/BC-BCĐ ngày 20 tháng 7 năm 2021 của Ban Chỉ đạo)',
    );
    const signature = tableRows(body.slice(0, body.indexOf('(Kèm theo'))).at(-1)!;
    expect(signature.cells).toEqual([
      'Nơi nhận:\n- Như trên;\n- Lãnh đạo TANDTC;\n- Lưu: VT, VTH.',
      'TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\n\n\n\nNguyễn Văn A',
    ]);
  });
});
