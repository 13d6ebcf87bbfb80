/**
 * A 60-task plan as a secretariat keeps it half-way through: sections (two of them tasks in their
 * own right, with a lead and a deadline), starts and deadlines around the report date, progress
 * and difficulties reported by several units, one task without a lead, one without a deadline.
 */
import { addDays } from '../../shared/dates/iso-date';
import type { ProgressUpdate, Task, TaskUnit, Unit } from '../../shared/model/schemas';
import type { PlanData } from '../../shared/plan-view/build-plan-view';
import { emptyPlanData, makePlan, makeTask } from '../../shared/testing/model-fixtures';
import { unitColor } from '../../shared/units/unit-colors';

export const PROGRESS_PLAN_AS_OF = '2022-03-31';

const UNITS = [
  'Vụ Tổng hợp',
  'Cục Công nghệ thông tin',
  'Văn phòng',
  'Vụ Pháp chế và Quản lý khoa học',
  'Cục Kế hoạch - Tài chính',
  'Học viện Tòa án',
];

const SECTIONS = [
  'Hoàn thiện thể chế về Tòa án điện tử',
  'Xây dựng hạ tầng kỹ thuật và nền tảng số',
  'Số hóa hồ sơ và dữ liệu',
  'Đào tạo, bồi dưỡng và truyền thông',
];

const WORK = [
  'Rà soát quy định về thủ tục tố tụng trên môi trường điện tử',
  'Xây dựng dự thảo Nghị quyết hướng dẫn giao dịch điện tử trong tố tụng',
  'Nâng cấp trung tâm dữ liệu và hệ thống sao lưu dự phòng',
  'Triển khai phòng xét xử trực tuyến tại các Tòa án nhân dân cấp tỉnh',
  'Xây dựng cơ sở dữ liệu bản án, quyết định',
  'Số hóa hồ sơ vụ án đang giải quyết',
  'Tổ chức lớp bồi dưỡng kỹ năng số cho Thẩm phán',
  'Xây dựng phần mềm quản lý án',
  'Đánh giá an toàn thông tin các hệ thống',
  'Xây dựng quy chế khai thác dữ liệu',
];

const DIFFICULTIES = [
  'Chưa được bố trí kinh phí năm 2022',
  'Nhà thầu chậm bàn giao thiết bị do khan hiếm linh kiện',
  'Chưa thống nhất được ý kiến của các đơn vị phối hợp về phạm vi dữ liệu',
  'Thiếu nhân lực có chuyên môn về an toàn thông tin',
];

export function progressPlanData(): PlanData {
  const units: Unit[] = UNITS.map((name, i) => ({
    id: i + 1,
    name,
    fullName: `${name} Tòa án nhân dân tối cao`,
    agency: 'TANDTC',
    color: unitColor(i),
    isCollective: false,
  }));
  const tasks: Task[] = [];
  const taskUnits: TaskUnit[] = [];
  const progressUpdates: ProgressUpdate[] = [];
  let id = 0;
  SECTIONS.forEach((section, s) => {
    const sectionId = ++id;
    // Sections 2 and 4 are tasks in their own right: a lead and a deadline of their own.
    const own = s % 2 === 1;
    tasks.push(
      makeTask(sectionId, String(s + 1), null, {
        title: section,
        ...(own ? { deadline: '2022-12-31', deadlineText: 'Năm 2022', deadlinePrecision: 'year' } : {}),
      }),
    );
    if (own) taskUnits.push({ taskId: sectionId, unitId: s + 1, role: 'lead' });
    for (let item = 1; item <= 14; item++) {
      const taskId = ++id;
      const start = addDays('2021-07-01', (taskId * 23) % 240);
      const deadline = taskId === 17 ? null : addDays(start, 90 + ((taskId * 41) % 300));
      tasks.push(
        makeTask(taskId, `${s + 1}.${item}`, sectionId, {
          title: `${WORK[(taskId * 7) % WORK.length]} (đợt ${item})`,
          start,
          deadline,
          deadlineText: deadline === null ? null : `Trước ngày ${deadline.split('-').reverse().join('/')}`,
          deadlinePrecision: deadline === null ? null : 'day',
        }),
      );
      if (taskId !== 30) taskUnits.push({ taskId, unitId: (taskId % units.length) + 1, role: 'lead' });
      taskUnits.push({ taskId, unitId: ((taskId + 2) % units.length) + 1, role: 'support' });
      if (taskId % 2 === 0 || taskId % 5 === 0) {
        const percent = taskId % 10 === 0 ? 100 : (taskId * 13) % 90;
        progressUpdates.push({
          id: progressUpdates.length + 1,
          taskId,
          reportedOn: addDays(start, 60 + (taskId % 30)),
          percent,
          achieved:
            percent === 100
              ? 'Đã hoàn thành, gửi sản phẩm về Tổ giúp việc.'
              : 'Đang triển khai theo kế hoạch.',
          difficulties:
            percent < 100 && taskId % 3 === 0 ? DIFFICULTIES[taskId % DIFFICULTIES.length]! : null,
          enteredBy: null,
          createdAt: '2022-01-01T00:00:00.000Z',
        });
      }
    }
  });
  const plan = makePlan({
    code: '15/KH-BCĐ',
    title: 'Triển khai xây dựng Tòa án điện tử năm 2021-2022',
    issuingBody: 'Ban Chỉ đạo xây dựng Đề án Tòa án điện tử',
    issuedOn: '2021-06-10',
    sourceName: 'ke-hoach-15.docx',
  });
  return emptyPlanData({ plan, tasks, units, taskUnits, progressUpdates });
}
