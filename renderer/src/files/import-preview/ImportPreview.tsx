/**
 * The plan as read from a file, before anything is saved: one row per task with its number, title,
 * units (marked in the registry, near one, or new), deadline wording and what it was read as, the
 * deliverable, and its problems with the line of the document. A row can be corrected or left out.
 */
import { Fragment, useMemo, useState } from 'react';
import type { ImportPreviewDto } from '../../../../shared/api/import-preview-contract';
import type { PreviewEdit } from '../../../../shared/plan-document/preview-edits';
import { formatDisplayDate } from '../../../../shared/dates/vietnamese-date';
import {
  type EditsByWbs,
  type PreviewState,
  type UnitTag,
  preferRegistryUnit,
  withEdit,
} from './preview-rows';
import { PreviewRowEditor } from './PreviewRowEditor';
import './import-preview.css';

type Props = {
  preview: ImportPreviewDto;
  state: PreviewState;
  edits: EditsByWbs;
  onEdits: (edits: Map<string, PreviewEdit>) => void;
};

const STATUS_LABEL: Record<UnitTag['status'], string> = { matched: 'có sẵn', near: 'gần giống', new: 'mới' };

function UnitChip({ unit, onUse }: { unit: UnitTag; onUse: (key: string, name: string) => void }) {
  const agency = unit.agency ? ` (${unit.agency})` : '';
  return (
    <span className={`preview-unit is-${unit.status}`} data-testid="preview-unit" data-status={unit.status}>
      {unit.name}
      {agency}
      <small>{STATUS_LABEL[unit.status]}</small>
      {unit.status === 'near' &&
        unit.proposals.map((p) => (
          <button
            key={p.id}
            type="button"
            className="link-button"
            title={`Dùng đơn vị có sẵn trong danh mục cho mọi dòng ghi “${unit.name}”`}
            onClick={() => onUse(unit.key, p.name)}
          >
            dùng “{p.name}
            {p.agency ? ` (${p.agency})` : ''}”
          </button>
        ))}
    </span>
  );
}

export function ImportPreview({ preview, state, edits, onEdits }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const { header } = state.document;
  const unitNames = useMemo(
    () => [...new Set([...preview.registry.map((u) => u.name), ...state.document.units.map((u) => u.name)])],
    [preview.registry, state.document.units],
  );
  const kept = state.rows.filter((r) => !r.dropped);
  const problemRows = kept.filter((r) => r.problems.length > 0).length;
  const units = state.document.units.length;
  const use = (key: string, name: string) => onEdits(preferRegistryUnit(state, edits, key, name));
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="preview-summary" data-testid="preview-summary">
        <strong>
          {header.documentType ?? 'Văn bản'} {header.code ? `số ${header.code}` : `“${preview.fileName}”`}
        </strong>
        {header.title ? ` — ${header.title}` : ''}
        {header.issuedOn ? `, ngày ${formatDisplayDate(header.issuedOn)}` : ''}. {kept.length} nhiệm vụ,{' '}
        {units} đơn vị;{' '}
        {problemRows === 0 ? 'không dòng nào có vấn đề' : `${problemRows} dòng có vấn đề cần xem`}.
      </p>
      {state.general.map((text) => (
        <p key={text} className="modal-error">
          {text}
        </p>
      ))}
      <div className="preview-table-wrap">
        <table className="preview-table">
          <thead>
            <tr>
              <th>STT</th>
              <th>Nhiệm vụ</th>
              <th>Chủ trì / Phối hợp</th>
              <th>Thời hạn</th>
              <th>Sản phẩm</th>
              <th aria-label="Thao tác" />
            </tr>
          </thead>
          <tbody>
            {state.rows.map((row) => (
              <Fragment key={row.wbs}>
                <tr
                  data-testid="preview-row"
                  data-wbs={row.wbs}
                  data-dropped={row.dropped ? 'true' : undefined}
                  className={`${row.dropped ? 'is-dropped' : ''} ${row.problems.length > 0 ? 'has-problem' : ''}`}
                >
                  <td className="preview-wbs">{row.wbs}</td>
                  {editing === row.wbs ? (
                    <PreviewRowEditor
                      row={row}
                      unitNames={unitNames}
                      signedOn={header.issuedOn}
                      onCancel={() => setEditing(null)}
                      onDone={(edit) => {
                        setEditing(null);
                        onEdits(withEdit(edits, edit));
                      }}
                    />
                  ) : (
                    <>
                      <td style={{ paddingLeft: `${(row.depth - 1) * 14 + 6}px` }}>
                        <span className="preview-title">{row.title}</span>
                        {row.problems.map((p) => (
                          <span key={p} className="preview-problem" data-testid="preview-problem">
                            {p}
                          </span>
                        ))}
                      </td>
                      <td>
                        {row.leads.length === 0 ? (
                          <em className="preview-none">chưa có</em>
                        ) : (
                          row.leads.map((u) => <UnitChip key={u.key} unit={u} onUse={use} />)
                        )}
                        {row.leads.length > 1 && (
                          <small className="preview-co-lead" data-testid="preview-co-lead">
                            đồng chủ trì
                          </small>
                        )}
                        {row.supports.length > 0 && (
                          <div className="preview-supports">
                            {row.supports.map((s) => (
                              <UnitChip key={s.key} unit={s} onUse={use} />
                            ))}
                          </div>
                        )}
                      </td>
                      <td>
                        <span>{row.deadlineText || '—'}</span>
                        <small className={row.deadlineOk ? 'preview-reading' : 'preview-reading is-problem'}>
                          {row.deadlineReading}
                        </small>
                      </td>
                      <td>{row.deliverable ?? '—'}</td>
                    </>
                  )}
                  <td className="preview-actions">
                    {row.dropped ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onEdits(withEdit(edits, { wbs: row.wbs, dropped: false }))}
                      >
                        Giữ lại
                      </button>
                    ) : (
                      editing !== row.wbs && (
                        <>
                          <button
                            type="button"
                            className="link-button"
                            data-testid="preview-edit"
                            onClick={() => setEditing(row.wbs)}
                          >
                            Sửa
                          </button>
                          <button
                            type="button"
                            className="link-button"
                            data-testid="preview-drop"
                            title="Không đưa dòng này (và các mục con) vào kế hoạch"
                            onClick={() => onEdits(withEdit(edits, { wbs: row.wbs, dropped: true }))}
                          >
                            Bỏ
                          </button>
                        </>
                      )
                    )}
                  </td>
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
