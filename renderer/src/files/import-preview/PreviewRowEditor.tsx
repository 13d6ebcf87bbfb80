/**
 * One row of the import preview being corrected: the title, the units (from the registry or new) and
 * the deadline wording, read live as it is typed. "Xong" keeps the correction; nothing is saved yet.
 */
import { useId, useState } from 'react';
import type { PreviewEdit } from '../../../../shared/plan-document/preview-edits';
import { splitLeadList } from '../../../../shared/units/lead-units';
import { splitUnitList } from '../../../../shared/units/unit-name';
import { readDeadline } from '../../editing/task-form';
import type { PreviewRow } from './preview-rows';

type Props = {
  row: PreviewRow;
  /** Names to choose from: the registry's units, then the file's own. */
  unitNames: readonly string[];
  signedOn: string | null;
  onDone: (edit: PreviewEdit) => void;
  onCancel: () => void;
};

export function PreviewRowEditor({ row, unitNames, signedOn, onDone, onCancel }: Props) {
  const listId = useId();
  const [title, setTitle] = useState(row.title);
  const [lead, setLead] = useState(row.leads[0]?.name ?? '');
  const [coLeads, setCoLeads] = useState(
    row.leads
      .slice(1)
      .map((u) => u.name)
      .join(', '),
  );
  const [supports, setSupports] = useState(row.supports.map((s) => s.name).join(', '));
  const [deadline, setDeadline] = useState(row.deadlineText);
  const reading = readDeadline(deadline, signedOn);
  const done = () => {
    const edit: PreviewEdit = { wbs: row.wbs };
    if (title.trim() !== row.title && title.trim() !== '') edit.title = title.trim();
    // The principal lead, then the co-leads (two names typed in "Chủ trì" are two leads, as in a
    // document); a co-lead typed without a principal one leads in its place.
    const leadNames = [...splitLeadList(lead), ...splitLeadList(coLeads)];
    if (leadNames.join('|') !== row.leads.map((u) => u.name).join('|')) edit.leads = leadNames;
    const supportNames = splitUnitList(supports);
    if (supportNames.join('|') !== row.supports.map((s) => s.name).join('|')) edit.supports = supportNames;
    if (deadline.trim() !== row.deadlineText) edit.deadlineText = deadline.trim();
    onDone(edit);
  };
  return (
    <td colSpan={5} className="preview-editor" data-testid="preview-editor">
      <datalist id={listId}>
        {unitNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label className="form-field">
        <span>Tên nhiệm vụ</span>
        <input data-testid="preview-edit-title" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="preview-editor-units">
        <label className="form-field">
          <span>Đơn vị chủ trì</span>
          <input
            data-testid="preview-edit-lead"
            list={listId}
            value={lead}
            placeholder="Chọn trong danh mục hoặc gõ tên đơn vị mới"
            onChange={(e) => setLead(e.target.value)}
          />
        </label>
        <label className="form-field">
          <span>Đơn vị đồng chủ trì (nếu có, cách nhau bằng dấu phẩy)</span>
          <input
            data-testid="preview-edit-coleads"
            list={listId}
            value={coLeads}
            onChange={(e) => setCoLeads(e.target.value)}
          />
        </label>
        <label className="form-field">
          <span>Đơn vị phối hợp (cách nhau bằng dấu phẩy)</span>
          <input
            data-testid="preview-edit-supports"
            list={listId}
            value={supports}
            onChange={(e) => setSupports(e.target.value)}
          />
        </label>
      </div>
      <label className="form-field">
        <span>Thời hạn (ghi như văn bản)</span>
        <input
          data-testid="preview-edit-deadline"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
        <small
          className={reading.ok ? 'preview-reading' : 'preview-reading is-problem'}
          data-testid="preview-edit-reading"
        >
          {deadline.trim() === '' ? 'Chưa ghi thời hạn.' : reading.text}
        </small>
      </label>
      <div className="preview-editor-actions">
        <button type="button" className="button" onClick={onCancel}>
          Hủy
        </button>
        <button type="button" className="button primary" data-testid="preview-edit-done" onClick={done}>
          Xong
        </button>
      </div>
    </td>
  );
}
