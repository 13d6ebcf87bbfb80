/**
 * A steering-committee meeting recorded and corrected through the API, and its conclusions turned
 * into work: a follow-up task, a deadline revised by the conclusion, a task marked done.
 */
import { describe, expect, it } from 'vitest';
import { useKh76Session } from './editing-fixtures';

const kh76 = useKh76Session('2021-08-10');
const unitId = (name: string) => kh76.view.units.find((u) => u.name === name)!.id;

async function recordMeeting() {
  const meeting = await kh76.app.call('addMeeting', {
    planId: kh76.planId,
    title: 'Họp Ban Chỉ đạo lần thứ nhất',
    heldOn: '2021-08-05',
    startsAt: '14:00',
    place: 'Phòng họp tầng 3',
    chair: 'Phó Chánh án TANDTC',
    participantUnitIds: [unitId('Vụ Tổng hợp'), unitId('Tổ giúp việc')],
  });
  const withConclusion = await kh76.app.call('addMeetingItem', {
    meetingId: meeting.id,
    kind: 'conclusion',
    text: 'Giao Tổ giúp việc hoàn thiện Đề cương, lùi thời hạn đến 30/9/2021',
    taskId: kh76.taskId('1.4'),
  });
  return { meeting, conclusion: withConclusion.items.find((i) => i.kind === 'conclusion')! };
}

describe('meetings', () => {
  it('keeps time, place, chair and participants, and every field can be corrected', async () => {
    const { meeting } = await recordMeeting();
    expect(meeting).toMatchObject({ startsAt: '14:00', chair: 'Phó Chánh án TANDTC' });
    expect(meeting.participantUnitIds).toHaveLength(2);
    const edited = await kh76.app.call('updateMeeting', {
      meetingId: meeting.id,
      title: meeting.title,
      heldOn: meeting.heldOn,
      startsAt: '08:30',
      place: 'Hội trường B, 48 Lý Thường Kiệt',
      chair: meeting.chair,
      participantUnitIds: [unitId('Vụ Tổng hợp')],
    });
    expect(edited).toMatchObject({ startsAt: '08:30', place: 'Hội trường B, 48 Lý Thường Kiệt' });
    expect(edited.participantUnitIds).toEqual([unitId('Vụ Tổng hợp')]);
    const message = await kh76.app.refuse('updateMeeting', {
      ...edited,
      meetingId: meeting.id,
      startsAt: '25:00',
    });
    expect(message).toMatch(/Giờ họp không hợp lệ/);
  });

  it('postpones a meeting, keeping the date it had and why', async () => {
    const { meeting } = await recordMeeting();
    const moved = await kh76.app.call('postponeMeeting', {
      meetingId: meeting.id,
      toDate: '2021-08-12',
      reason: 'Lãnh đạo đi công tác',
    });
    expect(moved.heldOn).toBe('2021-08-12');
    expect(moved.postponements).toEqual([
      { fromDate: '2021-08-05', toDate: '2021-08-12', reason: 'Lãnh đạo đi công tác' },
    ]);
  });

  it('turns a conclusion into a follow-up task with its units, wording and parent, linked back', async () => {
    const { meeting, conclusion } = await recordMeeting();
    const ref = await kh76.app.call('createFollowUpTask', {
      itemId: conclusion.id,
      title: 'Hoàn thiện Đề cương Đề án theo ý kiến Ban Chỉ đạo',
      deadline: null,
      deadlineText: 'Trước ngày 30 tháng 9 năm 2021',
      leadUnitId: unitId('Tổ giúp việc'),
      supportUnitIds: [unitId('Vụ Tổng hợp')],
      parentId: kh76.taskId('1'),
    });
    await kh76.refresh();
    const task = kh76.view.tasks.find((t) => t.id === ref.taskId)!;
    expect(task).toMatchObject({
      parentId: kh76.taskId('1'),
      deadlineText: 'Trước ngày 30 tháng 9 năm 2021',
      deadline: '2021-09-29',
      baselineDeadline: '2021-09-29',
      start: '2021-08-05',
    });
    expect(task.leads.map((u) => u.name)).toEqual(['Tổ giúp việc']);
    expect(task.supports.map((u) => u.name)).toEqual(['Vụ Tổng hợp']);
    expect(task.notes).toContain('Họp Ban Chỉ đạo lần thứ nhất');
    const [after] = await kh76.app.call('listMeetings', { planId: kh76.planId });
    expect(after!.items.find((i) => i.id === conclusion.id)).toMatchObject({
      taskId: kh76.taskId('1.4'),
      followUpTaskId: ref.taskId,
    });
    expect(after!.id).toBe(meeting.id);
  });

  it('revises a deadline by a conclusion: the revision names the meeting', async () => {
    const { conclusion } = await recordMeeting();
    await kh76.app.call('rescheduleTask', {
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
    const [revision] = await kh76.app.call('listRevisions', { taskId: kh76.taskId('1.4') });
    expect(revision).toMatchObject({
      kind: 'decided',
      meetingItemId: conclusion.id,
      meetingLabel: '“Họp Ban Chỉ đạo lần thứ nhất” ngày 05/08/2021',
    });
  });

  it('corrects a conclusion’s text', async () => {
    const { conclusion } = await recordMeeting();
    const edited = await kh76.app.call('updateMeetingItem', {
      itemId: conclusion.id,
      text: 'Giao Tổ giúp việc hoàn thiện Đề cương',
      taskId: null,
    });
    expect(edited.items.find((i) => i.id === conclusion.id)).toMatchObject({
      text: 'Giao Tổ giúp việc hoàn thiện Đề cương',
      taskId: null,
    });
  });

  it('puts recorded meetings in the calendar export, at their time and place', async () => {
    await recordMeeting();
    const file = await kh76.app.call('exportIcal', { planId: kh76.planId, asOf: '2021-08-10' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8').replace(/\r\n /g, '');
    expect(text).toContain('SUMMARY:Họp: Họp Ban Chỉ đạo lần thứ nhất');
    expect(text).toContain('DTSTART:20210805T140000');
    expect(text).toContain('LOCATION:Phòng họp tầng 3');
    expect(text).toContain('Chủ trì: Phó Chánh án TANDTC');
    // Asked for a unit that does not take part: the meeting is not in its calendar.
    const other = await kh76.app.call('exportIcal', {
      planId: kh76.planId,
      asOf: '2021-08-10',
      unitIds: [unitId('Vụ Hợp tác quốc tế')],
    });
    expect(Buffer.from(other.base64, 'base64').toString('utf8')).not.toContain(
      'Họp Ban Chỉ đạo lần thứ nhất',
    );
  });
});
