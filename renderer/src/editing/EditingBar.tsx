/**
 * The editing tools, inline in the toolbar row: new task; the rarer commands (units, meetings, loading
 * the coordination documents) in one "Công cụ" menu; undo and redo saying what they would undo. The last
 * refusal or outcome floats under the toolbar rather than taking a row of the window.
 */
import { useEffect, useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { type MenuItem, MenuButton } from '../ui/MenuButton';
import { clearSwitchNotice, peekSwitchNotice } from './undo-plans';
import type { Editing } from './useEditing';

type Props = {
  editing: Editing;
  onAddTask: () => void;
  onUnits: () => void;
  onMeetings: () => void;
  /** After the shipped coordination documents were loaded: the plan list changed. */
  onPlansLoaded: () => void;
  /** The outcome of the last edit worth saying (a deletion), with the way back. */
  notice?: string | null;
  onNoticeClose?: () => void;
};

export function EditingBar(props: Props) {
  const { editing, onAddTask, onUnits, onMeetings, onPlansLoaded, notice, onNoticeClose } = props;
  const { undoState, error } = editing;
  const shipped = useApiQuery(editing.client, 'listShippedPlans', {}).data ?? [];
  const missing = shipped.filter((p) => !p.loaded);

  // A switch of plan for an undo is said here, by the window of the plan switched to.
  const [loadNotice, setLoadNotice] = useState<string | null>(peekSwitchNotice);
  useEffect(clearSwitchNotice, []);
  const loadShipped = async () => {
    const loaded = await editing.run(() => editing.client.loadShippedPlans({}));
    if (!loaded) return;
    const tasks = loaded.reduce((n, p) => n + p.taskCount, 0);
    setLoadNotice(
      `Đã nạp ${loaded.length} văn bản phối hợp (${loaded.map((p) => p.code).join('; ')}): ${tasks} nhiệm vụ, ` +
        'mỗi văn bản là một kế hoạch riêng — chọn ở danh sách kế hoạch.',
    );
    onPlansLoaded();
  };
  const shownNotice = notice ?? loadNotice;
  const closeNotice = () => {
    setLoadNotice(null);
    onNoticeClose?.();
  };
  const tools: MenuItem[] = [
    { label: 'Danh mục đơn vị…', testId: 'open-unit-registry', onSelect: onUnits },
    { label: 'Cuộc họp Ban Chỉ đạo…', testId: 'open-meetings', onSelect: onMeetings },
    ...(missing.length > 0
      ? [
          'separator' as const,
          {
            label: `Nạp ${missing.length} văn bản phối hợp (${missing.map((p) => p.code).join(', ')})`,
            testId: 'load-shipped',
            onSelect: () => void loadShipped(),
          },
        ]
      : []),
  ];

  return (
    <div className="editing-bar" data-testid="editing-bar">
      <button type="button" className="button primary" data-testid="add-task" onClick={onAddTask}>
        + Thêm nhiệm vụ
      </button>
      <MenuButton label="Công cụ" testId="tools-menu" items={tools} light />
      <button
        type="button"
        className="button icon-only"
        aria-label={undoState.undoLabel ? `Hoàn tác: ${undoState.undoLabel}` : 'Hoàn tác'}
        data-testid="undo"
        disabled={!undoState.canUndo}
        title={
          undoState.undoLabel
            ? `Hoàn tác: ${undoState.undoLabel}${editing.undoElsewhere ? ` — ở ${editing.undoElsewhere}` : ''} (Ctrl+Z)`
            : 'Không có gì để hoàn tác'
        }
        onClick={editing.undo}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="button icon-only"
        aria-label={undoState.redoLabel ? `Làm lại: ${undoState.redoLabel}` : 'Làm lại'}
        data-testid="redo"
        disabled={!undoState.canRedo}
        title={
          undoState.redoLabel
            ? `Làm lại: ${undoState.redoLabel}${editing.redoElsewhere ? ` — ở ${editing.redoElsewhere}` : ''} (Ctrl+Y)`
            : 'Không có gì để làm lại'
        }
        onClick={editing.redo}
      >
        <span aria-hidden="true">↷</span>
      </button>
      {shownNotice && !error && (
        <p className="editing-notice" role="status" data-testid="editing-notice">
          {shownNotice}
          {notice && undoState.canUndo && (
            <button
              type="button"
              className="button link"
              data-testid="notice-undo"
              onClick={() => {
                editing.undo();
                closeNotice();
              }}
            >
              Hoàn tác
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Đóng thông báo" onClick={closeNotice}>
            ×
          </button>
        </p>
      )}
      {error && (
        <p className="editing-error" role="alert" data-testid="editing-error">
          {error}
          <button
            type="button"
            className="icon-button"
            aria-label="Đóng thông báo"
            onClick={editing.clearError}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
