import os from 'node:os';
import path from 'node:path';

export const DATABASE_FILE_NAME = 'ke-hoach.sqlite';

/**
 * The app's data folder. Electron, the CLI and the web bridge all use this one file,
 * so a plan edited in the window is the plan the CLI prints. `ECOURT_PLAN_DB` overrides it.
 */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.ECOURT_PLAN_DB) return env.ECOURT_PLAN_DB;
  const folder =
    platform === 'win32'
      ? path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'ecourt-plan')
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support', 'ecourt-plan')
        : path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'ecourt-plan');
  return (platform === 'win32' ? path.win32 : path).join(folder, DATABASE_FILE_NAME);
}
