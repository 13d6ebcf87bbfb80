/**
 * "Những thay đổi so với kế hoạch đang có": what updating the stored plan with the file will do,
 * grouped by kind, each task with its number and its wording before → after. Tasks left unchanged
 * are counted, not listed.
 */
import type { AmendablePlan } from '../../../../shared/plan-amendment/amendable-plan';
import type { PlanDiff } from '../../../../shared/plan-amendment/plan-diff';
import { diffIsEmpty } from '../../../../shared/plan-amendment/plan-diff';
import { formatDisplayDate } from '../../../../shared/dates/vietnamese-date';
import { diffGroups, diffSummary } from './amendment-groups';

export function planLabel(plan: AmendablePlan): string {
  const date = plan.issuedOn ? ` ngày ${formatDisplayDate(plan.issuedOn)}` : '';
  return `Kế hoạch số ${plan.code}${date}`;
}

export function AmendmentDiff({ diff }: { diff: PlanDiff }) {
  const groups = diffGroups(diff);
  return (
    <section className="amendment-diff" data-testid="amendment-diff" aria-label="Những thay đổi">
      <h3>Những thay đổi so với kế hoạch đang có</h3>
      <p data-testid="amendment-summary">
        {diffIsEmpty(diff) ? 'Văn bản giống kế hoạch đang có: không có gì thay đổi. ' : ''}
        {diffSummary(diff)}
      </p>
      {groups.map((group) => (
        <div
          key={group.kind}
          className="amendment-group"
          data-testid="amendment-group"
          data-kind={group.kind}
        >
          <h4>
            {group.label} ({group.entries.length})
          </h4>
          {group.note && <p className="amendment-note">{group.note}</p>}
          <table className="amendment-table">
            <colgroup>
              <col className="amendment-col-wbs" />
              <col className="amendment-col-title" />
              <col />
            </colgroup>
            <tbody>
              {group.entries.map((entry, i) => (
                <tr key={`${entry.wbs}-${i}`} data-testid="amendment-entry" data-wbs={entry.wbs}>
                  <td className="preview-wbs">{entry.wbs}</td>
                  {entry.before === null && entry.after === null ? (
                    <td colSpan={2}>{entry.title}</td>
                  ) : entry.before === null ? (
                    <>
                      <td>{entry.title}</td>
                      <td className="amendment-after">{entry.after}</td>
                    </>
                  ) : (
                    <>
                      {group.kind !== 'title' && <td>{entry.title}</td>}
                      <td colSpan={group.kind === 'title' ? 2 : 1}>
                        <del className="amendment-before">{entry.before}</del>
                        <span aria-hidden="true"> → </span>
                        <ins className="amendment-after">{entry.after ?? 'không ghi'}</ins>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
