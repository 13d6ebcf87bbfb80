/**
 * Editing wired to one plan's workspace: the undo/redo strip, the dialogs (task, progress, units,
 * meetings, the reason for new dates), and the chart's drags and occurrence markers. The workspace renders `bar` and
 * `dialogs`, passes `chartEditing` to the chart and calls `editTask` from the task card.
 */
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ReviewProblem } from '../../../shared/api/review-contract';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { Occurrence, RegistryUnit } from '../../../shared/editing/editing-schemas';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import { MeetingsDialog } from '../committee-meetings/MeetingsDialog';
import { taskIdOfRowKey, taskRowKey } from '../filters/visible-rows';
import { type PendingRevision, RevisionDialog } from '../revisions/RevisionDialog';
import type { ChartEditing } from './chart-editing';
import { EditingBar } from './EditingBar';
import { occurrenceSpan } from './OccurrenceSection';
import { ProgressDialog } from './ProgressDialog';
import { TaskEditor } from './TaskEditor';
import { UnitsDialog } from './UnitsDialog';
import { type UndoScope, useEditing } from './useEditing';

type Dialog =
  | { kind: 'task'; taskId: number | null }
  | { kind: 'progress'; taskId: number; update: ProgressUpdate | null }
  | { kind: 'units' }
  | { kind: 'meetings' }
  | { kind: 'revise'; pending: PendingRevision };

export type WorkspaceEditing = {
  bar: ReactNode;
  dialogs: ReactNode;
  chartEditing: ChartEditing;
  editTask: (taskId: number) => void;
  addTask: () => void;
  /** "Ghi tiến độ" for a task; with an earlier report, its correction. */
  recordProgress: (taskId: number, update: ProgressUpdate | null) => void;
  /** Deletes a report (one undo step) and says so, with the way back. */
  deleteProgress: (update: ProgressUpdate) => void;
  /** "Đã xem — giữ nguyên" for one problem of "Cần bổ sung"; true once stored. */
  dismissProblem: (taskId: number, problem: ReviewProblem, reason: string) => Promise<boolean>;
  reopenProblem: (dismissalId: number) => void;
};

const NONE: readonly never[] = [];

