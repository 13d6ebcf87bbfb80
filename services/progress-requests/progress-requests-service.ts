/**
 * Asking units for progress and taking their answers in: the requests (letters and forms in one
 * .zip), the tracker, the returned forms checked and previewed, the accepted rows written as one
 * undoable step, and the reminders. Everything behind the contract's progress-request methods.
 */
import { formatFileSize } from '../../shared/files/file-size';
import { randomBytes } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { UserError } from '../../shared/api/user-error';
import type { IsoDate } from '../../shared/dates/iso-date';
import { formatDisplayDate } from '../../shared/dates/vietnamese-date';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import { unitKey } from '../../shared/units/unit-name';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import { type CheckedFile, checkReturnedForms } from '../../shared/progress-requests/check-returned-forms';
import { requestCandidates, tasksForUnit } from '../../shared/progress-requests/request-scope';
import type {
  AcceptResult,
  CreateRequestsInput,
  PreviewFile,
  RejectedRow,
  ReminderCandidate,
  ReminderInput,
  ReturnedFile,
} from '../../shared/progress-requests/request-schemas';
import { MAX_RETURNED_FORMS_TOTAL_BYTES } from '../../shared/progress-requests/request-schemas';
import { taskKey } from '../../shared/progress-requests/task-key';
import type { UndoLog } from '../editing/undo-log';
import { loadReportSettings } from '../reports/report-settings-store';
import type { PlanRepository } from '../storage/plan-repository';
import { requestFileNames, requestPackageName, reminderFileName, reminderPackageName } from './file-names';
import { buildFormDocument } from './form-document';
import { buildFormWorkbook } from './form-workbook';
import { documentSymbol } from '../../shared/documents/document-numbers';
import { packLetter } from './official-letter';
import { parseReturnedForm } from './parse-returned-form';
import { reminderLetter } from './reminder-letter';
import { requestLetter } from './request-letter';
import type { RequestForm } from './request-form';
import { type NewRequest, createRequestStore } from './request-store';

export type GeneratedPackage = { fileName: string; data: Buffer; unitCount: number };

const numberFor = (numbers: { unitId: number; number: string }[], unitId: number) =>
  numbers.find((n) => n.unitId === unitId)?.number ?? null;

