/** Calendar files for Outlook: RFC 5545 form checked line by line, and read back with ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportPlan, loadPlanView } from '../../services/interop/export-plan';
import { exportIcal } from '../../services/interop/ical/export-ical';
import { recurringSchedule } from '../../services/interop/ical/recurrence-rule';
import { createTestDatabase } from '../../services/testing/test-database';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { parsePlanDocument } from '../../shared/plan-document/parse-plan-document';
import { AS_OF, NOW, RICH_AS_OF, databaseWithPlan76, databaseWithRichPlan } from './helpers/interop-fixtures';

type ReadEvent = {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  description: string;
  rrule: string | null;
};

function readCalendar(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const rrule = vevent.getFirstPropertyValue('rrule');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      description: event.description,
      rrule: rrule instanceof ICAL.Recur ? rrule.toString() : null,
    };
  });
}

function occurrences(text: string, uid: string, count: number): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid)!;
  const iterator = new ICAL.Event(vevent).iterator();
  return Array.from({ length: count }, () => iterator.next()!.toString());
}

function unitId(
  repository: ReturnType<typeof databaseWithPlan76>['repository'],
  planId: number,
  name: string,
): number {
  return loadPlanView(repository, planId, AS_OF).units.find((u) => u.name === name)!.id;
}

describe('the calendar file itself (RFC 5545)', () => {
  const { repository, planId } = databaseWithRichPlan();
  const { text } = exportIcal(loadPlanView(repository, planId, RICH_AS_OF), {
    unitIds: [],
    role: 'any',
    now: NOW,
  });

  it('ends every line with CRLF and folds lines at 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((l) => l.includes('\n') || l.includes('\r'))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Long Vietnamese summaries were folded, and unfold back to valid UTF-8.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text);
  });

  it('gives every event a UID, a DTSTAMP and an all-day date', () => {
    const events = text.split('BEGIN:VEVENT').slice(1);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const unfolded = event.replace(/\r\n /g, '');
      expect(unfolded).toMatch(/\r\nUID:[0-9a-f]{32}@ecourt-plan\r\n/);
      expect(unfolded).toContain('\r\nDTSTAMP:20210720T030000Z\r\n');
      expect(unfolded).toMatch(/\r\nDTSTART;VALUE=DATE:\d{8}\r\n/);
      expect(unfolded).toMatch(/\r\nDTEND;VALUE=DATE:\d{8}\r\n/);
    }
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  });

  it('escapes commas, semicolons and line breaks so that a parser reads the text back unchanged', () => {
    const events = readCalendar(text);
    const task = events.find((e) => e.summary.includes('1.1 '))!;
    expect(task.summary).toBe('Hạn: 1.1 Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"');
    expect(task.description).toBe(
      [
        'Kế hoạch số 15/KH-TEST, mục 1.1: Việc có ngày bắt đầu, liên kết <và> "ngoặc kép"',
        'Chủ trì: Vụ Tổng hợp',
        'Phối hợp: Văn phòng; Các đơn vị có liên quan',
        'Thời gian hoàn thành: Trước ngày 15/7/2022',
        'Kết quả thực hiện: Báo cáo A & B <bản 1>',
      ].join('\n'),
    );
    expect(text).toContain('liên kết <và> "ngoặc kép"\\nChủ trì');
  });

  it('keeps UIDs from one export to the next, so Outlook updates events instead of doubling them', () => {
    const again = exportIcal(loadPlanView(repository, planId, '2022-12-31'), {
      unitIds: [],
      role: 'any',
    }).text;
    expect(readCalendar(again).map((e) => e.uid)).toEqual(readCalendar(text).map((e) => e.uid));
    expect(new Set(readCalendar(text).map((e) => e.uid)).size).toBe(readCalendar(text).length);
  });
});

describe('what goes into a calendar', () => {
  it('puts deadlines, meetings and recurring duties in, with RRULEs a parser expands', () => {
    const { repository, planId } = databaseWithRichPlan();
    const { text, eventCount } = exportIcal(loadPlanView(repository, planId, RICH_AS_OF), {
      unitIds: [],
      role: 'any',
      now: NOW,
    });
    const events = readCalendar(text);
    expect(eventCount).toBe(events.length);
    const head = (summary: string) => summary.slice(0, summary.indexOf(' ', summary.indexOf(': ') + 2));
    expect(events.map((e) => [head(e.summary), e.start, e.allDay, e.rrule])).toEqual([
      ['Hạn: 1.1', '2022-07-14', true, null],
      ['Định kỳ: 1.2', '2022-03-31', true, 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1'],
      ['Họp: 1.3', '2022-08-31', true, null],
      ['Định kỳ: 2.1', '2023-01-14', true, 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=14'],
      ['Hạn: 2.2', '2022-04-04', true, null],
      ['Hạn: 2.3.2', '2022-12-31', true, null],
    ]);
    const quarterly = events.find((e) => e.summary.startsWith('Định kỳ: 1.2'))!;
    expect(occurrences(text, quarterly.uid, 4)).toEqual([
      '2022-03-31',
      '2022-06-30',
      '2022-09-30',
      '2022-12-31',
    ]);
    const yearly = events.find((e) => e.summary.startsWith('Định kỳ: 2.1'))!;
    expect(occurrences(text, yearly.uid, 2)).toEqual(['2023-01-14', '2024-01-14']);
    expect(text).toContain('TRIGGER:-P7D');
  });

  it('keeps a unit’s own tasks: as lead, as support, or both', async () => {
    const { repository, planId } = databaseWithPlan76();
    const summaries = (unit: string, role: 'lead' | 'support' | 'any') =>
      readCalendar(
        exportIcal(loadPlanView(repository, planId, AS_OF), {
          unitIds: [unitId(repository, planId, unit)],
          role,
        }).text,
      ).map((e) => e.summary.split(' ')[1]!);
    expect(summaries('Vụ Tổng hợp', 'any')).toEqual(['1.1']);
    expect(summaries('Vụ Tổng hợp', 'support')).toEqual([]);
    expect(summaries('Các đơn vị có liên quan', 'support')).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(summaries('Các đơn vị có liên quan', 'lead')).toEqual([]);

    const file = await exportPlan(
      repository,
      { planId, asOf: AS_OF, format: 'ics', unitIds: [unitId(repository, planId, 'Tổ giúp việc')] },
      NOW,
    );
    expect(file.fileName).toBe('lich-76-kh-bcd-tandtc-to-giup-viec.ics');
    expect(file.mimeType).toBe('text/calendar');
    await expect(
      exportPlan(repository, { planId, asOf: AS_OF, format: 'ics', unitIds: [999] }),
    ).rejects.toThrow('Không có đơn vị mã 999 trong kế hoạch số 76/KH-BCĐ-TANDTC');
  });
});

describe('a meeting known only by its start', () => {
  it('falls on that day', () => {
    const { repository } = createTestDatabase();
    const outcome = parsePlanDocument(DEFAULT_PLAN_TEXT);
    if (!outcome.ok) throw new Error(outcome.message);
    const { planId } = repository.importDocumentWithSchedule(
      outcome.document,
      { name: 'kh76.txt', text: DEFAULT_PLAN_TEXT },
      { starts: [{ wbs: '1.5', start: '2021-07-25' }], dependencies: [], progress: [] },
    );
    const events = readCalendar(
      exportIcal(loadPlanView(repository, planId, AS_OF), { unitIds: [], role: 'any' }).text,
    );
    expect(
      events.filter((e) => e.summary.startsWith('Họp:')).map((e) => [e.summary.slice(0, 9), e.start]),
    ).toEqual([['Họp: 1.5 ', '2021-07-25']]);
  });
});

describe('the first due day of a recurring duty', () => {
  it.each([
    [{ frequency: 'monthly', interval: 1, month: null, day: null }, '2022-02-15', '2022-02-28'],
    [{ frequency: 'monthly', interval: 3, month: null, day: null }, '2022-04-01', '2022-06-30'],
    [{ frequency: 'monthly', interval: 6, month: null, day: null }, '2022-07-01', '2022-12-31'],
    [{ frequency: 'monthly', interval: 6, month: null, day: null }, '2022-06-30', '2022-06-30'],
    [{ frequency: 'yearly', interval: 1, month: null, day: null }, '2022-03-05', '2022-12-31'],
    [{ frequency: 'yearly', interval: 2, month: 12, day: 15 }, '2022-12-16', '2023-12-15'],
  ] as const)('%j from %s is %s', (recurrence, from, due) => {
    expect(recurringSchedule(recurrence, from).firstDue).toBe(due);
  });
});
