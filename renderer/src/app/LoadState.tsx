/** Full-window states while there is nothing to show yet: loading, or an error with a retry. */
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
      </div>
    </div>
  );
}
