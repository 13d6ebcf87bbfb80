/** The preview of returned forms: one block per file, one row per task, old → new, every problem on its row. */
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PreviewFile, PreviewRow } from '../../../shared/progress-requests/request-schemas';
import { type Selection, rowId, toggle } from './preview-selection';

const ROLE = { lead: 'Chủ trì', support: 'Phối hợp' } as const;

type Props = { files: PreviewFile[]; selection: Selection; onSelection: (next: Selection) => void };

export function PreviewTable({ files, selection, onSelection }: Props) {
  return (
    <div className="preview-files" data-testid="receive-preview">
      {files.map((file) => (
        <section key={file.sha256 + file.fileName} className="preview-file" data-testid="preview-file">
          <h3>
            {file.fileName}
            {file.unitName && <span className="preview-unit"> — {file.unitName}</span>}
            {file.asOf && (
              <span className="preview-unit"> (tình hình đến {formatDisplayDate(file.asOf)})</span>
            )}
          </h3>
          {file.problems.map((p, i) => (
            <p
              key={i}
              className={p.level === 'error' ? 'modal-error' : 'modal-notice'}
              data-testid="preview-file-problem"
            >
              {p.message}
            </p>
          ))}
          {file.rows.length > 0 && (
            <div className="table-scroll">
              <table className="data-table preview-table">
                <thead>
                  <tr>
                    <th>Ghi</th>
                    <th>STT</th>
                    <th>Nhiệm vụ</th>
                    <th>Tiến độ</th>
                    <th>Ngày báo cáo</th>
                    <th>Kết quả, khó khăn, đề xuất</th>
                  </tr>
                </thead>
                <tbody>
                  {file.rows.map((row) => (
                    <PreviewRowView
                      key={row.key + row.place}
                      file={file}
                      row={row}
                      selection={selection}
                      onSelection={onSelection}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function PreviewRowView({
  file,
  row,
  selection,
  onSelection,
}: {
  file: PreviewFile;
  row: PreviewRow;
  selection: Selection;
  onSelection: (next: Selection) => void;
}) {
  const id = rowId(file, row.key);
  const tone = row.problems.some((p) => p.level === 'error')
    ? 'is-error'
    : row.problems.length > 0
      ? 'is-warning'
      : '';
  return (
    <tr className={tone} data-testid="preview-row">
      <td>
        <input
          type="checkbox"
          aria-label={`Ghi tiến độ nhiệm vụ ${row.wbs}`}
          disabled={!row.acceptable}
          checked={row.acceptable && selection.has(id)}
          onChange={(e) => onSelection(toggle(selection, id, e.target.checked))}
        />
      </td>
      <td>{row.wbs}</td>
      <td>
        <div>{row.title}</div>
        <div className="form-hint">
          {row.role ? `${ROLE[row.role]} · ` : ''}
          {row.place}
        </div>
        {row.problems.map((p, i) => (
          <div key={i} className={p.level === 'error' ? 'row-problem is-error' : 'row-problem is-warning'}>
            {p.level === 'error' ? 'Lỗi: ' : 'Lưu ý: '}
            {p.message}
          </div>
        ))}
      </td>
      <td className="number">
        {row.oldPercent === null ? '—' : `${row.oldPercent}%`} →{' '}
        <strong>{row.newPercent === null ? '?' : `${row.newPercent}%`}</strong>
      </td>
      <td>
        {row.reportedOn ? formatDisplayDate(row.reportedOn) : ''}
        {row.completedOn && <div className="form-hint">Hoàn thành {formatDisplayDate(row.completedOn)}</div>}
      </td>
      <td className="preview-texts">
        {row.achieved && <div>Kết quả: {row.achieved}</div>}
        {row.difficulties && <div>Khó khăn: {row.difficulties}</div>}
        {row.proposals && <div>Đề xuất: {row.proposals}</div>}
      </td>
    </tr>
  );
}
