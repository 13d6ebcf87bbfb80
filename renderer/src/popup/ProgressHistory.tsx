/**
 * A task's progress reports in its card, newest first: what each said and who reported it, each one
 * correctable or deletable (a deletion is one undo step, offered right there).
 */
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';

type Props = {
  history: readonly ProgressUpdate[];
  unitName: (unitId: number) => string | undefined;
  /** Absent in meeting mode: the history is then read only. */
  onCorrect?: ((update: ProgressUpdate) => void) | undefined;
  onDelete?: ((update: ProgressUpdate) => void) | undefined;
};

function reporterOf(u: ProgressUpdate, unitName: Props['unitName']): string | null {
  const unit = u.reportedByUnitId ? unitName(u.reportedByUnitId) : undefined;
  const who = [unit, u.reportedByPerson ?? u.enteredBy].filter(Boolean).join(' — ');
  return who || null;
}

export function ProgressHistory({ history, unitName, onCorrect, onDelete }: Props) {
  if (history.length === 0)
    return (
      <p className="muted" data-testid="progress-history-empty">
        Chưa có báo cáo tiến độ.
      </p>
    );
  return (
    <ol className="progress-history" data-testid="progress-history">
      {[...history].reverse().map((u) => {
        const who = reporterOf(u, unitName);
        return (
          <li key={u.id} data-testid="progress-entry" data-id={u.id}>
            <div className="progress-entry-head">
              <strong>{formatDisplayDate(u.reportedOn)}</strong>
              <span className="progress-entry-percent">{u.percent}%</span>
              {u.completedOn && <span>hoàn thành ngày {formatDisplayDate(u.completedOn)}</span>}
              {who && <span className="muted">{who}</span>}
              {onCorrect && (
                <button
                  type="button"
                  className="button link"
                  data-testid="progress-entry-edit"
                  onClick={() => onCorrect(u)}
                >
                  Sửa
                </button>
              )}
              {onDelete && (
                <button
                  type="button"
                  className="button link"
                  data-testid="progress-entry-delete"
                  onClick={() => onDelete(u)}
                >
                  Xóa
                </button>
              )}
            </div>
            {u.achieved && <p>Kết quả: {u.achieved}</p>}
            {u.difficulties && <p>Khó khăn, vướng mắc: {u.difficulties}</p>}
            {u.proposals && <p>Đề xuất: {u.proposals}</p>}
          </li>
        );
      })}
    </ol>
  );
}
