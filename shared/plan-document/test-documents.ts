/** Helpers for the parser's tests: a parsed document's items as a reader would check them. */
import type { ParsedPlanDocument } from './parsed-plan';
import { parsePlanDocument } from './parse-plan-document';

export function parseOk(text: string): ParsedPlanDocument {
  const outcome = parsePlanDocument(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.document;
}

export type ReadTask = {
  wbs: string;
  title: string;
  /** The principal lead unit. */
  lead: string | null;
  /** Present only when the item has co-leads ("đồng chủ trì"). */
  coLeads?: string[];
  support: string[];
  deadline: string | null;
  due: string | null;
  start?: string;
};

/** Each item with unit names (not keys), the deadline wording and the day it means. */
export function readTasks(doc: ParsedPlanDocument): ReadTask[] {
  const name = (key: string | null) => doc.units.find((u) => u.key === key)?.name ?? null;
  return doc.items.map((item) => {
    const d = item.deadline;
    const task: ReadTask = {
      wbs: item.wbs,
      title: item.title,
      lead: name(item.leadKeys[0] ?? null),
      support: item.supportKeys.map((k) => name(k) ?? k),
      deadline: d ? d.wording : null,
      due: d?.ok ? d.deadline : null,
    };
    if (item.leadKeys.length > 1) task.coLeads = item.leadKeys.slice(1).map((k) => name(k) ?? k);
    if (d?.ok && d.start) task.start = d.start;
    return task;
  });
}

/** The header every test document starts with. */
export function header(code: string, type: string, date: string, title: string, agency = ''): string {
  return `${agency}\nSố: ${code}\n\nHà Nội, ${date}\n\n${type}\n${title}\n\n`;
}
