/**
 * How many tasks, assignments, resources and links an MS Project file holds, counted in its text
 * before it is parsed: fast-xml-parser builds an object for each, so a file of millions of
 * assignments is refused before it costs anything.
 */
import { MAX_ASSIGNMENTS, MAX_IMPORT_ITEMS, MAX_LINKS, tooMuch } from '../common/import-limits';

const LIMITS = [
  { element: 'Task', what: 'công việc', limit: MAX_IMPORT_ITEMS + 1 },
  { element: 'Resource', what: 'tài nguyên (đơn vị)', limit: MAX_IMPORT_ITEMS },
  { element: 'Assignment', what: 'phân công', limit: MAX_ASSIGNMENTS },
  { element: 'PredecessorLink', what: 'liên kết giữa công việc', limit: MAX_LINKS },
] as const;

export function countElements(xml: string, fileName: string): void {
  for (const { element, what, limit } of LIMITS) {
    // An opening tag, with or without a namespace prefix and attributes: <Task>, <ns:Task a="1">, <Task/>.
    const pattern = new RegExp(`<(?:[\\w-]+:)?${element}[\\s/>]`, 'g');
    let count = 0;
    while (pattern.exec(xml) !== null) {
      if (++count > limit) throw tooMuch(fileName, what, limit);
    }
  }
}
