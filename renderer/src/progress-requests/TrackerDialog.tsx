/**
 * "Theo dõi đề nghị báo cáo…": each request sent, when it is due, when the unit answered, who is
 * late; and from here the "Công văn đôn đốc" for the units that owe an answer or lead overdue tasks.
 */
import { useState } from 'react';
import { addDays, todayIso } from '../../../shared/dates/iso-date';
import { formatDisplayDate, parseDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { Field } from '../ui/Field';
import { Modal, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';
import { trackerStatus } from './preview-selection';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../ui/error-message';
import { ZIP_FILTER } from './zip-filter';
import './progress-requests.css';

export function TrackerDialog({ view, onClose }: { view: PlanView; onClose: () => void }) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const today = todayIso();
  const requestsQuery = useApiQuery(client, 'listProgressRequests', { planId: view.plan.id, asOf: today });
  const owingQuery = useApiQuery(client, 'listReminderCandidates', { planId: view.plan.id, asOf: today });
  const requests = requestsQuery.data ?? null;
  const owing = owingQuery.data ?? null;
  const failure = requestsQuery.error ?? owingQuery.error;
  const loadError = failure ? errorMessage(failure) : null;
  // Every unit that owes something is ticked until the user unticks it.
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const ticked = Object.fromEntries((owing ?? []).map((c) => [c.unitId, !unticked.has(c.unitId)]));
  const setTicked = (unitId: number, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(unitId);
    else next.add(unitId);
    setUnticked(next);
  };
  const [numbers, setNumbers] = useState<Record<number, string>>({});
  const [replyBy, setReplyBy] = useState(formatDisplayDate(addDays(today, 5)));
  const [replyError, setReplyError] = useState<string | undefined>();

  const remind = () => {
    const by = parseDisplayDate(replyBy);
    if (by === null || by < today) {
      setReplyError('Cần một ngày có thật từ hôm nay trở đi, dạng dd/mm/yyyy.');
      return;
    }
    const unitIds = Object.entries(ticked)
      .filter(([, on]) => on)
      .map(([id]) => Number(id));
    if (unitIds.length === 0) return;
    void task.run(async () => {
      const pkg = await client.buildReminderLetters({
        planId: view.plan.id,
        asOf: today,
        replyBy: by,
        unitIds,
        documentNumbers: unitIds
          .map((unitId) => ({ unitId, number: (numbers[unitId] ?? '').trim() }))
          .filter((n) => n.number !== ''),
      });
      const { saved } = await platform.saveFile({
        fileName: pkg.fileName,
        base64: pkg.base64,
        filters: [ZIP_FILTER],
      });
      return saved ? `Đã lưu “${pkg.fileName}”: công văn đôn đốc cho ${pkg.unitCount} đơn vị.` : null;
    });
  };

  return (
    <Modal title="Theo dõi đề nghị báo cáo tiến độ" testId="tracker-dialog" wide onClose={onClose}>
      {requests && requests.length === 0 && <p>Chưa gửi đề nghị báo cáo nào cho kế hoạch này.</p>}
      {requests && requests.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="tracker-table">
            <thead>
              <tr>
                <th>Đơn vị</th>
                <th>Tình hình đến</th>
                <th>Gửi ngày</th>
                <th>Hạn gửi lại</th>
                <th>Trả lời ngày</th>
                <th>Đã ghi</th>
                <th>Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => {
                const status = trackerStatus(r);
                return (
                  <tr key={r.requestId} data-testid="tracker-row">
                    <td>
                      {r.unitName}
                      {r.documentNumber && <div className="form-hint">Số {r.documentNumber}</div>}
                    </td>
                    <td>{formatDisplayDate(r.asOf)}</td>
                    <td>{formatDisplayDate(r.sentOn)}</td>
                    <td>{formatDisplayDate(r.dueOn)}</td>
                    <td>{r.repliedOn ? formatDisplayDate(r.repliedOn) : '—'}</td>
                    <td className="number">
                      {r.acceptedCount}/{r.taskCount}
                    </td>
                    <td className={`tracker-status is-${status.tone}`}>{status.label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {owing && (
        <section className="reminder-section" data-testid="reminder-section">
          <h3>Công văn đôn đốc (đến ngày {formatDisplayDate(today)})</h3>
          {owing.length === 0 ? (
            <p>Không có đơn vị nào chậm báo cáo hay chủ trì nhiệm vụ quá hạn.</p>
          ) : (
            <>
              <ul className="choice-list">
                {owing.map((c) => (
                  <li key={c.unitId}>
                    <label>
                      <input
                        type="checkbox"
                        checked={ticked[c.unitId] === true}
                        onChange={(e) => setTicked(c.unitId, e.target.checked)}
                      />
                      {c.unitName}:{' '}
                      {[
                        c.unansweredRequestIds.length > 0
                          ? `${c.unansweredRequestIds.length} đề nghị chưa trả lời`
                          : '',
                        c.overdueTaskIds.length > 0
                          ? `${c.overdueTaskIds.length} nhiệm vụ chủ trì quá hạn`
                          : '',
                      ]
                        .filter(Boolean)
                        .join(', ')}
                    </label>
                    <input
                      className="request-number"
                      aria-label={`Số công văn đôn đốc gửi ${c.unitName}`}
                      placeholder="Số CV"
                      maxLength={30}
                      value={numbers[c.unitId] ?? ''}
                      onChange={(e) => setNumbers({ ...numbers, [c.unitId]: e.target.value })}
                    />
                  </li>
                ))}
              </ul>
              <div className="form-row">
                <Field label="Hạn gửi báo cáo mới" error={replyError}>
                  <input
                    value={replyBy}
                    placeholder="dd/mm/yyyy"
                    data-testid="reminder-reply-by"
                    onChange={(e) => {
                      setReplyBy(e.target.value);
                      setReplyError(undefined);
                    }}
                  />
                </Field>
              </div>
              <button
                type="button"
                className="button primary"
                data-testid="reminder-build"
                disabled={task.busy || !Object.values(ticked).some(Boolean)}
                onClick={remind}
              >
                Tạo công văn đôn đốc
              </button>
            </>
          )}
        </section>
      )}
      <TaskMessages error={task.error ?? loadError} notice={task.notice} />
    </Modal>
  );
}
