/**
 * "Sổ văn bản đi": every numbered document (số, ngày, loại, trích yếu, tệp) by year, each line
 * correctable or removable (a number taken for a document never sent), and the register as an
 * Excel file.
 */
import { useState } from 'react';
import { invalidateQueries, useApiQuery } from '../api/useApiQuery';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { DOCUMENT_KIND_LABELS, type RegisterEntry } from '../../../shared/documents/document-numbers';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/error-message';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import './register.css';
import { type EntryErrors, type EntryForm, registerYears, toEntryEdit, toEntryForm } from './register-form';

type Editing = { id: number; form: EntryForm; errors: EntryErrors };

export function RegisterDialog({ onClose, year: initialYear }: { onClose: () => void; year: number }) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const { run } = task;
  const [year, setYear] = useState<number | null>(initialYear);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);

  // Read again after every change to the register (invalidateQueries), like every view.
  const query = useApiQuery(client, 'listDocumentRegister', { year });
  const entries: RegisterEntry[] | null = query.data ?? null;

  const chooseYear = (value: string) => {
    setYear(value === 'all' ? null : Number(value));
    setEditing(null);
  };

  const save = () => {
    if (editing === null) return;
    const checked = toEntryEdit(editing.id, editing.form);
    if (!checked.ok) {
      setEditing({ ...editing, errors: checked.errors });
      return;
    }
    void run(async () => {
      const saved = await client.updateRegisterEntry(checked.edit);
      setEditing(null);
      invalidateQueries();
      return `Đã sửa văn bản số ${saved.numberText}.`;
    });
  };

  const remove = (entry: RegisterEntry) =>
    void run(async () => {
      await client.deleteRegisterEntry({ id: entry.id });
      setDeleting(null);
      invalidateQueries();
      return `Đã xóa số ${entry.numberText} khỏi sổ.`;
    });

  const exportSheet = () =>
    void run(async () => {
      const file = await client.exportDocumentRegister({ year });
      const { saved } = await platform.saveFile({ ...file, filters: [FILE_FILTERS.excel] });
      return saved ? `Đã lưu “${file.fileName}”.` : null;
    });

  const years = registerYears(entries ?? [], initialYear);
  const setField = (key: keyof EntryForm, value: string) =>
    editing &&
    setEditing({
      ...editing,
      form: { ...editing.form, [key]: value },
      errors: { ...editing.errors, [key]: undefined },
    });

  return (
    <Modal
      title="Sổ văn bản đi"
      testId="register-dialog"
      wide
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: 'Xuất Excel…',
            testId: 'register-export',
            disabled: task.busy,
            onClick: exportSheet,
          }}
        />
      }
    >
      <div className="form-row">
        <Field label="Năm">
          <select
            value={year === null ? 'all' : String(year)}
            data-testid="register-year"
            onChange={(event) => chooseYear(event.target.value)}
          >
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
            <option value="all">Tất cả các năm</option>
          </select>
        </Field>
      </div>
      {entries !== null && entries.length === 0 && (
        <p className="form-hint" data-testid="register-empty">
          Chưa có văn bản nào được cấp số{year === null ? '' : ` trong năm ${year}`}. Số được ghi vào sổ khi
          tạo báo cáo có số văn bản.
        </p>
      )}
      {entries !== null && entries.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="register-table">
            <thead>
              <tr>
                <th>Số, ký hiệu</th>
                <th>Ngày</th>
                <th>Loại</th>
                <th>Trích yếu</th>
                <th>Tệp</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) =>
                editing?.id === entry.id ? (
                  <tr key={entry.id} data-testid="register-editing">
                    <td>
                      <Field label="Số" error={editing.errors.seq}>
                        <input
                          value={editing.form.seq}
                          inputMode="numeric"
                          data-testid="register-edit-seq"
                          onChange={(e) => setField('seq', e.target.value)}
                        />
                      </Field>
                    </td>
                    <td>
                      <Field label="Ngày" error={editing.errors.date}>
                        <input
                          value={editing.form.date}
                          data-testid="register-edit-date"
                          onChange={(e) => setField('date', e.target.value)}
                        />
                      </Field>
                    </td>
                    <td>{DOCUMENT_KIND_LABELS[entry.kind]}</td>
                    <td>
                      <Field label="Trích yếu" error={editing.errors.subject}>
                        <textarea
                          rows={2}
                          value={editing.form.subject}
                          data-testid="register-edit-subject"
                          onChange={(e) => setField('subject', e.target.value)}
                        />
                      </Field>
                    </td>
                    <td>
                      <Field label="Tệp" error={editing.errors.fileName}>
                        <input
                          value={editing.form.fileName}
                          onChange={(e) => setField('fileName', e.target.value)}
                        />
                      </Field>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button primary"
                        data-testid="register-save"
                        onClick={save}
                      >
                        Lưu
                      </button>
                      <button type="button" className="button" onClick={() => setEditing(null)}>
                        Hủy
                      </button>
                    </td>
                  </tr>
                ) : (
                  <tr key={entry.id}>
                    <td className="register-number">{entry.numberText}</td>
                    <td>{formatDisplayDate(entry.issuedOn)}</td>
                    <td>{DOCUMENT_KIND_LABELS[entry.kind]}</td>
                    <td>{entry.subject}</td>
                    <td>{entry.fileName}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        data-testid={`register-edit-${entry.id}`}
                        onClick={() => setEditing({ id: entry.id, form: toEntryForm(entry), errors: {} })}
                      >
                        Sửa
                      </button>
                      {deleting === entry.id ? (
                        <button
                          type="button"
                          className="button"
                          data-testid={`register-confirm-delete-${entry.id}`}
                          onClick={() => remove(entry)}
                        >
                          Xóa hẳn số này?
                        </button>
                      ) : (
                        <button type="button" className="button" onClick={() => setDeleting(entry.id)}>
                          Xóa
                        </button>
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <TaskMessages
        error={task.error ?? (query.error ? errorMessage(query.error) : null)}
        notice={task.notice}
      />
    </Modal>
  );
}
