/**
 * The editing methods: each edit runs through the undo log as one step (one transaction), after
 * the contract's zod check and the service's own rules; a refused edit writes nothing.
 */
import type { ApiHandlers } from '../../shared/api/dispatcher';
import type { editingMethods } from '../../shared/api/editing-contract';
import { UserError } from '../../shared/api/user-error';
import { listShippedPlans, loadCoordinationPlans } from '../coordination/load-coordination-plans';
import { createDependencyEditing } from '../editing/dependency-editing';
import { createMeetingEditing } from '../editing/meeting-editing';
import { createProgressEditing } from '../editing/progress-editing';
import { createReviewDismissals } from '../editing/review-dismissals';
import { createTaskEditing } from '../editing/task-editing';
import { createUndoLog } from '../editing/undo-log';
import { createUnitRegistry } from '../editing/unit-registry';
import type { PlanRepository } from '../storage/plan-repository';

type EditingHandlers = Pick<ApiHandlers, keyof typeof editingMethods>;
const OK = { ok: true } as const;

export function createEditingHandlers(
  repository: PlanRepository,
  now: () => Date = () => new Date(),
): EditingHandlers {
  const db = repository.database;
  const undo = createUndoLog(db, now);
  const tasks = createTaskEditing(db);
  const units = createUnitRegistry(db);
  const links = createDependencyEditing(db);
  const progress = createProgressEditing(db, now);
  const meetings = createMeetingEditing(db);
  const review = createReviewDismissals(db, now);

  return {
    addTask: (input) => undo.record('Thêm nhiệm vụ', () => tasks.addTask(input)),
    updateTask: ({ taskId, fields }) => undo.record('Sửa nhiệm vụ', () => tasks.updateTask(taskId, fields)),
    deleteTask: ({ taskId, children }) =>
      undo.record('Xóa nhiệm vụ', () => {
        tasks.deleteTask(taskId, children);
        return OK;
      }),
    moveTask: ({ taskId, move }) => undo.record('Di chuyển nhiệm vụ', () => tasks.moveTask(taskId, move)),
    rescheduleTask: ({ taskId, start, deadline, shiftDependants }) =>
      undo.record('Đổi thời gian nhiệm vụ', () => {
        tasks.head(taskId);
        const carried = shiftDependants ? links.preview(taskId, start, deadline) : [];
        tasks.setDates(taskId, start, deadline);
        for (const d of carried) tasks.setDates(d.taskId, d.newStart, d.newDeadline);
        return { movedTaskIds: [taskId, ...carried.map((d) => d.taskId)] };
      }),
    previewReschedule: ({ taskId, start, deadline }) => links.preview(taskId, start, deadline),

    listUnits: () => units.list(),
    addUnit: (input) => undo.record('Thêm đơn vị', () => units.add(input)),
    renameUnit: ({ unitId, name, fullName }) =>
      undo.record('Đổi tên đơn vị', () => units.rename(unitId, name, fullName)),
    recolorUnit: ({ unitId, color }) => undo.record('Đổi màu đơn vị', () => units.recolor(unitId, color)),
    mergeUnits: ({ keepId, mergeId }) => undo.record('Gộp đơn vị', () => units.merge(keepId, mergeId)),
    deleteUnit: ({ unitId }) =>
      undo.record('Xóa đơn vị', () => {
        units.remove(unitId);
        return OK;
      }),

    addProgressUpdate: (input) => undo.record('Ghi tiến độ', () => progress.add(input)),
    updateProgressUpdate: ({ updateId, ...fields }) =>
      undo.record('Sửa báo cáo tiến độ', () => progress.correct(updateId, fields)),
    deleteProgressUpdate: ({ updateId }) =>
      undo.record('Xóa cập nhật tiến độ', () => {
        progress.remove(updateId);
        return OK;
      }),
    getProgressHistory: ({ taskId }) => progress.history(taskId),

    listReviewDismissals: ({ planId }) => review.list(planId),
    dismissReviewProblem: ({ taskId, problem, reason }) =>
      undo.record('Đánh dấu đã xem — giữ nguyên', () => review.dismiss(taskId, problem, reason)),
    reopenReviewProblem: ({ dismissalId }) =>
      undo.record('Mở lại mục cần bổ sung', () => {
        review.reopen(dismissalId);
        return OK;
      }),

    addDependency: ({ predecessorId, successorId, lagDays }) =>
      undo.record('Thêm liên kết', () => {
        links.add(predecessorId, successorId, lagDays);
        return OK;
      }),
    removeDependency: ({ predecessorId, successorId }) =>
      undo.record('Xóa liên kết', () => {
        links.remove(predecessorId, successorId);
        return OK;
      }),

    listOccurrences: ({ planId, from, to }) => progress.occurrences(planId, from, to),
    setOccurrenceDone: ({ taskId, dueOn, doneOn }) =>
      undo.record(doneOn ? 'Đánh dấu hoàn thành lần thực hiện' : 'Bỏ đánh dấu lần thực hiện', () => {
        progress.setOccurrenceDone(taskId, dueOn, doneOn);
        return OK;
      }),

    listMeetings: ({ planId }) => meetings.list(planId),
    addMeeting: ({ planId, ...fields }) => undo.record('Thêm cuộc họp', () => meetings.add(planId, fields)),
    updateMeeting: ({ meetingId, ...fields }) =>
      undo.record('Sửa cuộc họp', () => meetings.update(meetingId, fields)),
    deleteMeeting: ({ meetingId }) =>
      undo.record('Xóa cuộc họp', () => {
        meetings.remove(meetingId);
        return OK;
      }),
    addMeetingItem: ({ meetingId, kind, text, taskId }) =>
      undo.record(kind === 'agenda' ? 'Thêm nội dung họp' : 'Thêm kết luận', () =>
        meetings.addItem(meetingId, kind, text, taskId),
      ),
    removeMeetingItem: ({ itemId }) => undo.record('Xóa nội dung họp', () => meetings.removeItem(itemId)),
    createFollowUpTask: ({ itemId, deadline, leadUnitId }) =>
      undo.record('Tạo nhiệm vụ từ kết luận', () => {
        const item = meetings.item(itemId);
        if (item.kind !== 'conclusion') throw new UserError('Chỉ tạo nhiệm vụ từ một kết luận của cuộc họp.');
        if (item.task_id !== null) throw new UserError('Kết luận này đã có nhiệm vụ theo dõi.', 'conflict');
        const meeting = meetings.get(item.meeting_id);
        const ref = tasks.addTask({
          planId: meeting.planId,
          parentId: null,
          afterTaskId: null,
          fields: {
            title: item.text,
            kind: 'task',
            start: meeting.heldOn,
            deadline,
            deadlineText: null,
            recurrence: null,
            deliverable: null,
            notes: `Theo kết luận cuộc họp “${meeting.title}”.`,
            leadUnitId,
            supportUnitIds: [],
          },
        });
        meetings.linkItem(itemId, ref.taskId);
        return ref;
      }),

    listShippedPlans: () => listShippedPlans(repository),
    loadShippedPlans: () => loadCoordinationPlans(repository, now()),

    getUndoState: () => undo.state(),
    undo: () => undo.undo(),
    redo: () => undo.redo(),
  };
}
