/**
 * Text stored before input was sanitised (or written by another tool straight into the file) still
 * carries control characters and direction overrides: every writer that cannot carry them escapes or
 * drops them, and the picture, calendar and terminal table are made for the whole plan.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadPlanView } from '../../services/interop/export-plan';
import { exportIcal } from '../../services/interop/ical/export-ical';
import { formatTasks } from '../../services/cli/commands';
import { renderSvgToPng } from '../../services/timeline-picture/render-timeline-png';
import { renderTimelineSvg } from '../../shared/timeline-picture/timeline-svg';
import { linesForTerminal } from '../../shared/text/escape-output';
import { AS_OF, NOW, databaseWithPlan76 } from '../interop/helpers/interop-fixtures';

const RAW_TITLE = 'Khảo sát \u001b]0;tieu-de\u0007\u001b[31mđỏ\u001b[0m \u0008\u000b\u202egnp.exe\u202c';

function planWithRawTitle() {
  const { db, repository, planId } = databaseWithPlan76();
  db.prepare("UPDATE tasks SET title = ? WHERE plan_id = ? AND wbs LIKE '%1.1'").run(RAW_TITLE, planId);
  const view = loadPlanView(repository, planId, AS_OF);
  expect(view.tasks.some((t) => t.title === RAW_TITLE)).toBe(true);
  return view;
}

describe('writers given stored control characters', () => {
  it('the timeline picture leaves them out and still renders', () => {
    const svg = renderTimelineSvg(planWithRawTitle());
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    expect(svg).toContain('Khảo sát ]0;tieu-de');
    const { png, width } = renderSvgToPng(svg, 1);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(width).toBeGreaterThan(500);
  });

  it('the calendar leaves them out and reads back', () => {
    const { text } = exportIcal(planWithRawTitle(), { unitIds: [], role: 'any', now: NOW });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.filter((s) => s.endsWith(' Khảo sát ]0;tieu-de[31mđỏ[0m gnp.exe'))).toHaveLength(1);
  });

  it('the terminal table shows them as visible symbols, never raw', () => {
    const table = linesForTerminal(formatTasks(planWithRawTitle()));
    expect(table).not.toContain('\u001b');
    expect(table).not.toContain('\u0007');
    expect(table).not.toContain('\u202e');
    expect(table).toContain('Khảo sát ␛]0;tieu-de␇␛[31mđỏ␛[0m');
  });
});
