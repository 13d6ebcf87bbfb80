/**
 * A window made of parts that each hold their own typed input (a meeting card, a conclusion's form):
 * each part says whether it holds unsaved input, and the window asks "Bỏ các thay đổi chưa lưu?"
 * (Modal's `dirty`) while any of them does.
 */
import { createContext, useCallback, useContext, useId, useLayoutEffect, useState } from 'react';

type Report = (part: string, dirty: boolean) => void;
const ReportUnsaved = createContext<Report | null>(null);

/** Wraps the window's parts; its value is the `report` of useUnsavedParts. */
export const UnsavedInputScope = ReportUnsaved.Provider;

/** For the window: whether any part holds unsaved input, and the function its parts report to. */
export function useUnsavedParts(): { anyUnsaved: boolean; report: Report } {
  const [parts, setParts] = useState<ReadonlySet<string>>(() => new Set());
  const report = useCallback<Report>((part, dirty) => {
    setParts((current) => {
      if (current.has(part) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(part);
      else next.delete(part);
      return next;
    });
  }, []);
  return { anyUnsaved: parts.size > 0, report };
}

/** For a part: reports whether it holds unsaved input (and stops counting once it is gone). */
export function useReportUnsaved(dirty: boolean): void {
  const report = useContext(ReportUnsaved);
  const part = useId();
  // Before the browser paints: an Esc pressed right after typing already sees the window as unsaved.
  useLayoutEffect(() => {
    report?.(part, dirty);
  }, [report, part, dirty]);
  useLayoutEffect(() => () => report?.(part, false), [report, part]);
}
