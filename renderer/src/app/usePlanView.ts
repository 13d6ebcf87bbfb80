/**
 * One plan as of a date. Fetched again only when the plan or the date changes; while a new date
 * loads, the previous view stays on screen. With no date chosen, the default rule decides
 * (see default-as-of), which needs the plan's span — hence a second call when today is outside it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { defaultAsOf } from '../dates/default-as-of';
import { loadErrorMessage } from './load-error-message';

export type PlanViewState = {
  view: PlanView | null;
  loading: boolean;
  error: string | null;
  retry: () => void;
};

export function usePlanView(client: ApiClient, planId: number, requestedAsOf: IsoDate | null): PlanViewState {
  const [view, setView] = useState<PlanView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    const load = async (): Promise<PlanView> => {
      const today = todayIso();
      const first = await client.getPlanView({ planId, asOf: requestedAsOf ?? today });
      if (requestedAsOf !== null) return first;
      const chosen = defaultAsOf(first.span, today).date;
      return chosen === first.asOf ? first : client.getPlanView({ planId, asOf: chosen });
    };
    load().then(
      (next) => {
        if (!current) return;
        setView(next);
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
  }, [client, planId, requestedAsOf, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, loading, error, retry };
}
