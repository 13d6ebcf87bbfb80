import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanSummary } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { isAsOf, planPrefKey } from '../prefs/plan-prefs';
import { usePersistentState } from '../prefs/usePersistentState';
import { ErrorState, LoadingState } from './LoadState';
import { PlanWorkspace } from './PlanWorkspace';
import { usePlanView } from './usePlanView';

type Props = {
  client: ApiClient;
  plans: readonly PlanSummary[];
  planId: number;
  onPlanChange: (planId: number) => void;
  /** Plans were added (the shipped coordination documents): the list is read again. */
  onPlansChanged: () => void;
};

/** One plan: loads it as of the chosen date, and keeps the last view on screen while a new date loads. */
export function PlanScreen({ client, plans, planId, onPlanChange, onPlansChanged }: Props) {
  // Remembered per plan: reopening it shows the same status date.
  const [requestedAsOf, setRequestedAsOf] = usePersistentState<IsoDate | null>(
    planPrefKey(planId, 'asOf'),
    null,
    isAsOf,
  );
  const { view, progressByTask, loading, error, retry } = usePlanView(client, planId, requestedAsOf);

  if (view === null) {
    if (error !== null) return <ErrorState title="Không mở được kế hoạch" message={error} onRetry={retry} />;
    return <LoadingState message="Đang mở kế hoạch…" />;
  }
  return (
    <PlanWorkspace
      view={view}
      progressByTask={progressByTask}
      plans={plans}
      onPlanChange={onPlanChange}
      requestedAsOf={requestedAsOf}
      onAsOf={setRequestedAsOf}
      refreshing={loading}
      refreshError={error}
      onRetry={retry}
      client={client}
      onPlansChanged={onPlansChanged}
    />
  );
}
