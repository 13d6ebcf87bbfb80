/**
 * The Vietnamese application menu. Built from roles (Electron does the work) so it stays a pure
 * template; developer items (reload, dev tools) appear only outside the packaged app.
 */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import type { PdfPaper } from '../shared/files/file-transfer';
import { WINDOW_TITLE } from './window-options';

export type MenuActions = {
  /** Shows the data file in the file manager, for backups. */
  showDataFile: () => void;
  showAbout: () => void;
  /** The plan as one file, to carry to another laptop. */
  savePlanFile: () => void;
  /** A plan file in place of the current plan, after a confirmation and a backup. */
  openPlanFile: () => void;
  /** The window's timeline printed to a landscape PDF. */
  printTimelinePdf: (paper: PdfPaper) => void;
  /** Hoàn tác / Làm lại, carried out by the window: the last plan edit, or the text being typed. */
  undo: () => void;
  redo: () => void;
};

export function createMenuTemplate(developer: boolean, actions: MenuActions): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = developer
    ? [
        { type: 'separator' },
        { role: 'reload', label: 'Tải lại' },
        { role: 'toggleDevTools', label: 'Công cụ phát triển' },
      ]
    : [];
  return [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Lưu tệp kế hoạch…', accelerator: 'CmdOrCtrl+S', click: actions.savePlanFile },
        { label: 'Mở tệp kế hoạch…', accelerator: 'CmdOrCtrl+O', click: actions.openPlanFile },
        { type: 'separator' },
        {
          label: 'In / Xuất PDF tiến độ',
          submenu: [
            {
              label: 'Khổ A4 ngang…',
              accelerator: 'CmdOrCtrl+P',
              click: () => actions.printTimelinePdf('A4'),
            },
            { label: 'Khổ A3 ngang…', click: () => actions.printTimelinePdf('A3') },
          ],
        },
        { type: 'separator' },
        { label: 'Mở thư mục chứa tệp dữ liệu', click: actions.showDataFile },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        // Not the 'undo' role (a text field's undo): the plan's. The window already handles the keys
        // itself, so the accelerators are shown, not registered, and a key press never undoes twice.
        { label: 'Hoàn tác', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: actions.undo },
        { label: 'Làm lại', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: actions.redo },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' },
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Toàn màn hình', accelerator: 'F11' },
        ...developerItems,
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: 'Giới thiệu', click: actions.showAbout }],
    },
  ];
}

export function aboutDialogOptions(version: string, databasePath: string): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Giới thiệu',
    message: `${WINDOW_TITLE} — phiên bản ${version}`,
    detail:
      'Theo dõi Kế hoạch 76/KH-BCĐ-TANDTC xây dựng Đề án Tòa án điện tử và các nhiệm vụ phối hợp.\n\n' +
      `Tệp dữ liệu: ${databasePath}`,
    buttons: ['Đóng'],
  };
}
