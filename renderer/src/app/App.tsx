import type { ApiClient } from '../../../shared/api/api-client';
import { usePersistentState } from '../prefs/usePersistentState';
import { ErrorState, LoadingState } from './LoadState';
import { PlanScreen } from './PlanScreen';
import { usePlanList } from './usePlanList';

const isPlanId = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isInteger(v));

export function App({ client }: { client: ApiClient }) {
  const { state, retry } = usePlanList(client);
  const [storedPlanId, setStoredPlanId] = usePersistentState<number | null>('planId', null, isPlanId);

  if (state.status === 'loading') return <LoadingState message="Đang mở danh sách kế hoạch…" />;
  if (state.status === 'error') {
    return <ErrorState title="Không mở được danh sách kế hoạch" message={state.message} onRetry={retry} />;
  }
  const first = state.plans[0];
  if (first === undefined) {
    return (
      <ErrorState
        title="Chưa có kế hoạch nào"
        message="Cơ sở dữ liệu chưa có kế hoạch nào để hiển thị."
        onRetry={retry}
      />
    );
  }
  const planId = state.plans.some((p) => p.id === storedPlanId) ? (storedPlanId as number) : first.id;
  return (
    <PlanScreen
      key={planId}
      client={client}
      plans={state.plans}
      planId={planId}
      onPlanChange={setStoredPlanId}
      onPlansChanged={retry}
    />
  );
}
