/**
 * The papers of a recorded meeting, through the API: the meeting pack ("Tài liệu phục vụ cuộc họp")
 * built from the meeting itself, and the draft "Thông báo kết luận cuộc họp" from its conclusions,
 * follow-up tasks and revised deadlines. Both are also rendered by LibreOffice (see the e2e test).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useKh76Session } from '../editing/editing-fixtures';
import { openDocx, paragraphTexts, tableRows } from './docx-xml';

const kh76 = useKh76Session('2021-08-05');
const unitId = (name: string) => kh76.view.units.find((u) => u.name === name)!.id;
const read = (base64: string) => {
  const body = openDocx(Buffer.from(base64, 'base64')).xml('word/document.xml');
  return { texts: paragraphTexts(body), rows: tableRows(body), all: paragraphTexts(body).join('\n') };
};

/** A meeting as the secretariat records it, with its conclusions acted on. */
export async function recordActedMeeting() {
  const { app, planId } = kh76;
  await app.call('addProgressUpdate', {
    taskId: kh76.taskId('1.3'),
    reportedOn: '2021-07-30',
    percent: 60,
    achieved: 'Đã dịch 3 tài liệu',
    difficulties: 'Chưa có kinh phí thuê dịch tài liệu tiếng Hàn',
    enteredBy: null,
  });
  let meeting = await app.call('addMeeting', {
    planId,
    title: 'Họp Ban Chỉ đạo lần thứ nhất',
    heldOn: '2021-08-05',
    startsAt: '14:00',
    place: 'Phòng họp số 1, trụ sở TANDTC',
    chair: 'Phó Chánh án TANDTC, Trưởng Ban Chỉ đạo',
    participantUnitIds: [unitId('Vụ Tổng hợp'), unitId('Tổ giúp việc')],
  });
  meeting = await app.call('addMeetingItem', {
    meetingId: meeting.id,
    kind: 'agenda',
    text: 'Báo cáo kết quả nghiên cứu mô hình Tòa án điện tử',
    taskId: kh76.taskId('1.3'),
  });
  meeting = await app.call('addMeetingItem', {
    meetingId: meeting.id,
    kind: 'conclusion',
    text: 'Giao Tổ giúp việc hoàn thiện Đề cương Đề án trên cơ sở ý kiến của Ban Chỉ đạo',
    taskId: kh76.taskId('1.4'),
  });
  const conclusion = meeting.items.find((i) => i.kind === 'conclusion')!;
  await app.call('createFollowUpTask', {
    itemId: conclusion.id,
    title: 'Hoàn thiện Đề cương Đề án theo ý kiến Ban Chỉ đạo',
    deadline: null,
    deadlineText: 'Trước ngày 30 tháng 9 năm 2021',
    leadUnitId: unitId('Tổ giúp việc'),
    supportUnitIds: [unitId('Vụ Tổng hợp')],
    parentId: kh76.taskId('1'),
  });
  await app.call('rescheduleTask', {
    taskId: kh76.taskId('1.4'),
    start: null,
    deadline: '2021-09-30',
    shiftDependants: false,
    revision: {
      decidedOn: '2021-08-05',
      reason: conclusion.text,
      decisionRef: null,
      meetingItemId: conclusion.id,
    },
  });
  return meeting;
}

