/**
 * The header's "Báo cáo đơn vị" menu: ask units for progress, take their filled forms in, follow
 * who answered and remind who did not. Files dropped on the window open the receiving dialog.
 */
import { useEffect, useState } from 'react';
import type { PickedFile } from '../../../shared/files/file-transfer';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { type MenuItem, MenuButton } from '../ui/MenuButton';
import { ReceiveDialog } from './ReceiveDialog';
import { RequestDialog } from './RequestDialog';
import { TrackerDialog } from './TrackerDialog';
import { carriesFiles, readPickedFiles } from './read-picked-files';

type Open = { dialog: 'request' | 'tracker' } | { dialog: 'receive'; files: PickedFile[] } | null;

export function ProgressRequestActions({ view }: { view: PlanView }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  // Forms dropped anywhere on the window (no dialog open): the receiving dialog opens with them.
  useEffect(() => {
    // A file dropped where nothing takes it must not replace the window (the browser would open it).
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (document.querySelector('dialog[open]') !== null) return;
      const list = event.dataTransfer?.files;
      if (list && list.length > 0)
        void readPickedFiles(list).then((files) => setOpen({ dialog: 'receive', files }));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const items: MenuItem[] = [
    {
      label: 'Đề nghị báo cáo tiến độ…',
      testId: 'units-request',
      onSelect: () => setOpen({ dialog: 'request' }),
    },
    {
      label: 'Nhận biểu mẫu đã điền…',
      testId: 'units-receive',
      onSelect: () => setOpen({ dialog: 'receive', files: [] }),
    },
    'separator',
    {
      label: 'Theo dõi và đôn đốc…',
      testId: 'units-tracker',
      onSelect: () => setOpen({ dialog: 'tracker' }),
    },
  ];
  return (
    <div className="file-actions">
      <MenuButton label="Báo cáo đơn vị" testId="units-menu" items={items} />
      {open?.dialog === 'request' && <RequestDialog view={view} onClose={close} />}
      {open?.dialog === 'receive' && <ReceiveDialog view={view} onClose={close} initialFiles={open.files} />}
      {open?.dialog === 'tracker' && <TrackerDialog view={view} onClose={close} />}
    </div>
  );
}
