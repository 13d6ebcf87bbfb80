/** After a move: the tasks that depend on the moved one, and whether to move them by the same days. */
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ShiftPreview } from '../../../shared/editing/editing-schemas';
import { Modal } from '../ui/Modal';

type Props = { preview: ShiftPreview; onChoose: (shiftDependants: boolean) => void; onClose: () => void };

const day = (d: string | null) => (d ? formatDisplayDate(d) : '—');

export function ShiftDialog({ preview, onChoose, onClose }: Props) {
  return (
    <Modal
      title="Dời các nhiệm vụ phụ thuộc?"
      testId="shift-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Hủy
          </button>
          <button type="button" className="button" data-testid="shift-only" onClick={() => onChoose(false)}>
            Chỉ dời nhiệm vụ này
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="shift-all"
            onClick={() => onChoose(true)}
          >
            Dời cả {preview.length} nhiệm vụ phụ thuộc
          </button>
        </>
      }
    >
      <p>Các nhiệm vụ sau thực hiện sau nhiệm vụ vừa dời; nếu dời cùng, thời hạn mới sẽ là:</p>
      <ul className="plain-list">
        {preview.map((p) => (
          <li key={p.taskId}>
            <strong>{p.wbs}</strong> {p.title}: {day(p.deadline)} → {day(p.newDeadline)}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
