import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../default-plan/default-plan-text';
import type { ProgressUpdate, Task, TaskUnit, Unit } from '../model/schemas';
import { parsePlanDocument } from '../plan-document/parse-plan-document';
import { buildPlanView } from '../plan-view/build-plan-view';
import type { PlanView } from '../plan-view/plan-view-schema';
import { emptyPlanData } from '../testing/model-fixtures';
import { monthLabel, monthLabelStep, monthTicks } from './month-grid';
import { estimateTextWidth, escapeXml, fitText } from './svg-text';
import { ROW_HEIGHT, TIMELINE_WIDTH, renderTimelineSvg, timelinePages } from './timeline-svg';
import { OVERDUE_PATTERN_ID } from './timeline-style';

/** Kế hoạch 76 as the parser reads it, given ids the way storage would. */
function kh76View(asOf: string, progressUpdates: ProgressUpdate[] = []): PlanView {
  const parsed = parsePlanDocument(DEFAULT_PLAN_TEXT);
  if (!parsed.ok) throw new Error(parsed.message);
  const units: Unit[] = parsed.document.units.map((u, i) => ({
    id: i + 1,
    name: u.name,
    fullName: u.fullName,
    agency: u.agency,
    color: u.isCollective ? '#9e9e9e' : ['#0072b2', '#d55e00', '#009e73', '#cc79a7'][i % 4]!,
    isCollective: u.isCollective,
  }));
  const unitId = new Map(parsed.document.units.map((u, i) => [u.key, i + 1]));
  const ids = new Map(parsed.document.items.map((item, i) => [item.wbs, i + 1]));
  const tasks: Task[] = parsed.document.items.map((item, i) => ({
    id: i + 1,
    planId: 1,
    parentId: item.parentWbs === null ? null : (ids.get(item.parentWbs) ?? null),
    wbs: item.wbs,
    title: item.title,
    kind: item.kind,
    start: null,
    deadline: item.deadline?.ok ? item.deadline.deadline : null,
    deadlineText: item.deadline ? item.deadline.wording : null,
    deadlinePrecision: null,
    recurrence: null,
    deliverable: item.deliverable,
    notes: item.notes,
    sortOrder: i + 1,
    sourceLine: item.line,
    baselineStart: null,
    baselineDeadline: item.deadline?.ok ? item.deadline.deadline : null,
    baselinePrecision: null,
    revisionCount: 0,
  }));
  const taskUnits: TaskUnit[] = parsed.document.items.flatMap((item, i) => [
    ...item.leadKeys.map((key) => ({ taskId: i + 1, unitId: unitId.get(key)!, role: 'lead' as const })),
    ...item.supportKeys.map((key) => ({ taskId: i + 1, unitId: unitId.get(key)!, role: 'support' as const })),
  ]);
  return buildPlanView(emptyPlanData({ tasks, units, taskUnits, progressUpdates }), asOf);
}

/** The elements drawn in the row of a task, found by the y of its label. */
function rowOf(svg: string, view: PlanView, wbs: string): string {
  const index = view.tasks.findIndex((t) => t.wbs === wbs);
  const labelY = Number(
    new RegExp(`<text x="[\\d.]+" y="([\\d.]+)"[^>]*>${wbs.replace('.', '\\.')}</text>`).exec(svg)?.[1],
  );
  const top = labelY - ROW_HEIGHT / 2 - 4;
  expect(index).toBeGreaterThanOrEqual(0);
  const inRow = (y: number) => y >= top && y < top + ROW_HEIGHT;
  return (svg.match(/<text[^>]*>[^<]*<\/text>|<(?:rect|path)[^>]*>/g) ?? [])
    .filter((el) => {
      const y = /\sy="([\d.]+)"/.exec(el)?.[1] ?? /d="M[\d.]+ ([\d.]+)/.exec(el)?.[1];
      return y !== undefined && inRow(Number(y));
    })
    .join('\n');
}

describe('month grid', () => {
  it('lists the months between two dates with Vietnamese labels', () => {
    const ticks = monthTicks('2021-06-10', '2021-08-01');
    expect(ticks.map((t) => t.start)).toEqual(['2021-06-01', '2021-07-01', '2021-08-01']);
    expect(monthLabel(ticks[0]!, 200, 1)).toBe('Tháng 6/2021');
    expect(monthLabel(ticks[0]!, 60, 1)).toBe('Th6/2021');
  });

  it('labels fewer months when they are narrow, so that labels never overlap', () => {
    expect(monthLabelStep(80, 60)).toBe(1);
    expect(monthLabelStep(25, 60)).toBe(3);
    expect(monthLabelStep(4, 60)).toBe(12);
    const ticks = monthTicks('2021-01-01', '2022-12-01');
    expect(ticks.map((t) => monthLabel(t, 25, 3)).filter((l) => l !== null)).toEqual([
      'Th1/2021',
      'Th4/2021',
      'Th7/2021',
      'Th10/2021',
      'Th1/2022',
      'Th4/2022',
      'Th7/2022',
      'Th10/2022',
    ]);
    expect(ticks.map((t) => monthLabel(t, 4, 12)).filter((l) => l !== null)).toEqual([
      'Năm 2021',
      'Năm 2022',
    ]);
  });
});

describe('svg text', () => {
  it('escapes markup and cuts long labels with an ellipsis', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
    const long = 'Tổ chức điều tra, khảo sát thực trạng nguồn nhân lực '.repeat(6);
    const cut = fitText(long, 200, 11);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 11)).toBeLessThanOrEqual(200);
    expect(fitText('Tổ giúp việc', 200, 11)).toBe('Tổ giúp việc');
  });
});

