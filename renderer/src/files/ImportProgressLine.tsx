/** "Đang đọc và kiểm tra tệp… (đã 4 giây)" with a "Dừng nhập" button, for an import followed by useImportProgress. */
import type { ImportTracker } from './useImportProgress';

const STAGE_TEXT = {
  reading: 'Đang đọc và kiểm tra tệp…',
  saving: 'Đang ghi kế hoạch vào dữ liệu…',
} as const;

export function ImportProgressLine({ tracker }: { tracker: ImportTracker }) {
  const { progress, cancelling, cancel } = tracker;
  if (progress === null || progress.stage === 'none') return <p role="status">Đang đọc tệp…</p>;
  const seconds = Math.floor(progress.elapsedMs / 1000);
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <span>
        {cancelling ? 'Đang dừng…' : STAGE_TEXT[progress.stage]}
        {seconds >= 1 && ` (đã ${seconds} giây)`}
      </span>
      {progress.stage === 'reading' && (
        <button
          type="button"
          className="button"
          data-testid="import-cancel"
          disabled={cancelling}
          onClick={cancel}
        >
          Dừng nhập
        </button>
      )}
    </div>
  );
}
