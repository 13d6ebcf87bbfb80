/**
 * The last line of defence: whatever the stored data holds, an error while drawing the plan never
 * leaves a blank window. The screen says so and keeps the ways back in reach — restore a backup,
 * open a plan file, or try again — since the usual menus are part of what could not be drawn.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useWindowServices } from '../files/window-services';
import { RecoveryActions } from './RecoveryActions';

type Props = { children: ReactNode };
type State = { error: Error | null };

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever looks at the developer console; the user sees the screen below.
    console.error('[window] could not draw the plan:', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <DrawingFailed error={this.state.error} /> : this.props.children;
  }
}

function DrawingFailed({ error }: { error: Error }) {
  const { reloadData } = useWindowServices();
  return (
    <div className="load-state" role="alert" data-testid="drawing-failed">
      <div className="error-card recovery-card">
        <span className="error-icon" aria-hidden="true">
          !
        </span>
        <h1>Không hiển thị được kế hoạch</h1>
        <p>
          Dữ liệu đang lưu có chỗ ứng dụng không hiển thị được. Dữ liệu chưa bị thay đổi: hãy khôi phục một
          bản sao lưu trước đó, mở một tệp kế hoạch đã lưu, hoặc thử lại.
        </p>
        <p className="drawing-failed-detail">
          Chi tiết: <code data-testid="drawing-failed-detail">{error.message}</code>
        </p>
        <RecoveryActions primary />
        <button type="button" className="button" onClick={() => reloadData()}>
          Thử lại
        </button>
      </div>
    </div>
  );
}