describe('timeline SVG of Kế hoạch 76 as of 20/07/2021', () => {
  const view = kh76View('2021-07-20');
  const svg = renderTimelineSvg(view, { title: 'Tiến độ thực hiện' });

  it('labels every row with its number and a short name, groups in bold', () => {
    for (const wbs of ['1', '1.1', '1.2', '1.3', '1.4', '1.5']) expect(svg).toContain(`>${wbs}</text>`);
    expect(svg).toMatch(/font-weight="bold">1<\/text>/);
    expect(svg).toContain('>Đề xuất nội dung chính, xây dựng Đề cương Đề án</text>');
    expect(svg).toMatch(/>Tổ chức điều tra, khảo sát[^<]*…<\/text>/);
  });

  it('draws a month grid with Vietnamese labels and the report-date line', () => {
    expect(svg).toContain('>Tháng 6/2021</text>');
    expect(svg).toContain('>Tháng 7/2021</text>');
    expect(svg).toContain('>Ngày báo cáo 20/07/2021</text>');
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="6 4"/);
  });

  it('marks overdue bars in a way that survives greyscale: hatched, outlined thick, and said in words', () => {
    for (const wbs of ['1.1', '1.2', '1.3']) {
      const row = rowOf(svg, view, wbs);
      expect(row).toContain(`fill="url(#${OVERDUE_PATTERN_ID})"`);
      expect(row).toMatch(/stroke-width="2"/);
    }
    expect(svg.match(/>Quá hạn 6 ngày</g)).toHaveLength(3);
    expect(rowOf(svg, view, '1.4')).not.toContain(OVERDUE_PATTERN_ID);
  });

  it('draws a task without a deadline as an open dashed box, saying so', () => {
    const row = rowOf(svg, view, '1.5');
    expect(row).toMatch(/fill="#ffffff" stroke="#1a1a1a" stroke-width="1.2" stroke-dasharray="5 3"/);
    expect(row).toContain('>Chưa xác định thời hạn</text>');
  });

  it('colours bars by lead unit and explains colours and marks in a legend', () => {
    const lead11 = view.tasks.find((t) => t.wbs === '1.1')!.leads[0]!;
    expect(rowOf(svg, view, '1.1')).toContain(`fill="${lead11.color}"`);
    for (const label of [
      'Chủ trì: Vụ Tổng hợp',
      'Chủ trì: Vụ Pháp chế và Quản lý khoa học',
      'Chủ trì: Vụ Hợp tác quốc tế',
      'Chủ trì: Tổ giúp việc',
      'Quá hạn',
      'Chưa xác định thời hạn',
      'Nhóm nhiệm vụ',
      'Ngày báo cáo',
    ])
      expect(svg).toContain(`>${label}</text>`);
  });

  it('is a standalone SVG at the fixed width, in the shipped font first', () => {
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${TIMELINE_WIDTH}"`)).toBe(true);
    expect(svg).toContain('font-family="&apos;Be Vietnam Pro&apos;, &apos;Segoe UI&apos;, Arial');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('marks nothing overdue before the deadlines pass', () => {
    const earlySvg = renderTimelineSvg(kh76View('2021-07-01'));
    expect(earlySvg).not.toContain('Quá hạn');
    expect(earlySvg).not.toContain(OVERDUE_PATTERN_ID + ')"');
  });

  it('fills a done task’s bar solid and no longer marks it overdue', () => {
    const done: ProgressUpdate = {
      id: 1,
      taskId: 3,
      reportedOn: '2021-07-12',
      percent: 100,
      achieved: null,
      difficulties: null,
      enteredBy: null,
      createdAt: '2021-07-12T00:00:00.000Z',
    };
    const after = kh76View('2021-07-20', [done]);
    expect(after.tasks[2]!.wbs).toBe('1.2');
    const afterSvg = renderTimelineSvg(after);
    const row = rowOf(afterSvg, after, '1.2');
    expect(row).not.toContain(OVERDUE_PATTERN_ID);
    const [background, progress] = row.match(
      /<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*fill="#[0-9a-f]{6}"/g,
    )!;
    expect(progress).toBeDefined();
    expect(/width="([\d.]+)"/.exec(progress!)?.[1]).toBe(/width="([\d.]+)"/.exec(background!)?.[1]);
    expect(afterSvg.match(/>Quá hạn 6 ngày</g)).toHaveLength(2);
  });
});

describe('timeline SVG edge cases', () => {
  it('says so when the plan has no tasks, and still shows the report date', () => {
    const view = buildPlanView(emptyPlanData(), '2021-07-20');
    const svg = renderTimelineSvg(view);
    expect(svg).toContain('Kế hoạch chưa có nhiệm vụ nào.');
    expect(svg).toContain('Ngày báo cáo 20/07/2021');
    expect(svg).toContain('>Tháng 7/2021</text>');
  });

  it('widens the axis back to a report date before the plan starts', () => {
    const view = kh76View('2021-03-15');
    const svg = renderTimelineSvg(view);
    expect(svg).toMatch(/>(Th|Tháng )3\/2021<\/text>/);
    expect(svg).toContain('Ngày báo cáo 15/03/2021');
    expect(svg).not.toContain('Quá hạn');
  });

  it('splits a long plan into pages of rows drawn on the same axis', () => {
    const view = kh76View('2021-07-20');
    expect(timelinePages(view, 4)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 6 },
    ]);
    const second = renderTimelineSvg(view, { rows: { from: 4, to: 6 } });
    expect(second).toContain('>1.4</text>');
    expect(second).not.toContain('>1.1</text>');
    expect(second).toContain('>Tháng 6/2021</text>');
  });
});
