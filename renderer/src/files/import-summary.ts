/** What an import did, in one Vietnamese sentence and a line about the warnings. */
import type { ApiOutput } from '../../../shared/api/contract';

export type ImportResult = ApiOutput<'importPlan'>;

export function importSummary(result: ImportResult): string {
  const a = result.amendment;
  if (a) {
    return (
      `Đã cập nhật kế hoạch số ${result.code}: ${a.added} nhiệm vụ thêm mới, ${a.removed} bỏ khỏi kế hoạch ` +
      `(vẫn giữ cùng tiến độ đã có), ${a.changed} có thay đổi, ${a.unchanged} không thay đổi.`
    );
  }
  return `Đã nhập kế hoạch số ${result.code}: ${result.taskCount} nhiệm vụ, ${result.unitCount} đơn vị.`;
}

export function importWarningsNote(result: ImportResult): string {
  if (result.warningCount === 0) return 'Không có cảnh báo: mọi thời hạn và đơn vị đều đọc được.';
  return (
    `Có ${result.warningCount} cảnh báo (thời hạn hoặc đơn vị chưa đọc được chắc chắn). ` +
    'Xem chi tiết ở mục “Cần rà soát” bên phải biểu đồ.'
  );
}
