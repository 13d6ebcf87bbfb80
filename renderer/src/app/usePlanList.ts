import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanSummary } from '../../../shared/api/contract';
import { loadErrorMessage } from './load-error-message';

export type PlanListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; plans: PlanSummary[] };

export function usePlanList(client: ApiClient): { state: PlanListState; retry: () => void } {
  const [state, setState] = useState<PlanListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    client.listPlans({}).then(
      (plans) => current && setState({ status: 'ready', plans }),
      (error: unknown) => current && setState({ status: 'error', message: loadErrorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
