/** "Lịch công việc (iCal)": deadlines, meetings and recurring duties of the chosen units, for Outlook. */
import { useState } from 'react';
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { Modal, ModalActions, TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';

type Role = 'any' | 'lead' | 'support';
const ROLE_LABELS: Record<Role, string> = {
  any: 'Chủ trì hoặc phối hợp',
  lead: 'Chỉ nhiệm vụ chủ trì',
  support: 'Chỉ nhiệm vụ phối hợp',
};

export function IcalDialog({ view, onClose }: { view: PlanView; onClose: () => void }) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const [unitIds, setUnitIds] = useState<ReadonlySet<number>>(() => new Set());
  const [role, setRole] = useState<Role>('any');

  const toggle = (id: number) => {
    const next = new Set(unitIds);
    if (!next.delete(id)) next.add(id);
    setUnitIds(next);
  };

  const save = () =>
    task.run(async () => {
      const file = await client.exportIcal({
        planId: view.plan.id,
        asOf: view.asOf,
        unitIds: [...unitIds],
        role,
      });
      const { saved } = await platform.saveFile({
        fileName: file.fileName,
        base64: file.base64,
        filters: [FILE_FILTERS.calendar],
      });
      return saved ? `Đã lưu “${file.fileName}”. Mở tệp này bằng Outlook để thêm vào lịch.` : null;
    });

  return (
    <Modal
      title="Xuất lịch công việc (iCal)"
      testId="ical-dialog"
      onClose={onClose}
      footer={
        <ModalActions
          onClose={onClose}
          action={{
            label: 'Xuất lịch',
            testId: 'ical-save',
            disabled: task.busy,
            onClick: () => void save(),
          }}
        />
      }
    >
      <fieldset className="choice-list">
        <legend>Đơn vị (không chọn đơn vị nào: tất cả)</legend>
        {view.units.map((unit) => (
          <label key={unit.id}>
            <input type="checkbox" checked={unitIds.has(unit.id)} onChange={() => toggle(unit.id)} />
            {unit.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list">
        <legend>Vai trò của đơn vị</legend>
        {(Object.keys(ROLE_LABELS) as Role[]).map((value) => (
          <label key={value}>
            <input type="radio" name="ical-role" checked={role === value} onChange={() => setRole(value)} />
            {ROLE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <TaskMessages error={task.error} notice={task.notice} />
    </Modal>
  );
}
