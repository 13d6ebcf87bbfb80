/**
 * One plan as of a date. The plan is read from the services once (and again after an edit or a
 * retry, through useApiQuery); its view for a date is computed here with the shared domain, so choosing another status
 * date is immediate. While the plan is read again, the previous view stays on screen. With no date
 * chosen, the default rule decides (see default-as-of), from the plan's span.
 */
import { useMemo } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { PlanData } from '../../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
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
  const query = useApiQuery(client, 'getPlanData', { planId });
  const data: PlanData | null = query.data ?? null;

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
  const error = query.error ? loadErrorMessage(query.error) : null;
  return { view, progressByTask, loading: query.loading, error, retry: query.refetch };
}
