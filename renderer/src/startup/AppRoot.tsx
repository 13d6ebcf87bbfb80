/**
 * The window's root: the startup check, then the app, with the file commands' services around both
 * and an error boundary that keeps the restore screen reachable whatever the data holds.
 * Reloading the data remounts everything below, so every list and view is read afresh.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import { App } from '../app/App';
import type { WindowPlatform } from '../files/window-platform';
import { type WindowServices, WindowServicesContext } from '../files/window-services';
import { ErrorBoundary } from './ErrorBoundary';
import { StartupGate } from './StartupGate';

/** The key App keeps the chosen plan under (see usePersistentState). */
const PLAN_ID_KEY = 'ecourt-plan.v1.planId';

export function AppRoot({ client, platform }: { client: ApiClient; platform: WindowPlatform }) {
  const [generation, setGeneration] = useState(0);
  const reloadData = useCallback((showPlanId?: number) => {
    if (showPlanId !== undefined) window.localStorage.setItem(PLAN_ID_KEY, JSON.stringify(showPlanId));
    setGeneration((n) => n + 1);
  }, []);
  const services = useMemo<WindowServices>(
    () => ({ client, platform, reloadData }),
    [client, platform, reloadData],
  );
  return (
    <WindowServicesContext.Provider value={services}>
      {/* Keyed like the gate: reloading the data also tries drawing again. */}
      <ErrorBoundary key={generation}>
        <StartupGate>
          <App client={client} />
        </StartupGate>
      </ErrorBoundary>
    </WindowServicesContext.Provider>
  );
}
