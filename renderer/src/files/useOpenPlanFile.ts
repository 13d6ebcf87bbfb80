/**
 * "Mở tệp kế hoạch…": the user picks a plan file, confirms that the current plan is replaced (after
 * a backup), and the window shows the opened plan.
 */
import { useCallback } from 'react';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { FileTask } from './useFileTask';
import { useWindowServices } from './window-services';

export const OPEN_PLAN_FILE_QUESTION =
  'Dữ liệu kế hoạch hiện tại sẽ được thay thế bằng nội dung của tệp này. ' +
  'Trước khi thay thế, ứng dụng tự sao lưu dữ liệu hiện tại (có thể khôi phục trong “Sao lưu và khôi phục”). Tiếp tục?';

export function useOpenPlanFile(task: FileTask): (confirmFirst: boolean) => Promise<void> {
  const { client, platform, reloadData } = useWindowServices();
  return useCallback(
    (confirmFirst: boolean) =>
      task.run(async () => {
        const file = await platform.pickFile({ filters: [FILE_FILTERS.planFile] });
        if (file === null) return null;
        if (confirmFirst && !window.confirm(OPEN_PLAN_FILE_QUESTION)) return null;
        await client.openPlanFile({ fileName: file.fileName, base64: file.base64 });
        reloadData();
        return null;
      }),
    [client, platform, reloadData, task],
  );
}
