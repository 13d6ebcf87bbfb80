/**
 * One plan as of a date. The plan is read from the services once (and again after an edit or a
 * retry); its view for a date is computed here with the shared domain, so choosing another status
 * date is immediate. While the plan is read again, the previous view stays on screen. With no date
 * chosen, the default rule decides (see default-as-of), from the plan's span.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { PlanData } from '../../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { viewAsOf } from '../dates/view-as-of';
import { loadErrorMessage } from './load-error-message';

export type PlanViewState = {
  view: PlanView | null;
  /** Every progress report of the plan, per task, by date then entry: the history shown per task. */
  progressByTask: ReadonlyMap<number, readonly ProgressUpdate[]>;
  loading: boolean;
  error: string | null;
  retry: () => void;
};

export function usePlanView(client: ApiClient, planId: number, requestedAsOf: IsoDate | null): PlanViewState {
  const [data, setData] = useState<PlanData | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    client.getPlanData({ planId }).then(
      (next) => {
        if (!current) return;
        setData(next);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(loadErrorMessage(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [client, planId, attempt]);

  const view = useMemo(
    () => (data === null ? null : viewAsOf(data, requestedAsOf, todayIso())),
    [data, requestedAsOf],
  );
  const progressByTask = useMemo(() => {
    const byTask = new Map<number, ProgressUpdate[]>();
    const sorted = [...(data?.progressUpdates ?? [])].sort(
      (a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id,
    );
    for (const u of sorted) {
      const list = byTask.get(u.taskId);
      if (list) list.push(u);
      else byTask.set(u.taskId, [u]);
    }
    return byTask;
  }, [data]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, progressByTask, loading, error, retry };
}
