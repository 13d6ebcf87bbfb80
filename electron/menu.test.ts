import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions, createMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const actions = {
  showDataFile: vi.fn(),
  showAbout: vi.fn(),
  savePlanFile: vi.fn(),
  openPlanFile: vi.fn(),
  printTimelinePdf: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
};

describe('createMenuTemplate', () => {
  it('has the Vietnamese top-level menus', () => {
    expect(createMenuTemplate(false, actions).map((item) => item.label)).toEqual([
      'Tệp',
      'Chỉnh sửa',
      'Xem',
      'Trợ giúp',
    ]);
  });

  it('gives office staff no dev tools and no reload', () => {
    const roles = flatten(createMenuTemplate(false, actions)).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('gives developers dev tools and reload', () => {
    const roles = flatten(createMenuTemplate(true, actions)).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it("labels every item itself (a role without a label shows Electron's English default)", () => {
    for (const item of flatten(createMenuTemplate(true, actions))) {
      if (item.type === 'separator') continue;
      expect(item.label, String(item.role)).toMatch(/\S/);
    }
    const labels = flatten(createMenuTemplate(true, actions)).map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Thoát', 'Sao chép', 'Dán', 'Toàn màn hình', 'Giới thiệu']),
    );
  });

  it('undoes the plan from Hoàn tác and Làm lại, not a text field through Electron’s role', () => {
    const items = flatten(createMenuTemplate(false, actions));
    const undo = items.find((item) => item.label === 'Hoàn tác')!;
    const redo = items.find((item) => item.label === 'Làm lại')!;
    expect(undo.click).toBe(actions.undo);
    expect(redo.click).toBe(actions.redo);
    expect(items.map((item) => item.role)).not.toContain('undo');
    expect(items.map((item) => item.role)).not.toContain('redo');
    // The window handles Ctrl+Z itself: a registered accelerator would undo a second time.
    expect([undo.accelerator, undo.registerAccelerator]).toEqual(['CmdOrCtrl+Z', false]);
    expect([redo.accelerator, redo.registerAccelerator]).toEqual(['CmdOrCtrl+Y', false]);
  });

  it('toggles full screen with F11 and wires the actions', () => {
    const items = flatten(createMenuTemplate(false, actions));
    expect(items.find((item) => item.role === 'togglefullscreen')?.accelerator).toBe('F11');
    expect(items.find((item) => item.label === 'Giới thiệu')?.click).toBe(actions.showAbout);
    expect(items.find((item) => item.label === 'Mở thư mục chứa tệp dữ liệu')?.click).toBe(
      actions.showDataFile,
    );
  });
});

describe('the File menu', () => {
  it('saves and opens the plan file, and prints the timeline on A4 or A3', () => {
    const items = flatten(createMenuTemplate(false, actions));
    expect(items.find((item) => item.label === 'Lưu tệp kế hoạch…')?.click).toBe(actions.savePlanFile);
    expect(items.find((item) => item.label === 'Mở tệp kế hoạch…')?.click).toBe(actions.openPlanFile);
    const click = (label: string) =>
      (items.find((item) => item.label === label)?.click as (() => void) | undefined)?.();
    click('Khổ A4 ngang…');
    click('Khổ A3 ngang…');
    expect(actions.printTimelinePdf.mock.calls).toEqual([['A4'], ['A3']]);
  });
});

describe('aboutDialogOptions', () => {
  it('names the app, its version, the plan and the data file', () => {
    const options = aboutDialogOptions(
      '0.1.0',
      'C:\\Users\\An\\AppData\\Roaming\\ecourt-plan\\ke-hoach.sqlite',
    );
    expect(options.message).toBe('Kế hoạch Tòa án điện tử — phiên bản 0.1.0');
    expect(options.detail).toContain('Kế hoạch 76/KH-BCĐ-TANDTC');
    expect(options.detail).toContain('C:\\Users\\An\\AppData\\Roaming\\ecourt-plan\\ke-hoach.sqlite');
    expect(options.buttons).toEqual(['Đóng']);
  });
});
