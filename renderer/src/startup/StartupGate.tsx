/**
 * Asks once how the data file opened; a damaged file gets the recovery screen instead of the plan,
 * and a file that cannot be written a banner over it saying the plan is shown read-only.
 * The plan starts loading meanwhile, out of sight, so the window does not wait for one answer
 * before asking the next.
 */
import { type ReactNode, useEffect, useState } from 'react';
import type { StartupStateDto } from '../../../shared/api/backup-contract';
import { LoadingState } from '../app/LoadState';
import { useWindowServices } from '../files/window-services';
import { RecoveryScreen } from './RecoveryScreen';
import './startup.css';

export function StartupGate({ children }: { children: ReactNode }) {
  const { client } = useWindowServices();
  const [state, setState] = useState<StartupStateDto | 'loading'>('loading');

  useEffect(() => {
    let current = true;
    client.getStartupState({}).then(
      (value) => current && setState(value),
      // The plan list reports a failing connection itself, with a retry.
      () => current && setState({ state: 'ok' }),
    );
    return () => {
      current = false;
    };
  }, [client]);

  if (state !== 'loading' && state.state === 'damaged') return <RecoveryScreen state={state} />;
  const readOnly = state !== 'loading' ? state.readOnlyMessage : undefined;
  // One tree whether or not the banner shows: the plan, loading meanwhile, is never remounted.
  return (
    <div className={readOnly === undefined ? 'startup-layout' : 'read-only-layout'}>
      {readOnly !== undefined && (
        <div className="read-only-banner" role="status" data-testid="read-only-banner">
          <strong>Chế độ chỉ xem.</strong> {readOnly}
        </div>
      )}
      {state === 'loading' && <LoadingState message="Đang mở dữ liệu kế hoạch…" />}
      <div className={state === 'loading' ? 'startup-pending' : 'startup-ready'}>{children}</div>
    </div>
  );
}
