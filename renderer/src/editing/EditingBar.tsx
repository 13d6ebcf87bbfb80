/** The editing strip under the toolbar: new task, meetings, units, undo and redo, and the last refusal. */
import { useApiQuery } from '../api/useApiQuery';
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

  return (
    <div className="editing-bar" data-testid="editing-bar">
      <button type="button" className="button primary" data-testid="add-task" onClick={onAddTask}>
        + Thêm nhiệm vụ
      </button>
      <button type="button" className="button" data-testid="open-unit-registry" onClick={onUnits}>
        Danh mục đơn vị
      </button>
      <button type="button" className="button" data-testid="open-meetings" onClick={onMeetings}>
        Cuộc họp Ban Chỉ đạo
      </button>
      {missing.length > 0 && (
        <button
          type="button"
          className="button"
          data-testid="load-shipped"
          title={missing.map((p) => `${p.code}: ${p.title}`).join('\n')}
          onClick={async () => {
            const loaded = await editing.run(() => editing.client.loadShippedPlans({}));
            if (loaded) onPlansLoaded();
          }}
        >
          Nạp {missing.length} văn bản phối hợp
        </button>
      )}
      <span className="toolbar-spacer" />
      <button
        type="button"
        className="button"
        data-testid="undo"
        disabled={!undoState.canUndo}
        title={undoState.undoLabel ? `Hoàn tác: ${undoState.undoLabel} (Ctrl+Z)` : 'Không có gì để hoàn tác'}
        onClick={editing.undo}
      >
        ↶ Hoàn tác
      </button>
      <button
        type="button"
        className="button"
        data-testid="redo"
        disabled={!undoState.canRedo}
        title={undoState.redoLabel ? `Làm lại: ${undoState.redoLabel} (Ctrl+Y)` : 'Không có gì để làm lại'}
        onClick={editing.redo}
      >
        ↷ Làm lại
      </button>
      {notice && !error && (
        <p className="editing-notice" role="status" data-testid="editing-notice">
          {notice}
          {undoState.canUndo && (
            <button
              type="button"
              className="button link"
              data-testid="notice-undo"
              onClick={() => {
                editing.undo();
                onNoticeClose?.();
              }}
            >
              Hoàn tác
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Đóng thông báo" onClick={onNoticeClose}>
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
