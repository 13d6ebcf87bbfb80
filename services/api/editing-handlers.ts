/**
 * The editing methods: each edit runs through the undo log as one step (one transaction), after
 * the contract's zod check and the service's own rules; a refused edit writes nothing.
 */
import type { ApiInput } from '../../shared/api/contract';
import type { ApiHandlers } from '../../shared/api/dispatcher';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import type { editingMethods } from '../../shared/api/editing-contract';
import { UserError } from '../../shared/api/user-error';
import { listShippedPlans, loadCoordinationPlans } from '../coordination/load-coordination-plans';
import { createDependencyEditing } from '../editing/dependency-editing';
import { createMeetingEditing } from '../editing/meeting-editing';
import { createProgressEditing } from '../editing/progress-editing';
import { createRevisionEditing } from '../editing/revision-editing';
import { createReviewDismissals } from '../editing/review-dismissals';
import { createTaskEditing } from '../editing/task-editing';
import { todayIso } from '../../shared/dates/iso-date';
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
  const tasks = createTaskEditing(db, now);
  const revisions = createRevisionEditing(db, now);
  const quickNote = () => ({
    decidedOn: todayIso(now()),
    reason: null,
    decisionRef: null,
    meetingItemId: null,
  });
  const units = createUnitRegistry(db);
  const links = createDependencyEditing(db);
  const progress = createProgressEditing(db, now);
  const meetings = createMeetingEditing(db, now);
  const review = createReviewDismissals(db, now);

  /** A conclusion's follow-up task: in the meeting's plan, linked both ways (item → task, note → meeting). */
  const createFollowUpTask = (input: ApiInput<'createFollowUpTask'>) => {
    const item = meetings.item(input.itemId);
    if (item.kind !== 'conclusion') throw new UserError('Chỉ tạo nhiệm vụ từ một kết luận của cuộc họp.');
    if (item.follow_up_task_id !== null)
      throw new UserError('Kết luận này đã có nhiệm vụ theo dõi.', 'conflict');
    const meeting = meetings.get(item.meeting_id);
    const parentId = input.parentId ?? null;
    if (parentId !== null && tasks.head(parentId).plan_id !== meeting.planId) {
      throw new UserError('Nhiệm vụ cha không thuộc kế hoạch của cuộc họp.');
    }
    const ref = tasks.addTask({
      planId: meeting.planId,
      parentId,
      afterTaskId: null,
      fields: {
        title: input.title ?? item.text,
        kind: 'task',
        start: meeting.heldOn,
        deadline: input.deadline,
        deadlineText: input.deadlineText || null,
        recurrence: null,
        deliverable: null,
        notes: `Theo kết luận cuộc họp “${meeting.title}” ngày ${formatDisplayDate(meeting.heldOn)}: ${item.text}`,
        leadUnitId: input.leadUnitId,
        coLeadUnitIds: [],
        supportUnitIds: input.supportUnitIds ?? [],
      },
    });
    meetings.linkFollowUp(item.id, ref.taskId);
    return ref;
  };

  return {
    addTask: (input) => undo.record('Thêm nhiệm vụ', () => tasks.addTask(input)),
    updateTask: ({ taskId, fields, revision }) =>
      undo.record('Sửa nhiệm vụ', () => tasks.updateTask(taskId, fields, revision ?? null)),
    deleteTask: ({ taskId, children }) =>
      undo.record('Xóa nhiệm vụ', () => {
        tasks.deleteTask(taskId, children);
        return OK;
      }),
    moveTask: ({ taskId, move }) => undo.record('Di chuyển nhiệm vụ', () => tasks.moveTask(taskId, move)),
    rescheduleTask: ({ taskId, start, deadline, shiftDependants, revision }) =>
      undo.record('Điều chỉnh thời hạn nhiệm vụ', () => {
        tasks.head(taskId);
        const note = revision ?? quickNote();
        const carried = shiftDependants ? links.preview(taskId, start, deadline) : [];
        revisions.revise(taskId, { start, deadline }, note);
        // Each dependant moved gets its own revision, with the same reason and decision.
        for (const d of carried)
          revisions.revise(d.taskId, { start: d.newStart, deadline: d.newDeadline }, note);
        return { movedTaskIds: [taskId, ...carried.map((d) => d.taskId)] };
      }),
    previewReschedule: ({ taskId, start, deadline }) => links.preview(taskId, start, deadline),
    listRevisions: ({ taskId }) => revisions.list(taskId),
    undoRevision: ({ revisionId }) =>
      undo.record('Bỏ một lần điều chỉnh thời hạn', () => revisions.undoRevision(revisionId)),

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
    updateMeetingItem: ({ itemId, text, taskId }) =>
      undo.record('Sửa nội dung họp', () => meetings.updateItem(itemId, text, taskId)),
    postponeMeeting: ({ meetingId, toDate, startsAt, reason }) =>
      undo.record('Hoãn cuộc họp', () => meetings.postpone(meetingId, toDate, startsAt, reason)),
    createFollowUpTask: (input) => undo.record('Tạo nhiệm vụ từ kết luận', () => createFollowUpTask(input)),

    listShippedPlans: () => listShippedPlans(repository),
    loadShippedPlans: () => loadCoordinationPlans(repository, now()),

    getUndoState: () => undo.state(),
    undo: () => undo.undo(),
    redo: () => undo.redo(),
  };
}
