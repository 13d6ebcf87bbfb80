/**
 * MS Project XML as other programs schedule it: every task on the calendar (summaries and undated
 * tasks included), and GNOME Planner's own converter (Debian's msp2planner.xsl) reading every task
 * with a start, an end and a number for its work.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadPlanView } from '../../services/interop/export-plan';
import { exportMsProject } from '../../services/interop/mspdi/export-mspdi';
import { isWorkingDay, workingDays } from '../../services/interop/mspdi/working-calendar';
import { AS_OF, NOW, RICH_AS_OF, databaseWithPlan76, databaseWithRichPlan } from './helpers/interop-fixtures';

const NS = 'http://schemas.microsoft.com/project';
const PLANNER_XSL = '/usr/share/planner/stylesheets/msp2planner.xsl';

const plans = {
  'Kế hoạch 76': () => {
    const { repository, planId } = databaseWithPlan76();
    return exportMsProject(loadPlanView(repository, planId, AS_OF), NOW);
  },
  // Summaries with and without their own start, an undated task after a negative lag, a milestone, links.
  'the rich test plan': () => {
    const { repository, planId } = databaseWithRichPlan();
    return exportMsProject(loadPlanView(repository, planId, RICH_AS_OF), NOW);
  },
};

const text = (el: Element, name: string) =>
  Array.from(el.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === name)
    ?.textContent ?? null;

function msTasks(xml: string): Element[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagNameNS(NS, 'Task'));
}

function customValue(task: Element, fieldId: string): string | null {
  const attribute = Array.from(task.getElementsByTagNameNS(NS, 'ExtendedAttribute')).find(
    (a) => text(a, 'FieldID') === fieldId,
  );
  return attribute ? text(attribute, 'Value') : null;
}

describe.each(Object.entries(plans))('MS Project XML of %s', (_name, exportXml) => {
  const xml = exportXml();
  const tasks = msTasks(xml);

  it('gives every task, summaries included, a Start, Finish and Duration on working days', () => {
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      const start = text(task, 'Start');
      const finish = text(task, 'Finish');
      const duration = text(task, 'Duration');
      expect(start, text(task, 'WBS')!).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00$/);
      expect(finish).toMatch(/^\d{4}-\d{2}-\d{2}T17:00:00$/);
      const [startDay, finishDay] = [start!.slice(0, 10), finish!.slice(0, 10)];
      expect(isWorkingDay(startDay) && isWorkingDay(finishDay)).toBe(true);
      expect(startDay <= finishDay).toBe(true);
      const hours = Number(/^PT(\d+)H0M0S$/.exec(duration ?? '')?.[1]);
      const days = text(task, 'Milestone') === '1' ? 0 : workingDays(startDay, finishDay);
      expect(hours).toBe(days * 8);
      expect(text(task, 'Work')).toMatch(/^PT\d+H0M0S$/);
    }
  });

  it('spans each summary over its children', () => {
    for (const summary of tasks.filter((t) => text(t, 'Summary') === '1')) {
      const outline = text(summary, 'OutlineNumber')!;
      const children = tasks.filter((t) => {
        const n = text(t, 'OutlineNumber')!;
        return n.startsWith(`${outline}.`) && !n.slice(outline.length + 1).includes('.');
      });
      expect(children.length).toBeGreaterThan(0);
      const starts = children.map((c) => text(c, 'Start')!.slice(0, 10)).sort();
      const finishes = children.map((c) => text(c, 'Finish')!.slice(0, 10)).sort();
      expect(text(summary, 'Start')!.slice(0, 10)).toBe(starts[0]);
      expect(text(summary, 'Finish')!.slice(0, 10)).toBe(finishes.at(-1));
    }
  });

  it('converts with GNOME Planner’s msp2planner.xsl into tasks that all have a start, an end and numeric work', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mspdi-planner-'));
    try {
      const file = path.join(dir, 'plan.xml');
      fs.writeFileSync(file, xml);
      // No skip: CI installs xsltproc and planner (.ci/run); a missing converter fails here.
      const planner = execFileSync('xsltproc', [PLANNER_XSL, file], { encoding: 'utf8' });
      const doc = new DOMParser().parseFromString(planner, 'text/xml');
      const converted = Array.from(doc.getElementsByTagName('task'));
      expect(converted).toHaveLength(tasks.length);
      for (const task of converted) {
        const name = task.getAttribute('name')!;
        expect(task.getAttribute('start'), name).toMatch(/^\d{8}T\d{6}Z$/);
        expect(task.getAttribute('end'), name).toMatch(/^\d{8}T\d{6}Z$/);
        expect(task.getAttribute('start')! <= task.getAttribute('end')!).toBe(true);
        for (const attribute of ['work', 'duration']) {
          const value = task.getAttribute(attribute)!;
          expect(value, `${name}: ${attribute}`).toMatch(/^\d+$/);
        }
      }
      for (const link of Array.from(doc.getElementsByTagName('predecessor'))) {
        expect(link.getAttribute('predecessor-id')).toMatch(/^\d+$/);
        expect(Number.isFinite(Number(link.getAttribute('lag')))).toBe(true);
      }
      const allocations = doc.getElementsByTagName('allocation');
      expect(allocations.length).toBe(
        new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagNameNS(NS, 'Assignment').length,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dates MS Project cannot know from the plan', () => {
  const tasks = msTasks(plans['the rich test plan']());
  const byWbs = (wbs: string) => tasks.find((t) => text(t, 'WBS') === wbs)!;

  it('writes a task without a deadline as one estimated day from its derived start, flagged', () => {
    const undated = byWbs('2.3.1');
    // 2.2 finishes 04/04/2022; the link's lag of −2 days puts the start on Sunday 03/04, so Monday.
    expect([text(undated, 'Start'), text(undated, 'Finish'), text(undated, 'Duration')]).toEqual([
      '2022-04-04T08:00:00',
      '2022-04-04T17:00:00',
      'PT8H0M0S',
    ]);
    expect([text(undated, 'Estimated'), text(undated, 'DurationFormat')]).toEqual(['1', '39']);
    expect(customValue(undated, '188743752')).toBe('1');
    expect(customValue(undated, '188743743')).toBe('Sau khi xong mục 2.2');
    expect(text(undated, 'ConstraintType')).toBeNull();
    expect(text(undated, 'Deadline')).toBeNull();
  });

  it('holds a task’s own start with a constraint and says where a derived one comes from', () => {
    const own = byWbs('1.1');
    expect([text(own, 'ConstraintType'), text(own, 'ConstraintDate')]).toEqual(['4', '2022-04-01T08:00:00']);
    expect(customValue(own, '188743743')).toBe('Đã định');
    // 1.3 starts the day after 1.1's deadline (14/07) plus its 5-day lag: Wednesday 20/07/2022.
    const after = byWbs('1.3');
    expect(text(after, 'Start')).toBe('2022-07-20T08:00:00');
    expect(customValue(after, '188743743')).toBe('Sau khi xong mục 1.1');
    expect(customValue(after, '188743752')).toBeNull();
    // Plan issued Saturday 05/03/2022: a task starting with the plan starts on Monday.
    expect(text(byWbs('1.2'), 'Start')).toBe('2022-03-07T08:00:00');
    expect(customValue(byWbs('1.2'), '188743743')).toBe('Từ ngày ban hành kế hoạch');
  });
});
