/**
 * A file that is a newer version of a plan in the app: the user chooses to update that plan (its
 * tasks keep their progress, meetings and links) or, when the numbers differ, to import the file as a
 * plan of its own; updating shows the differences first, and the document as read (to correct) on
 * the other tab. Corrections made there change the differences at once: both read the same rows.
 */
import { useState, type ReactNode } from 'react';
import type { AmendablePlan } from '../../../../shared/plan-amendment/amendable-plan';
import type { PlanDiff } from '../../../../shared/plan-amendment/plan-diff';
import { AmendmentDiff, planLabel } from './AmendmentDiff';

export type ImportMode = 'update' | 'new';

type Props = {
  plan: AmendablePlan;
  diff: PlanDiff;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  taskCount: number;
  /** The file lists only what it amends: tasks it does not mention stay as they are. */
  keepUnmentioned: boolean;
  onKeepUnmentioned: (keep: boolean) => void;
  /** The document as read, with its corrections (ImportPreview). */
  document: ReactNode;
};

export function AmendmentPreview(props: Props) {
  const { plan, diff, mode, onMode, taskCount, document, keepUnmentioned, onKeepUnmentioned } = props;
  const [view, setView] = useState<'changes' | 'document'>('changes');
  const changed = diff.added.length + diff.removed.length + diff.matched.length - diff.unchangedCount;
  return (
    <div className="import-preview" data-testid="amendment-preview">
      {plan.reason === 'same-code' ? (
        <p className="modal-notice" data-testid="amendment-target">
          {planLabel(plan)} đã có trong ứng dụng. Lưu sẽ cập nhật kế hoạch này theo văn bản mới: các nhiệm vụ
          giữ nguyên tiến độ, cuộc họp, liên kết; mỗi thay đổi được ghi lại, nhiệm vụ bị bỏ được giữ với ghi
          chú “Đã bỏ khỏi kế hoạch”.
        </p>
      ) : (
        <fieldset className="amendment-choice" data-testid="amendment-target">
          <legend>Văn bản sửa đổi, bổ sung {planLabel(plan)}.</legend>
          <label>
            <input
              type="radio"
              name="import-mode"
              data-testid="mode-update"
              checked={mode === 'update'}
              onChange={() => onMode('update')}
            />{' '}
            Cập nhật kế hoạch đã có (giữ tiến độ, cuộc họp, liên kết)
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              data-testid="mode-new"
              checked={mode === 'new'}
              onChange={() => onMode('new')}
            />{' '}
            Nhập thành một kế hoạch riêng
          </label>
        </fieldset>
      )}
      {mode === 'update' ? (
        <>
          <label className="amendment-partial">
            <input
              type="checkbox"
              data-testid="keep-unmentioned"
              checked={keepUnmentioned}
              onChange={(event) => onKeepUnmentioned(event.target.checked)}
            />{' '}
            Văn bản chỉ ghi các mục sửa đổi, bổ sung: giữ nguyên các nhiệm vụ văn bản không nhắc tới (không bỏ
            khỏi kế hoạch)
          </label>
          <div className="segmented amendment-views" role="group" aria-label="Xem">
            <button
              type="button"
              data-testid="view-changes"
              className={view === 'changes' ? 'is-active' : ''}
              aria-pressed={view === 'changes'}
              onClick={() => setView('changes')}
            >
              Những thay đổi ({changed})
            </button>
            <button
              type="button"
              data-testid="view-document"
              className={view === 'document' ? 'is-active' : ''}
              aria-pressed={view === 'document'}
              onClick={() => setView('document')}
            >
              Văn bản mới ({taskCount} nhiệm vụ, sửa nếu đọc sai)
            </button>
          </div>
          {view === 'changes' ? <AmendmentDiff diff={diff} /> : document}
        </>
      ) : (
        document
      )}
    </div>
  );
}