describe('papers of a recorded meeting', () => {
  it('builds the meeting pack from the meeting: time, place, chair, agenda with its tasks, open questions', async () => {
    const meeting = await recordActedMeeting();
    const file = await kh76.app.call('buildMeetingPack', {
      planId: kh76.planId,
      meetingOn: '2021-01-01',
      meetingId: meeting.id,
    });
    const { texts, rows, all } = read(file.base64);
    // Điều 7: a Báo cáo serving the meeting, named after the recorded meeting.
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Phục vụ cuộc họp Ban Chỉ đạo lần thứ nhất ngày 05/08/2021');
    expect(all).toContain('Thời gian: 14 giờ 00, ngày 5 tháng 8 năm 2021');
    expect(all).toContain('Địa điểm: Phòng họp số 1, trụ sở TANDTC');
    expect(all).toContain('Chủ trì: Phó Chánh án TANDTC, Trưởng Ban Chỉ đạo');
    expect(all).toContain('Thành phần: Vụ Tổng hợp; Tổ giúp việc');
    expect(all).toContain('1. Báo cáo kết quả nghiên cứu mô hình Tòa án điện tử (nhiệm vụ 1.3).');
    const agendaRow = rows.find((r) => r.cells[0] === '1.3' && r.cells.length === 6)!;
    expect(agendaRow.cells[5]).toBe('Chưa có kinh phí thuê dịch tài liệu tiếng Hàn');
    expect(all).toMatch(/NHỮNG VẤN ĐỀ CẦN BAN CHỈ ĐẠO CHO Ý KIẾN/);
    expect(all).toContain('- Nhiệm vụ 1.3');
    // 1.5 has no lead and no deadline in the plan: the committee is asked to settle both.
    expect(all).toMatch(/Giao đơn vị chủ trì[\s\S]*Nhiệm vụ 1\.5/);
    expect(all).toMatch(/Xác định thời hạn hoàn thành[\s\S]*Nhiệm vụ 1\.5/);
    expect(all).toContain('Có 1 nhiệm vụ được gia hạn so với thời hạn theo kế hoạch (1.4 thêm 61 ngày)');
  });

  it('drafts the Thông báo kết luận from the conclusions, follow-up tasks and revised deadlines', async () => {
    const meeting = await recordActedMeeting();
    const file = await kh76.app.call('buildConclusionsNotice', {
      planId: kh76.planId,
      meetingId: meeting.id,
      documentNumber: 12,
    });
    expect(file.fileName).toBe('thong-bao-ket-luan-hop-76-kh-bcd-tandtc-2021-08-05.docx');
    const { texts, all } = read(file.base64);
    expect(texts).toContain('THÔNG BÁO');
    // Its own series in the register, with the default (Tổ giúp việc) symbol.
    expect(all).toContain('Số: 12/TB-TGV');
    expect(all).toContain('Kết luận của Phó Chánh án TANDTC, Trưởng Ban Chỉ đạo');
    expect(all).toContain('tại cuộc họp Ban Chỉ đạo lần thứ nhất ngày 05/08/2021');
    expect(all).toContain('chủ trì cuộc họp Ban Chỉ đạo lần thứ nhất về tình hình thực hiện');
    expect(all).toContain('Vào 14 giờ 00, ngày 5 tháng 8 năm 2021, tại Phòng họp số 1, trụ sở TANDTC');
    expect(all).toContain(
      '1. Giao Tổ giúp việc hoàn thiện Đề cương Đề án trên cơ sở ý kiến của Ban Chỉ đạo.',
    );
    expect(all).toContain(
      '- Giao Tổ giúp việc chủ trì, phối hợp với Vụ Tổng hợp hoàn thiện Đề cương Đề án theo ý kiến Ban Chỉ đạo; thời hạn: trước ngày 30 tháng 9 năm 2021',
    );
    expect(all).toContain('(theo kế hoạch: Tháng 7 năm 2021): từ 31/07/2021 thành 30/09/2021.');
    expect(all).toMatch(/thông báo để các cơ quan, đơn vị liên quan biết, thực hiện\.\/\./);
  });

  it('refuses a meeting of another plan', async () => {
    const meeting = await recordActedMeeting();
    const message = await kh76.app.refuse('buildConclusionsNotice', { planId: 9999, meetingId: meeting.id });
    expect(message).toMatch(/không thuộc kế hoạch/);
  });

  it('renders both with LibreOffice on A4 portrait pages, readable as text', async () => {
    const meeting = await recordActedMeeting();
    const pack = await kh76.app.call('buildMeetingPack', {
      planId: kh76.planId,
      meetingOn: '2021-08-05',
      meetingId: meeting.id,
    });
    const notice = await kh76.app.call('buildConclusionsNotice', {
      planId: kh76.planId,
      meetingId: meeting.id,
    });
    const artifacts = path.resolve(__dirname, '../artifacts/meeting-documents');
    fs.mkdirSync(artifacts, { recursive: true });
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-lo-'));
    const files = { 'tai-lieu-hop': pack, 'thong-bao-ket-luan': notice };
    for (const [name, file] of Object.entries(files))
      fs.writeFileSync(path.join(artifacts, `${name}.docx`), Buffer.from(file.base64, 'base64'));
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          artifacts,
          ...Object.keys(files).map((name) => path.join(artifacts, `${name}.docx`)),
        ],
        { stdio: 'ignore', timeout: 90_000 },
      );
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    for (const name of Object.keys(files)) {
      const pdf = path.join(artifacts, `${name}.pdf`);
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(artifacts, name)]);
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/g)].map((m) => m[1]);
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.every((size) => size === '595.304 x 841.89')).toBe(true);
    }
    const first = (name: string) =>
      execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', path.join(artifacts, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      });
    expect(first('tai-lieu-hop')).toContain('Phục vụ cuộc họp Ban Chỉ đạo lần thứ nhất');
    expect(first('thong-bao-ket-luan')).toContain('THÔNG BÁO');
    expect(first('thong-bao-ket-luan')).toContain('/TB-TGV');
  }, 120_000);
});
