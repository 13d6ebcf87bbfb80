/**
 * Editing wired to one plan's workspace: the undo/redo strip, the dialogs (task, units, meetings,
 * moving dependants), and the chart's drags and occurrence markers. The workspace renders `bar` and
 * `dialogs`, passes `chartEditing` to the chart and calls `editTask` from the task card.
 */
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { Occurrence, RegistryUnit } from '../../../shared/editing/editing-schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { taskIdOfRowKey, taskRowKey } from '../filters/visible-rows';
import type { ChartEditing } from './chart-editing';
import { EditingBar } from './EditingBar';
import { MeetingsDialog } from '../committee-meetings/MeetingsDialog';
import { occurrenceSpan } from './OccurrenceSection';
import { type PendingRevision, RevisionDialog } from '../revisions/RevisionDialog';
import { TaskEditor } from './TaskEditor';
import { UnitsDialog } from './UnitsDialog';
import { useEditing } from './useEditing';

type Dialog =
  | { kind: 'task'; taskId: number | null }
  | { kind: 'units' }
  | { kind: 'meetings' }
  | { kind: 'revise'; pending: PendingRevision };

export type WorkspaceEditing = {
  bar: ReactNode;
  dialogs: ReactNode;
  chartEditing: ChartEditing;
  editTask: (taskId: number) => void;
};

export function useWorkspaceEditing(
  client: ApiClient,
  view: PlanView,
  onChanged: () => void,
  onPlansChanged: () => void,
): WorkspaceEditing {
  const editing = useEditing(client, onChanged);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [units, setUnits] = useState<RegistryUnit[]>([]);
  const [occurrences, setOccurrences] = useState<Occurrence[]>([]);
  const taskById = useMemo(() => new Map(view.tasks.map((t) => [t.id, t])), [view.tasks]);

  // Both follow the view: it is reloaded after every edit.
  useEffect(() => {
    let current = true;
    client.listUnits({}).then(
      (list) => current && setUnits(list),
      () => undefined,
    );
    const span = occurrenceSpan(view);
    client.listOccurrences({ planId: view.plan.id, ...span }).then(
      (list) => current && setOccurrences(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, view]);

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

  return {
    editTask: (taskId) => setDialog({ kind: 'task', taskId }),
    chartEditing,
    bar: (
      <EditingBar
        editing={editing}
        onAddTask={() => setDialog({ kind: 'task', taskId: null })}
        onUnits={() => setDialog({ kind: 'units' })}
        onMeetings={() => setDialog({ kind: 'meetings' })}
        onPlansLoaded={onPlansChanged}
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