export function useWorkspaceEditing(
  client: ApiClient,
  view: PlanView,
  onChanged: () => void,
  onPlansChanged: () => void,
  scope: UndoScope,
): WorkspaceEditing {
  const editing = useEditing(client, scope);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const units: readonly RegistryUnit[] = useApiQuery(client, 'listUnits', {}).data ?? NONE;
  const occurrences: readonly Occurrence[] =
    useApiQuery(client, 'listOccurrences', { planId: view.plan.id, ...occurrenceSpan(view) }).data ?? NONE;
  const taskById = useMemo(() => new Map(view.tasks.map((t) => [t.id, t])), [view.tasks]);

  // New dates from the chart are a revision: ask why (and whether dependants move too) before recording.
  const reschedule = useCallback(
    async (task: TaskView, start: IsoDate | null, deadline: IsoDate | null) => {
      if (start === task.start && deadline === task.deadline) return onChanged();
      const dependants = await editing.run(() =>
        client.previewReschedule({ taskId: task.id, start, deadline, shiftDependants: true }),
      );
      if (dependants) setDialog({ kind: 'revise', pending: { task, start, deadline, dependants } });
    },
    [client, editing, onChanged],
  );

  const chartEditing = useMemo<ChartEditing>(
    () => ({
      onDatesChange: (rowKey, start, end) => {
        const taskId = taskIdOfRowKey(rowKey);
        const task = taskId === null ? undefined : taskById.get(taskId);
        // Summary bars and lanes are drawn from their tasks: redraw them as they were.
        if (!task || task.childIds.length > 0) return onChanged();
        const point = task.kind !== 'task' && task.deadline !== null;
        // A task with no deadline keeps none: only its start moves.
        void reschedule(task, point ? task.start : start, task.deadline === null ? null : end);
      },
      onProgressChange: (rowKey, percent) => {
        const taskId = taskIdOfRowKey(rowKey);
        const task = taskId === null ? undefined : taskById.get(taskId);
        if (!task || task.childIds.length > 0) return onChanged();
        void editing.run(() =>
          client.addProgressUpdate({
            taskId: task.id,
            reportedOn: view.asOf,
            percent,
            achieved: null,
            difficulties: null,
            enteredBy: null,
          }),
        );
      },
      markers: occurrences.map((o) => ({
        rowKey: taskRowKey(o.taskId),
        dueOn: o.dueOn,
        done: o.doneOn !== null,
        label: `${o.wbs} ${o.title}`,
      })),
    }),
    [taskById, occurrences, reschedule, editing, client, view.asOf, onChanged],
  );

  const close = () => setDialog(null);
  const editedTask =
    dialog?.kind === 'task' && dialog.taskId !== null ? taskById.get(dialog.taskId) : undefined;

  const progressTask = dialog?.kind === 'progress' ? taskById.get(dialog.taskId) : undefined;
  const recordProgress = useCallback(
    (taskId: number, update: ProgressUpdate | null) => setDialog({ kind: 'progress', taskId, update }),
    [],
  );

  return {
    editTask: (taskId) => setDialog({ kind: 'task', taskId }),
    addTask: () => setDialog({ kind: 'task', taskId: null }),
    recordProgress,
    dismissProblem: async (taskId, problem, reason) =>
      (await editing.run(() => client.dismissReviewProblem({ taskId, problem, reason }))) !== null,
    reopenProblem: (dismissalId) => void editing.run(() => client.reopenReviewProblem({ dismissalId })),
    deleteProgress: (update) =>
      void editing
        .run(() => client.deleteProgressUpdate({ updateId: update.id }))
        .then((done) => {
          const task = taskById.get(update.taskId);
          if (done)
            setNotice(
              `Đã xóa báo cáo tiến độ ngày ${formatDisplayDate(update.reportedOn)} của ${task?.wbs ?? 'nhiệm vụ'}.`,
            );
        }),
    chartEditing,
    bar: (
      <EditingBar
        editing={editing}
        onAddTask={() => setDialog({ kind: 'task', taskId: null })}
        onUnits={() => setDialog({ kind: 'units' })}
        onMeetings={() => setDialog({ kind: 'meetings' })}
        onPlansLoaded={onPlansChanged}
        notice={notice}
        onNoticeClose={() => setNotice(null)}
      />
    ),
    dialogs: (
      <>
        {dialog?.kind === 'task' && (dialog.taskId === null || editedTask) && (
          <TaskEditor
            key={dialog.taskId ?? 'new'}
            editing={editing}
            view={view}
            units={units}
            task={editedTask ?? null}
            onClose={close}
          />
        )}
        {dialog?.kind === 'progress' && progressTask && (
          <ProgressDialog
            key={`${dialog.taskId}-${dialog.update?.id ?? 'new'}`}
            editing={editing}
            task={progressTask}
            asOf={view.asOf}
            units={view.units}
            update={dialog.update ?? undefined}
            onClose={close}
          />
        )}
        {dialog?.kind === 'units' && <UnitsDialog editing={editing} units={units} onClose={close} />}
        {dialog?.kind === 'meetings' && (
          <MeetingsDialog editing={editing} view={view} units={units} onClose={close} />
        )}
        {dialog?.kind === 'revise' && (
          <RevisionDialog
            editing={editing}
            pending={dialog.pending}
            today={todayIso()}
            onCancel={() => {
              close();
              // The bar was left where it was dropped: redraw it at its recorded dates.
              onChanged();
            }}
            onSave={async (revision, shiftDependants) => {
              close();
              const { task, start, deadline } = dialog.pending;
              await editing.run(() =>
                client.rescheduleTask({ taskId: task.id, start, deadline, shiftDependants, revision }),
              );
            }}
          />
        )}
      </>
    ),
  };
}