export function createProgressRequests(repository: PlanRepository, undo: UndoLog, now: () => Date) {
  const db = repository.database;
  const store = createRequestStore(db, now);

  const view = (planId: number, asOf: IsoDate): PlanView => {
    const data = repository.loadPlanData(planId);
    if (!data) throw new UserError(`Không tìm thấy kế hoạch (mã ${planId}).`, 'not-found');
    return buildPlanView(data, asOf);
  };

  const decode = (files: ReturnedFile[]) => {
    const buffers = files.map((f) => Buffer.from(f.base64, 'base64'));
    const total = buffers.reduce((sum, b) => sum + b.length, 0);
    if (total > MAX_RETURNED_FORMS_TOTAL_BYTES)
      throw new UserError(
        `Các tệp đã chọn quá lớn (tổng ${formatFileSize(total)}): hãy nhận mỗi lần ít tệp hơn.`,
      );
    return buffers;
  };

  /** Parse (one file at a time: bounded memory) and check; nothing is written. */
  const check = async (planId: number, files: ReturnedFile[], today: IsoDate): Promise<CheckedFile[]> => {
    const plan = repository.loadPlanData(planId)?.plan;
    if (!plan) throw new UserError(`Không tìm thấy kế hoạch (mã ${planId}).`, 'not-found');
    const buffers = decode(files);
    const forms = [];
    for (const [i, bytes] of buffers.entries())
      forms.push(await parseReturnedForm(bytes, files[i]!.fileName));
    return checkReturnedForms(forms, {
      planId,
      planCode: plan.code,
      today,
      requestOf: (token) => store.contextOf(token),
      importedOn: (sha) => store.importedOn(sha),
    });
  };

  /** The secretariat is itself a unit of some plans: it does not write letters to itself. */
  const notSelf = <T extends { unitId: number }>(list: T[], v: PlanView): T[] => {
    const self = unitKey(loadReportSettings(repository).reportingBody);
    return list.filter((c) => {
      const unit = v.units.find((u) => u.id === c.unitId);
      return unit === undefined || (unitKey(unit.name) !== self && unitKey(unit.fullName) !== self);
    });
  };

  const toPreview = ({ updates: _u, context: _c, ...file }: CheckedFile): PreviewFile => file;

  return {
    candidates: (planId: number, asOf: IsoDate) => {
      const v = view(planId, asOf);
      return notSelf(requestCandidates(v), v);
    },

    async create(input: CreateRequestsInput): Promise<GeneratedPackage> {
      if (input.dueOn < input.sentOn) throw new UserError('Hạn gửi báo cáo phải từ ngày gửi đề nghị trở đi.');
      const v = view(input.planId, input.asOf);
      const settings = loadReportSettings(repository);
      const unitIds =
        input.unitIds.length > 0 ? input.unitIds : notSelf(requestCandidates(v), v).map((c) => c.unitId);
      if (unitIds.length === 0)
        throw new UserError('Không có đơn vị nào đang chủ trì hoặc phối hợp nhiệm vụ chưa hoàn thành.');
      const prepared = unitIds.map((unitId) => {
        const unit = v.units.find((u) => u.id === unitId);
        if (!unit)
          throw new UserError(
            `Không có đơn vị (mã ${unitId}) trong kế hoạch số ${v.plan.code}.`,
            'not-found',
          );
        const tasks = tasksForUnit(v, unitId);
        if (tasks.length === 0)
          throw new UserError(
            `${unit.name} không chủ trì hay phối hợp nhiệm vụ nào chưa hoàn thành: bỏ chọn đơn vị này.`,
          );
        const token = randomBytes(6).toString('hex').toUpperCase();
        return { unit, tasks, token };
      });
      const files: Zippable = {};
      // Files first, rows after: a failure while writing a document records no request.
      const records: NewRequest[] = [];
      for (const { unit, tasks, token } of prepared) {
        const form: RequestForm = {
          token,
          planCode: v.plan.code,
          planTitle: v.plan.title,
          planIssuedOn: v.plan.issuedOn,
          unitName: unit.name,
          unitFullName: unit.fullName,
          asOf: input.asOf,
          periodLabel: input.periodLabel,
          dueOn: input.dueOn,
          rows: tasks.map(({ task, role }) => ({
            key: taskKey(token, task.id),
            wbs: task.wbs,
            title: task.title,
            role,
            deadlineText: task.deadlineText,
            deadline: task.deadline,
            lastPercent: task.latestUpdate?.percent ?? null,
          })),
        };
        const names = requestFileNames(unit.name, input.asOf);
        const documentNumber = numberFor(input.documentNumbers, unit.id);
        const letter = await packLetter(
          requestLetter({
            settings,
            plan: v.plan,
            unitFullName: unit.fullName,
            leadCount: tasks.filter((t) => t.role === 'lead').length,
            supportCount: tasks.filter((t) => t.role === 'support').length,
            asOf: input.asOf,
            periodLabel: input.periodLabel,
            sentOn: input.sentOn,
            dueOn: input.dueOn,
            documentNumber,
          }),
        );
        files[`${names.folder}/${names.letter}`] = letter;
        files[`${names.folder}/${names.workbook}`] = await buildFormWorkbook(form);
        files[`${names.folder}/${names.document}`] = await buildFormDocument(form);
        records.push({
          planId: v.plan.id,
          unitId: unit.id,
          token,
          asOf: input.asOf,
          periodLabel: input.periodLabel,
          sentOn: input.sentOn,
          dueOn: input.dueOn,
          documentNumber,
          tasks: tasks.map(({ task, role }) => ({
            taskId: task.id,
            role,
            title: task.title,
            deadline: task.deadline,
            deadlineText: task.deadlineText,
            percent: task.latestUpdate?.percent ?? null,
          })),
        });
      }
      undo.record(`Gửi đề nghị báo cáo tiến độ (${records.length} đơn vị)`, () => {
        for (const r of records) store.add(r);
      });
      return {
        fileName: requestPackageName(v.plan.code, input.asOf),
        data: Buffer.from(zipSync(files, { level: 6 })),
        unitCount: records.length,
      };
    },

    track: (planId: number, today: IsoDate) => store.track(planId, today),

    async preview(planId: number, files: ReturnedFile[], today: IsoDate): Promise<PreviewFile[]> {
      return (await check(planId, files, today)).map(toPreview);
    },

    /** The accepted rows of every file, and each file's record, in one transaction and one undo step. */
    async accept(
      planId: number,
      files: ReturnedFile[],
      accepted: { sha256: string; key: string }[],
      today: IsoDate,
      receivedOn: IsoDate = today,
    ): Promise<AcceptResult> {
      if (receivedOn > today) throw new UserError('Ngày nhận biểu mẫu không được ở tương lai.');
      const checked = await check(planId, files, today);
      const chosen = new Set(accepted.map((a) => `${a.sha256}\u0001${a.key}`));
      const result: AcceptResult = { files: [], acceptedCount: 0 };
      const writes: Parameters<typeof store.recordReturn>[0][] = [];
      for (const file of checked) {
        const rejected: RejectedRow[] = [];
        const updates = [];
        for (const row of file.rows) {
          const update = file.updates.get(row.key);
          if (update && chosen.has(`${file.sha256}\u0001${row.key}`)) updates.push(update);
          else
            rejected.push({
              wbs: row.wbs,
              title: row.title,
              reason: !row.acceptable
                ? row.problems
                    .filter((p) => p.level === 'error')
                    .map((p) => p.message)
                    .join(' ')
                : 'Người dùng không chấp nhận.',
            });
        }
        const unchanged =
          file.problems.length > 0
            ? file.problems.map((p) => p.message).join(' ')
            : updates.length === 0
              ? 'Không có dòng nào được chấp nhận: không ghi gì.'
              : null;
        if (file.context && updates.length > 0)
          writes.push({
            requestId: file.context.requestId,
            fileName: file.fileName,
            sha256: file.sha256,
            receivedOn,
            unitName: file.context.unitName,
            updates,
            rejected,
          });
        result.files.push({
          fileName: file.fileName,
          unitName: file.unitName,
          acceptedCount: updates.length,
          rejected,
          unchanged,
        });
        result.acceptedCount += updates.length;
      }
      if (writes.length > 0)
        undo.record(`Nhận báo cáo tiến độ của đơn vị (${writes.length} tệp)`, () => {
          for (const w of writes) store.recordReturn(w);
        });
      return result;
    },

    reminderCandidates(planId: number, asOf: IsoDate): ReminderCandidate[] {
      const v = view(planId, asOf);
      const owed = store.unanswered(planId, asOf);
      const owing = v.units
        .filter((u) => !u.isCollective)
        .map((u) => ({
          unitId: u.id,
          unitName: u.name,
          unansweredRequestIds: owed.filter((r) => r.unit_id === u.id).map((r) => r.id),
          overdueTaskIds: v.tasks
            .filter(
              (t) => t.leads.some((l) => l.id === u.id) && t.status === 'overdue' && t.childIds.length === 0,
            )
            .map((t) => t.id),
        }))
        .filter((c) => c.unansweredRequestIds.length + c.overdueTaskIds.length > 0);
      return notSelf(owing, v);
    },

    async reminders(input: ReminderInput): Promise<GeneratedPackage> {
      const unitIds = input.unitIds.length > 0 ? input.unitIds : null;
      if (input.replyBy < input.asOf) throw new UserError('Hạn gửi báo cáo mới phải từ ngày đôn đốc trở đi.');
      const v = view(input.planId, input.asOf);
      const settings = loadReportSettings(repository);
      const owed = store.unanswered(input.planId, input.asOf);
      const candidates = this.reminderCandidates(input.planId, input.asOf).filter(
        (c) => unitIds === null || unitIds.includes(c.unitId),
      );
      if (candidates.length === 0)
        throw new UserError(
          `Đến ngày ${formatDisplayDate(input.asOf)} không có đơn vị nào chậm báo cáo hay chủ trì nhiệm vụ quá hạn.`,
        );
      const files: Zippable = {};
      for (const c of candidates) {
        const unit = v.units.find((u) => u.id === c.unitId)!;
        const letter = reminderLetter(
          {
            settings,
            plan: v.plan,
            unitFullName: unit.fullName,
            asOf: input.asOf,
            replyBy: input.replyBy,
            owedRequests: owed
              .filter((r) => r.unit_id === c.unitId)
              .map((r) => ({
                sentOn: r.sent_on,
                dueOn: r.due_on,
                asOf: r.as_of,
                documentNumber: r.document_number,
              })),
            overdueTasks: v.tasks.filter((t) => c.overdueTaskIds.includes(t.id)),
            documentNumber: numberFor(input.documentNumbers, c.unitId),
          },
          documentSymbol('CV', settings.bodySymbol),
        );
        files[reminderFileName(unit.name, input.asOf)] = await packLetter(letter);
      }
      return {
        fileName: reminderPackageName(v.plan.code, input.asOf),
        data: Buffer.from(zipSync(files, { level: 6 })),
        unitCount: candidates.length,
      };
    },
  };
}
