/**
 * Editing wired to one plan's workspace: the undo/redo strip, the dialogs (task, units, meetings,
 * moving dependants), and the chart's drags and occurrence markers. The workspace renders `bar` and
 * `dialogs`, passes `chartEditing` to the chart and calls `editTask` from the task card.
 */
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ReviewProblem } from '../../../shared/api/review-contract';
import type { IsoDate } from '../../../shared/dates/iso-date';
import type { Occurrence, RegistryUnit, ShiftPreview } from '../../../shared/editing/editing-schemas';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import type { ChartEditing } from './chart-editing';
import { EditingBar } from './EditingBar';
import { MeetingsDialog } from './MeetingsDialog';
import { occurrenceSpan } from './OccurrenceSection';
import { ProgressDialog } from './ProgressDialog';
import { ShiftDialog } from './ShiftDialog';
import { TaskEditor } from './TaskEditor';
import { UnitsDialog } from './UnitsDialog';
import { type UndoScope, useEditing } from './useEditing';

type Dialog =
  | { kind: 'task'; taskId: number | null }
  | { kind: 'progress'; taskId: number; update: ProgressUpdate | null }
  | { kind: 'units' }
  | { kind: 'meetings' }
  | { kind: 'shift'; taskId: number; start: IsoDate | null; deadline: IsoDate | null; preview: ShiftPreview };

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

  const reschedule = useCallback(
    async (taskId: number, start: IsoDate | null, deadline: IsoDate | null) => {
      const preview = await editing.run(() =>
        client.previewReschedule({ taskId, start, deadline, shiftDependants: true }),
      );
      if (preview && preview.length > 0) setDialog({ kind: 'shift', taskId, start, deadline, preview });
      else if (preview)
        await editing.run(() => client.rescheduleTask({ taskId, start, deadline, shiftDependants: false }));
    },
    [client, editing],
  );

  const chartEditing = useMemo<ChartEditing>(
    () => ({
      onDatesChange: (rowKey, start, end) => {
        const task = rowKey.startsWith('t') ? taskById.get(Number(rowKey.slice(1))) : undefined;
        // Summary bars and lanes are drawn from their tasks: redraw them as they were.
        if (!task || task.childIds.length > 0) return onChanged();
        const point = task.kind !== 'task' && task.deadline !== null;
        // A task with no deadline keeps none: only its start moves.
        void reschedule(task.id, point ? task.start : start, task.deadline === null ? null : end);
      },
      onProgressChange: (rowKey, percent) => {
        const task = rowKey.startsWith('t') ? taskById.get(Number(rowKey.slice(1))) : undefined;
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
        rowKey: `t${o.taskId}`,
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
        {dialog?.kind === 'meetings' && <MeetingsDialog editing={editing} view={view} onClose={close} />}
        {dialog?.kind === 'shift' && (
          <ShiftDialog
            preview={dialog.preview}
            onClose={() => {
              close();
              onChanged();
            }}
            onChoose={async (shiftDependants) => {
              close();
              await editing.run(() =>
                client.rescheduleTask({
                  taskId: dialog.taskId,
                  start: dialog.start,
                  deadline: dialog.deadline,
                  shiftDependants,
                }),
              );
            }}
          />
        )}
      </>
    ),
  };
}
