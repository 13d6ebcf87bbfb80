/**
 * "Nhập kế hoạch…": a plan from a Word, PDF, Excel, MS Project or text file. The file is read and
 * shown first; the user corrects rows or leaves them out, and "Lưu kế hoạch" saves it all in one
 * transaction. Nothing is written before that. A newer version of a plan in the app (same number,
 * or a "sửa đổi, bổ sung" of it) updates that plan, its differences shown first; it never replaces it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ImportPreviewDto } from '../../../shared/api/import-preview-contract';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { PickedFile } from '../../../shared/files/file-transfer';
import type { PreviewEdit } from '../../../shared/plan-document/preview-edits';
import { diffPlan } from '../../../shared/plan-amendment/plan-diff';
import { AmendmentPreview, type ImportMode } from './import-preview/AmendmentPreview';
import { ImportPreview } from './import-preview/ImportPreview';
import { buildPreviewRows } from './import-preview/preview-rows';
import { ImportProgressLine } from './ImportProgressLine';
import { type ImportResult, importSummary, importWarningsNote } from './import-summary';
import { Modal, TaskMessages } from '../ui/Modal';
import { useFileTask } from './useFileTask';
import { useImportProgress } from './useImportProgress';
import { useWindowServices } from './window-services';

export function ImportPlanDialog({ onClose }: { onClose: () => void }) {
  const { client, platform, reloadData } = useWindowServices();
  const task = useFileTask();
  const { run } = task;
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [edits, setEdits] = useState<Map<string, PreviewEdit>>(new Map());
  const [result, setResult] = useState<ImportResult | null>(null);
  const state = useMemo(() => (preview ? buildPreviewRows(preview, edits) : null), [preview, edits]);
  const [mode, setMode] = useState<ImportMode>('new');
  const [keepUnmentioned, setKeepUnmentioned] = useState(false);
  // The differences are those of the document as corrected: what is shown is what is applied.
  const diff = useMemo(
    () =>
      preview?.amendable && state
        ? diffPlan(preview.amendable.tasks, state.document, { keepUnmentioned })
        : null,
    [preview, state, keepUnmentioned],
  );
  const updating = preview?.amendable != null && mode === 'update';
  // Reading the file (for the preview, and again to save it) is followed, and can be stopped.
  const tracker = useImportProgress();

  const choose = () =>
    run(async () => {
      const file = await platform.pickFile({ filters: [FILE_FILTERS.importable] });
      if (file === null) {
        // Closing the chooser before any file was read closes the dialog too.
        if (picked === null) onClose();
        return null;
      }
      setPicked(file);
      setResult(null);
      setPreview(null);
      setEdits(new Map());
      const read = await tracker.track((importId) =>
        client.previewImport({ fileName: file.fileName, base64: file.base64, importId }),
      );
      setMode(read.amendable ? 'update' : 'new');
      setKeepUnmentioned(false);
      setPreview(read);
      return null;
    });

  const save = () =>
    run(async () => {
      if (!picked || !preview) return null;
      setResult(
        await tracker.track((importId) =>
          client.importPlan({
            fileName: picked.fileName,
            base64: picked.base64,
            ...(updating && preview.amendable ? { updatePlanId: preview.amendable.id, keepUnmentioned } : {}),
            edits: [...edits.values()],
            importId,
          }),
        ),
      );
      return null;
    });

  // Opened from the menu: the file chooser comes straight up.
  useEffect(() => {
    void choose();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  const close = () => (result ? reloadData(result.planId) : onClose());
  const kept = state ? state.rows.filter((r) => !r.dropped).length : 0;
  return (
    <Modal
      title={preview && !result ? 'Nhập kế hoạch: xem lại trước khi lưu' : 'Nhập kế hoạch'}
      testId="import-dialog"
      onClose={close}
      full={preview !== null && result === null}
      footer={
        result ? (
          <button type="button" className="button primary" data-testid="import-show" onClick={close}>
            {result.amendment ? 'Xem kế hoạch đã cập nhật' : 'Xem kế hoạch vừa nhập'}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {preview ? 'Hủy, không lưu' : 'Đóng'}
            </button>
            <button type="button" className="button" disabled={task.busy} onClick={() => void choose()}>
              Chọn tệp khác…
            </button>
            {preview && (
              <button
                type="button"
                className="button primary"
                data-testid="import-save"
                disabled={task.busy || kept === 0}
                onClick={() => void save()}
              >
                {updating ? 'Cập nhật kế hoạch' : 'Lưu kế hoạch'}
              </button>
            )}
          </>
        )
      }
    >
      {!preview && (
        <p className="form-hint">
          Nhận tệp văn bản (.txt), Word (.docx), PDF có lớp chữ (.pdf), Excel (.xlsx) hoặc MS Project (.xml).
          Kế hoạch được hiển thị để xem lại và sửa trước khi lưu.
        </p>
      )}
      {picked && !preview && <p>Tệp: {picked.fileName}</p>}
      {task.busy && <ImportProgressLine tracker={tracker} />}
      {preview && state && !result && preview.amendable && diff ? (
        <AmendmentPreview
          plan={preview.amendable}
          diff={diff}
          mode={mode}
          onMode={setMode}
          taskCount={kept}
          keepUnmentioned={keepUnmentioned}
          onKeepUnmentioned={setKeepUnmentioned}
          document={<ImportPreview preview={preview} state={state} edits={edits} onEdits={setEdits} />}
        />
      ) : (
        preview &&
        state &&
        !result && <ImportPreview preview={preview} state={state} edits={edits} onEdits={setEdits} />
      )}
      {result && (
        <div data-testid="import-result">
          <p className="modal-notice">{importSummary(result)}</p>
          <p>{importWarningsNote(result)}</p>
        </div>
      )}
      <TaskMessages error={task.error} notice={null} />
    </Modal>
  );
}
