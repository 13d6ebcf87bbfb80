/**
 * "Nhận biểu mẫu đã điền…": one or many returned forms (chosen, or dropped on the window) read and
 * checked by the services; a preview per file and per task with every problem on its row; the
 * ticked rows written in one undoable step, the others listed with why.
 */
import { useEffect, useState } from 'react';
import type { PickedFile } from '../../../shared/files/file-transfer';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import type { AcceptResult, PreviewFile } from '../../../shared/progress-requests/request-schemas';
import { todayIso } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import { Field } from '../ui/Field';
import { Modal, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import { PreviewTable } from './PreviewTable';
import { type Selection, acceptedRows, allAcceptable, initialSelection } from './preview-selection';
import { carriesFiles, readPickedFiles } from './read-picked-files';
import './progress-requests.css';

type Props = { view: PlanView; onClose: () => void; initialFiles: PickedFile[] };

export function ReceiveDialog({ view, onClose, initialFiles }: Props) {
  const { client, reloadData } = useWindowServices();
  const task = useFileTask();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [preview, setPreview] = useState<PreviewFile[] | null>(null);
  const [selection, setSelection] = useState<Selection>(new Set());
  const [result, setResult] = useState<AcceptResult | null>(null);
  const [receivedOn, setReceivedOn] = useState(formatDisplayDate(todayIso()));
  const [receivedError, setReceivedError] = useState<string | undefined>();

  const read = (picked: PickedFile[]) =>
    task.run(async () => {
      if (picked.length === 0) return null;
      setResult(null);
      const checked = await client.previewReturnedForms({ planId: view.plan.id, files: picked });
      setFiles(picked);
      setPreview(checked.files);
      setSelection(initialSelection(checked.files));
      return null;
    });

  useEffect(() => {
    if (initialFiles.length > 0) void read(initialFiles);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the files the dialog was opened with
  }, [initialFiles]);

  const accept = () => {
    const received = parseDisplayDate(receivedOn);
    if (received === null || received > todayIso()) {
      setReceivedError('Cần một ngày có thật, không ở tương lai, dạng dd/mm/yyyy.');
      return;
    }
    return task.run(async () => {
      if (!preview) return null;
      const outcome = await client.acceptReturnedForms({
        planId: view.plan.id,
        files,
        accepted: acceptedRows(preview, selection),
        receivedOn: received,
      });
      setResult(outcome);
      setPreview(null);
      return outcome.acceptedCount > 0
        ? `Đã ghi ${outcome.acceptedCount} cập nhật tiến độ (có thể hoàn tác bằng Ctrl+Z).`
        : 'Không ghi cập nhật nào.';
    });
  };

  const close = () => (result && result.acceptedCount > 0 ? reloadData(view.plan.id) : onClose());
  const chosen = preview ? acceptedRows(preview, selection).length : 0;
  return (
    <Modal
      title="Nhận biểu mẫu báo cáo đã điền"
      testId="receive-dialog"
      wide
      onClose={close}
      footer={
        <>
          <label className="button" data-testid="receive-pick">
            Chọn tệp…
            <input
              type="file"
              multiple
              hidden
              accept=".xlsx,.docx"
              data-testid="receive-input"
              onChange={(e) => {
                const list = e.target.files;
                if (list) void readPickedFiles(list).then(read);
                e.target.value = '';
              }}
            />
          </label>
          <span className="toolbar-spacer" />
          {preview && (
            <>
              <button type="button" className="button" onClick={() => setSelection(allAcceptable(preview))}>
                Chọn tất cả dòng hợp lệ
              </button>
              <button type="button" className="button" onClick={() => setSelection(new Set())}>
                Bỏ chọn tất cả
              </button>
            </>
          )}
          <button type="button" className="button" onClick={close}>
            Đóng
          </button>
          {preview && (
            <button
              type="button"
              className="button primary"
              data-testid="receive-accept"
              disabled={task.busy || chosen === 0}
              onClick={() => void accept()}
            >
              Ghi {chosen} dòng đã chọn
            </button>
          )}
        </>
      }
    >
      <div
        className="drop-zone"
        data-testid="receive-drop"
        onDragOver={(e) => {
          if (carriesFiles(e.nativeEvent)) e.preventDefault();
        }}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          void readPickedFiles(e.dataTransfer.files).then(read);
        }}
      >
        Kéo thả các biểu mẫu đơn vị gửi lại (Excel .xlsx hoặc Word .docx) vào đây, hoặc bấm “Chọn tệp…” (chọn
        được nhiều tệp). Chưa có gì được ghi cho đến khi bấm “Ghi”.
      </div>
      {preview && (
        <div className="form-row">
          <Field label="Ngày nhận biểu mẫu (ghi vào bảng theo dõi)" error={receivedError}>
            <input
              value={receivedOn}
              placeholder="dd/mm/yyyy"
              data-testid="receive-received-on"
              onChange={(e) => {
                setReceivedOn(e.target.value);
                setReceivedError(undefined);
              }}
            />
          </Field>
        </div>
      )}
      {task.busy && <p role="status">Đang đọc và kiểm tra…</p>}
      {preview && <PreviewTable files={preview} selection={selection} onSelection={setSelection} />}
      {result && <AcceptSummary result={result} />}
      <TaskMessages error={task.error} notice={task.notice} />
    </Modal>
  );
}

function AcceptSummary({ result }: { result: AcceptResult }) {
  return (
    <div data-testid="receive-result" className="receive-result">
      {result.files.map((f) => (
        <section key={f.fileName}>
          <h3>
            {f.fileName}
            {f.unitName ? ` — ${f.unitName}` : ''}: đã ghi {f.acceptedCount} dòng
          </h3>
          {f.unchanged && <p className="form-hint">{f.unchanged}</p>}
          {f.rejected.length > 0 && (
            <ul className="rejected-list">
              {f.rejected.map((r, i) => (
                <li key={i}>
                  Không ghi {r.wbs} {r.title}: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
