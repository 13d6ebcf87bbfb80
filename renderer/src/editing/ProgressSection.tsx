/** A task's progress history and a new report: date, percentage, results, difficulties, who entered it. */
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../shared/api/contract';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { TaskView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';
import type { Editing } from './useEditing';

type Props = { editing: Editing; task: TaskView; asOf: IsoDate };

export function ProgressSection({ editing, task, asOf }: Props) {
  const [history, setHistory] = useState<ApiOutput<'getProgressHistory'>>([]);
  const [version, setVersion] = useState(0);
  const [date, setDate] = useState(formatDisplayDate(asOf));
  const [percent, setPercent] = useState(String(task.progress));
  const [achieved, setAchieved] = useState('');
  const [difficulties, setDifficulties] = useState('');
  const [enteredBy, setEnteredBy] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    editing.client.getProgressHistory({ taskId: task.id }).then(
      (list) => current && setHistory(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [editing.client, task.id, version]);

  const add = async () => {
    const reportedOn = parseDisplayDate(date);
    const value = Number(percent);
    if (reportedOn === null) return setError('Ngày báo cáo không hợp lệ: hãy ghi dạng dd/mm/yyyy.');
    if (!Number.isInteger(value) || value < 0 || value > 100)
      return setError('Tỷ lệ hoàn thành phải là số nguyên từ 0 đến 100.');
    setError(null);
    const saved = await editing.run(() =>
      editing.client.addProgressUpdate({
        taskId: task.id,
        reportedOn,
        percent: value,
        achieved: achieved.trim() || null,
        difficulties: difficulties.trim() || null,
        enteredBy: enteredBy.trim() || null,
      }),
    );
    if (saved) {
      setAchieved('');
      setDifficulties('');
      setVersion((n) => n + 1);
    }
  };

  return (
    <section className="editor-section" data-testid="progress-section">
      <h3>Tiến độ thực hiện</h3>
      {history.length === 0 ? (
        <p className="muted">Chưa có báo cáo tiến độ.</p>
      ) : (
        <table className="editor-table" data-testid="progress-history">
          <thead>
            <tr>
              <th>Ngày</th>
              <th>Tỷ lệ</th>
              <th>Kết quả đạt được</th>
              <th>Khó khăn, vướng mắc</th>
              <th>Người nhập</th>
            </tr>
          </thead>
          <tbody>
            {history.map((u) => (
              <tr key={u.id}>
                <td>{formatDisplayDate(u.reportedOn)}</td>
                <td>{u.percent}%</td>
                <td>{u.achieved ?? ''}</td>
                <td>{u.difficulties ?? ''}</td>
                <td>{u.enteredBy ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="editor-row progress-form">
        <Field label="Ngày báo cáo">
          <input data-testid="progress-date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field label="Tỷ lệ (%)">
          <input
            data-testid="progress-percent"
            inputMode="numeric"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
        </Field>
        <Field label="Người nhập">
          <input data-testid="progress-by" value={enteredBy} onChange={(e) => setEnteredBy(e.target.value)} />
        </Field>
      </div>
      <div className="editor-row">
        <Field label="Kết quả đạt được">
          <textarea
            data-testid="progress-achieved"
            rows={2}
            value={achieved}
            onChange={(e) => setAchieved(e.target.value)}
          />
        </Field>
        <Field label="Khó khăn, vướng mắc">
          <textarea
            data-testid="progress-difficulties"
            rows={2}
            value={difficulties}
            onChange={(e) => setDifficulties(e.target.value)}
          />
        </Field>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          data-testid="add-progress"
          onClick={() => void add()}
        >
          Ghi báo cáo tiến độ
        </button>
      </div>
    </section>
  );
}
