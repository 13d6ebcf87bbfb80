/** The plans in the database, read through the one query hook (again after every edit). */
import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanSummary } from '../../../shared/api/contract';
import { useApiQuery } from '../api/useApiQuery';
import { loadErrorMessage } from './load-error-message';

export type PlanListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; plans: PlanSummary[] };

export function usePlanList(client: ApiClient): { state: PlanListState; retry: () => void } {
  const query = useApiQuery(client, 'listPlans', {});
  const state: PlanListState =
    query.data !== undefined
      ? { status: 'ready', plans: query.data }
      : query.error
        ? { status: 'error', message: loadErrorMessage(query.error) }
        : { status: 'loading' };
  return { state, retry: query.refetch };
}
