import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../shared/api/user-error';
import { OPEN_PLAN_FILE_CONFIRMATION, createPlanFileCommands } from './plan-file-menu';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-menu-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function setup(options: { confirm: boolean; picked?: string }) {
  const deps = {
    backups: {
      exportPlanFile: vi.fn(async () => ({ fileName: 'Kế hoạch.sqlite', bytes: Buffer.from('SQLite') })),
      openPlanFile: vi.fn(async () => ({
        safetyBackup: null,
        planCount: 1,
        taskCount: 6,
        migratedFrom: null,
      })),
    },
    dialogs: {
      showSaveDialog: vi.fn(async (_options: object) => ({
        canceled: false,
        filePath: path.join(dir, 'saved.sqlite'),
      })),
      showOpenDialog: vi.fn(async () => ({
        canceled: false,
        filePaths: options.picked ? [options.picked] : [],
      })),
    },
    confirm: vi.fn(async () => options.confirm),
    showError: vi.fn(),
    reloadWindow: vi.fn(),
    printToPdf: vi.fn(async () => Buffer.from('%PDF')),
  };
  return { deps, commands: createPlanFileCommands(deps) };
}

describe('File menu commands', () => {
  it('saves the plan file where the user chose', async () => {
    const { deps, commands } = setup({ confirm: true });
    await commands.savePlanFile();
    expect(deps.dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: 'Kế hoạch.sqlite' });
    expect(fs.readFileSync(path.join(dir, 'saved.sqlite'), 'utf8')).toBe('SQLite');
  });

  it('opens a plan file only after the confirmation, then reloads the window', async () => {
    const picked = path.join(dir, 'mang-sang.sqlite');
    fs.writeFileSync(picked, 'bytes');
    const refused = setup({ confirm: false, picked });
    await refused.commands.openPlanFile();
    expect(refused.deps.confirm).toHaveBeenCalledWith(OPEN_PLAN_FILE_CONFIRMATION);
    expect(refused.deps.backups.openPlanFile).not.toHaveBeenCalled();

    const accepted = setup({ confirm: true, picked });
    await accepted.commands.openPlanFile();
    expect(accepted.deps.backups.openPlanFile).toHaveBeenCalledWith(Buffer.from('bytes'));
    expect(accepted.deps.reloadWindow).toHaveBeenCalledTimes(1);
  });

  it('shows the services’ Vietnamese refusal and does not reload', async () => {
    const picked = path.join(dir, 'hong.sqlite');
    fs.writeFileSync(picked, 'x');
    const { deps, commands } = setup({ confirm: true, picked });
    deps.backups.openPlanFile.mockRejectedValueOnce(new UserError('Tệp này bị hỏng.'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await commands.openPlanFile();
    expect(deps.showError).toHaveBeenCalledWith('Không mở được tệp kế hoạch', 'Tệp này bị hỏng.');
    expect(deps.reloadWindow).not.toHaveBeenCalled();
  });

  it('prints the timeline landscape on A3', async () => {
    const { deps, commands } = setup({ confirm: true });
    await commands.printTimelinePdf('A3')();
    expect(deps.printToPdf).toHaveBeenCalledWith(
      expect.objectContaining({ landscape: true, pageSize: 'A3' }),
    );
  });
});
