/** Why a task starts when it does, in the words the window and the exported files show. */
import type { StartBasis } from './task-start';

/** How the reason for a start after a predecessor begins: an import tells such starts by it. */
export const AFTER_PREDECESSOR = 'sau khi xong';

/** A start the plan does not state: the reason in words ("sau khi xong mục 1.4"); null for an own start. */
export function startBasisLabel(basis: StartBasis | null, fromWbs: string | null): string | null {
  switch (basis) {
    case null:
    case 'stored':
      return null;
    case 'predecessor':
      return fromWbs ? `${AFTER_PREDECESSOR} mục ${fromWbs}` : `${AFTER_PREDECESSOR} việc trước`;
    case 'parent':
      return fromWbs ? `cùng mục ${fromWbs}` : 'cùng mục cấp trên';
    case 'plan':
      return 'từ ngày ban hành kế hoạch';
    case 'children':
      return 'theo nhiệm vụ con sớm nhất';
    case 'deadline':
      return 'chưa rõ, tính bằng thời hạn';
  }
}

/** The same, for a column in a file: "Đã định" for an own start. */
export function startBasisCell(basis: StartBasis | null, fromWbs: string | null): string | null {
  if (basis === null) return null;
  const label = startBasisLabel(basis, fromWbs);
  return label === null ? STORED_START_LABEL : label.charAt(0).toUpperCase() + label.slice(1);
}

export const STORED_START_LABEL = 'Đã định';
