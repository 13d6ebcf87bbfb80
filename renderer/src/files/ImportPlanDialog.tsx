/**
 * "Nhập kế hoạch…": a plan from a Word, Excel, MS Project or text file, read by the services in one
 * transaction. A plan with the same number is replaced only when the user says so.
 */
import { useEffect, useState } from 'react';
import { ApiCallError } from '../../../shared/api/api-client';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { PickedFile } from '../../../shared/files/file-transfer';
import { type ImportResult, importSummary, importWarningsNote } from './import-summary';
import { Modal, TaskMessages } from './Modal';
import { useFileTask } from './useFileTask';
import { useWindowServices } from './window-services';

export function ImportPlanDialog({ onClose }: { onClose: () => void }) {
  const { client, platform, reloadData } = useWindowServices();
  const task = useFileTask();
  const { run } = task;
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [sameNumber, setSameNumber] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const importFile = async (file: PickedFile, replace: boolean): Promise<null> => {
    setSameNumber(null);
    try {
      setResult(await client.importPlan({ fileName: file.fileName, base64: file.base64, replace }));
    } catch (error) {
      if (!(error instanceof ApiCallError && error.code === 'conflict')) throw error;
      // The services' message also tells CLI users about --replace; the window offers a button instead.
      setSameNumber(`${error.message.split('. ')[0] ?? error.message}.`);
    }
    return null;
  };

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
      return importFile(file, false);
    });

  // Opened from the menu: the file chooser comes straight up.
  useEffect(() => {
    void choose();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the dialog opens
  }, []);

  const close = () => (result ? reloadData(result.planId) : onClose());
  return (
    <Modal
      title="Nhập kế hoạch"
      testId="import-dialog"
      onClose={close}
      footer={
        result ? (
          <button type="button" className="button primary" data-testid="import-show" onClick={close}>
            Xem kế hoạch vừa nhập
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Đóng
            </button>
            {sameNumber && picked && (
              <button
                type="button"
                className="button primary"
                data-testid="import-replace"
                disabled={task.busy}
                onClick={() => void run(() => importFile(picked, true))}
              >
                Thay thế kế hoạch cùng số
              </button>
            )}
            <button type="button" className="button" disabled={task.busy} onClick={() => void choose()}>
              Chọn tệp khác…
            </button>
          </>
        )
      }
    >
      <p className="form-hint">
        Nhận tệp văn bản (.txt), Word (.docx), PDF có lớp chữ (.pdf), Excel (.xlsx) hoặc MS Project (.xml).
      </p>
      {picked && <p>Tệp: {picked.fileName}</p>}
      {task.busy && <p role="status">Đang đọc tệp…</p>}
      {sameNumber && (
        <p className="modal-error" role="alert">
          {sameNumber} Thay thế sẽ xóa tiến độ đã cập nhật của kế hoạch cũ (đã có bản sao lưu tự động).
        </p>
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
