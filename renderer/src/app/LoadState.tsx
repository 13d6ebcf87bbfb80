/**
 * Full-window states while there is nothing to show yet: loading, or an error with a retry — and,
 * since the menus are not on screen then, the way to a backup or a plan file.
 */
import { RecoveryActions } from '../startup/RecoveryActions';

export function LoadingState({ message }: { message: string }) {
  return (
    <div className="load-state" role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <p>{message}</p>
    </div>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div className="load-state" role="alert" data-testid="error-state">
      <div className="error-card">
        <span className="error-icon" aria-hidden="true">
          !
        </span>
        <h1>{title}</h1>
        <p data-testid="error-message">{message}</p>
        {onRetry && (
          <button type="button" className="button primary" onClick={onRetry} data-testid="retry">
            Thử lại
          </button>
        )}
        <RecoveryActions />
      </div>
    </div>
  );
}
