/**
 * The Vietnamese application menu. Built from roles (Electron does the work) so it stays a pure
 * template; developer items (reload, dev tools) appear only outside the packaged app.
 */
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { WINDOW_TITLE } from './window-options';

export type MenuActions = {
  /** Shows the data file in the file manager, for backups. */
  showDataFile: () => void;
  showAbout: () => void;
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
        { label: 'Mở thư mục chứa tệp dữ liệu', click: actions.showDataFile },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
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
