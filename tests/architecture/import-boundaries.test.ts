/**
 * The folder tree is the architecture: shared/ is pure, services/ never import Electron, the window
 * reaches the services only through the contract. ESLint enforces it; this checks the rules still
 * say so, by linting files that break them as if they stood in each folder.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries', () => {
  it('refuse Node, storage and Electron in the window', async () => {
    const code = [
      "import fs from 'node:fs';",
      "import { openDatabase } from '../../services/storage/database';",
      "import { app } from 'electron';",
      'export const used = [fs, openDatabase, app];',
      '',
    ].join('\n');
    expect(await restrictedImports('renderer/src/grid/probe.ts', code)).toBe(3);
  });

  it('let only the timeline’s frappe folder import frappe-gantt', async () => {
    const code = "import Gantt from 'frappe-gantt';\nexport const used = Gantt;\n";
    expect(await restrictedImports('renderer/src/timeline/decorate-chart.ts', code)).toBe(1);
    expect(await restrictedImports('renderer/src/timeline/frappe/windowed-gantt.ts', code)).toBe(0);
  });

  it('let the window use the shared domain and contract', async () => {
    const code =
      "import { apiContract } from '../../../shared/api/contract';\nexport const used = apiContract;\n";
    expect(await restrictedImports('renderer/src/grid/probe.ts', code)).toBe(0);
  });

  it('keep shared/ free of Node and services, and services free of Electron', async () => {
    expect(
      await restrictedImports('shared/dates/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"),
    ).toBe(1);
    expect(
      await restrictedImports(
        'services/api/probe.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toBe(1);
  });
});
