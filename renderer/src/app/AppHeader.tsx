import type { ReactNode } from 'react';
import type { PlanSummary } from '../../../shared/api/contract';
import type { Plan } from '../../../shared/model/schemas';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';

type Props = {
  plan: Plan;
  plans: readonly PlanSummary[];
  onPlanChange: (planId: number) => void;
  meeting: boolean;
  onMeetingToggle: () => void;
  /** The file, export and backup menus (hidden while presenting). */
  fileActions?: ReactNode;
};

/** "Kế hoạch số 76/KH-BCĐ-TANDTC — Xây dựng “Đề án …”", who issued it and when, and the plan chooser. */
export function AppHeader({ plan, plans, onPlanChange, meeting, onMeetingToggle, fileActions }: Props) {
  const heading = `${plan.documentType} số ${plan.code} — ${plan.title}`;
  const issued = [
    plan.issuingBody,
    plan.issuedOn
      ? `${plan.place ? `${plan.place}, ` : ''}ngày ${formatDisplayDate(plan.issuedOn)}`
      : plan.place,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <header className="app-header">
      <div className="app-mark" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="24" height="24">
          <path
            d="M3 5h18M3 12h12M3 19h7"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinecap="round"
            fill="none"
          />
          <path d="M17 15l2 2 3-4" stroke="currentColor" strokeWidth="2" fill="none" strokeLinecap="round" />
        </svg>
      </div>
      <div className="app-title">
        <h1 title={heading} data-testid="plan-title">
          {heading}
        </h1>
        {issued && <p className="app-subtitle">{issued}</p>}
      </div>
      {plans.length > 1 && !meeting && (
        <label className="plan-chooser">
          <span className="field-label">Kế hoạch</span>
          <select
            value={plan.id}
            data-testid="plan-chooser"
            onChange={(event) => onPlanChange(Number(event.target.value))}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} — {p.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {!meeting && fileActions}
      <button
        type="button"
        className={`button ${meeting ? 'on-dark' : 'primary-on-dark'}`}
        data-testid="meeting-mode"
        aria-pressed={meeting}
        title={meeting ? 'Thoát chế độ trình chiếu (Esc)' : 'Trình chiếu toàn màn hình cho cuộc họp (F11)'}
        onClick={onMeetingToggle}
      >
        {meeting ? 'Thoát trình chiếu' : 'Chế độ trình chiếu'}
      </button>
    </header>
  );
}
