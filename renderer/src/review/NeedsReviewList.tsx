import type { ReviewItem } from './needs-review';

type Props = {
  items: readonly ReviewItem[];
  onOpenTask: (taskId: number, point: { x: number; y: number }) => void;
};

/** "Cần bổ sung": what the import flagged, for the working group to complete from the document. */
export function NeedsReviewList({ items, onOpenTask }: Props) {
  if (items.length === 0) {
    return (
      <p className="panel-note" data-testid="needs-review">
        Không có mục nào cần bổ sung: mọi nhiệm vụ đều có đơn vị chủ trì và thời hạn.
      </p>
    );
  }
  return (
    <div data-testid="needs-review">
      <p className="panel-note">
        Những điểm lần nhập văn bản chưa xác định được. Bấm vào nhiệm vụ để xem chi tiết.
      </p>
      <ul className="review-list">
        {items.map((item) => (
          <li
            key={item.key}
            className="review-item"
            data-testid="review-item"
            data-wbs={item.task?.wbs ?? ''}
          >
            {item.task ? (
              <button
                type="button"
                className="review-task"
                title={item.task.title}
                onClick={(event) =>
                  item.task && onOpenTask(item.task.id, { x: event.clientX, y: event.clientY })
                }
              >
                <strong>{item.task.wbs}</strong> {item.task.title}
              </button>
            ) : (
              <span className="review-task is-plan">Toàn văn bản</span>
            )}
            <ul className="review-notes">
              {item.notes.map((note, i) => (
                <li key={i}>
                  {note.message}
                  {note.line !== null && <span className="muted"> (dòng {note.line})</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
