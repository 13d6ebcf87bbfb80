/**
 * A hand-made plan shaped like the seed (Kế hoạch 76, group 1 with tasks 1.1–1.5), built with the
 * real buildPlanView so tests see exactly what the API would send.
 */
import type { IsoDate } from '../../../shared/dates/iso-date';
import type {
  Dependency,
  ImportWarning,
  ProgressUpdate,
  Task,
  TaskUnit,
  Unit,
} from '../../../shared/model/schemas';
import { type PlanData, buildPlanView } from '../../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { makePlan, makeTask, makeUnit } from '../../../shared/testing/model-fixtures';

export const UNIT = {
  tongHop: 1,
  phapChe: 2,
  hopTac: 3,
  toGiupViec: 4,
  lienQuan: 5,
} as const;

const units: Unit[] = [
  makeUnit(1, 'Vụ Tổng hợp', { fullName: 'Vụ Tổng hợp Tòa án nhân dân tối cao', agency: 'TANDTC' }),
  makeUnit(2, 'Vụ Pháp chế và Quản lý khoa học', {
    fullName: 'Vụ Pháp chế và Quản lý khoa học Tòa án nhân dân tối cao',
    agency: 'TANDTC',
    color: '#d55e00',
  }),
  makeUnit(3, 'Vụ Hợp tác quốc tế', {
    fullName: 'Vụ Hợp tác quốc tế Tòa án nhân dân tối cao',
    agency: 'TANDTC',
    color: '#009e73',
  }),
  makeUnit(4, 'Tổ giúp việc', { color: '#cc79a7' }),
  makeUnit(5, 'Các đơn vị có liên quan', { color: '#9e9e9e', isCollective: true }),
];

const plan = makePlan({
  title: 'Xây dựng “Đề án xây dựng Tòa án điện tử ở Việt Nam đáp ứng yêu cầu cải cách tư pháp”',
  issuingBody: 'Ban Chỉ đạo',
  sourceName: 'kh-76-KH-BCD-TANDTC-2021.txt',
  importedAt: '2026-11-23T08:00:00.000Z',
});

/** Group 1's items: under task 10 unless told otherwise. */
function task(partial: Partial<Task> & Pick<Task, 'id' | 'wbs' | 'title'>): Task {
  return makeTask(partial.id, partial.wbs, 10, partial);
}

const tasks: Task[] = [
  task({ id: 10, parentId: null, wbs: '1', title: 'Các hoạt động nghiên cứu, xây dựng Đề án', sortOrder: 0 }),
  task({
    id: 11,
    wbs: '1.1',
    title: 'Tổ chức điều tra, khảo sát thực trạng nguồn nhân lực, trình độ tin học',
    deadline: '2021-07-14',
    deadlineText: 'Trước ngày 15 tháng 7 năm 2021',
    deadlinePrecision: 'day',
    deliverable: 'Kết quả khảo sát và Báo cáo tổng kết thực tiễn',
  }),
  task({
    id: 12,
    wbs: '1.2',
    title: 'Nghiên cứu xây dựng Báo cáo đánh giá thực trạng các quy định pháp luật có liên quan',
    deadline: '2021-07-14',
    deadlineText: 'Trước ngày 15 tháng 7 năm 2021',
    deadlinePrecision: 'day',
  }),
  task({
    id: 13,
    wbs: '1.3',
    title: 'Nghiên cứu một số mô hình Tòa án điện tử trên thế giới <b>và</b> bài học kinh nghiệm',
    deadline: '2021-07-14',
    deadlineText: 'Trước ngày 15 tháng 7 năm 2021',
    deadlinePrecision: 'day',
  }),
  task({
    id: 14,
    wbs: '1.4',
    title: 'Đề xuất nội dung chính, xây dựng Đề cương Đề án',
    deadline: '2021-07-31',
    deadlineText: 'Tháng 7 năm 2021',
    deadlinePrecision: 'month',
  }),
  task({
    id: 15,
    wbs: '1.5',
    kind: 'meeting',
    title: 'Tổ chức họp Ban Chỉ đạo, Tổ giúp việc Đề án để xin ý kiến về những vấn đề lớn',
  }),
];

const taskUnits: TaskUnit[] = [
  { taskId: 11, unitId: UNIT.tongHop, role: 'lead' },
  { taskId: 11, unitId: UNIT.lienQuan, role: 'support' },
  { taskId: 12, unitId: UNIT.phapChe, role: 'lead' },
  { taskId: 12, unitId: UNIT.lienQuan, role: 'support' },
  { taskId: 13, unitId: UNIT.hopTac, role: 'lead' },
  { taskId: 13, unitId: UNIT.tongHop, role: 'support' },
  { taskId: 14, unitId: UNIT.toGiupViec, role: 'lead' },
  { taskId: 14, unitId: UNIT.lienQuan, role: 'support' },
];

const dependencies: Dependency[] = [
  { predecessorId: 11, successorId: 14, lagDays: 0 },
  { predecessorId: 14, successorId: 15, lagDays: 0 },
];

const warnings: ImportWarning[] = [
  { id: 1, planId: 1, taskId: 15, wbs: '1.5', line: 48, message: 'Không thấy “Thời gian hoàn thành”.' },
  { id: 2, planId: 1, taskId: null, wbs: null, line: 50, message: 'Văn bản kết thúc giữa chừng.' },
];

const progressUpdates: ProgressUpdate[] = [
  {
    id: 1,
    taskId: 11,
    reportedOn: '2021-07-01',
    percent: 40,
    achieved: 'Đã gửi phiếu khảo sát tới các Tòa án.',
    difficulties: null,
    enteredBy: 'Tổ giúp việc',
    createdAt: '2021-07-01T09:00:00.000Z',
  },
];

export const FIXTURE_DATA: PlanData = {
  plan,
  tasks,
  units,
  taskUnits,
  dependencies,
  warnings,
  progressUpdates,
  occurrenceCompletions: [],
};

export function fixtureView(asOf: IsoDate): PlanView {
  return buildPlanView(FIXTURE_DATA, asOf);
}
