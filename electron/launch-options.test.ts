import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as startDecision from '../scripts/start-decision.mjs';
import { databaseArgument, NATIVE_BINDING_ENV, READY_MARKER, resolveLaunchOptions } from './launch-options';

describe('databaseArgument', () => {
  it.each([
    [['electron', '.', '--db', '/data/a.sqlite'], '/data/a.sqlite'],
    [['electron', '.', '--db=/data/b.sqlite'], '/data/b.sqlite'],
    [
      ['app.exe', '--allow-file-access', '--db', 'C:\\Dữ liệu\\kế hoạch.sqlite'],
      'C:\\Dữ liệu\\kế hoạch.sqlite',
    ],
    [['electron', '.'], undefined],
    [['electron', '.', '--db'], undefined],
    [['electron', '.', '--db', '--inspect'], undefined],
    [['electron', '.', '--db='], undefined],
    [['electron', '.', '--dbx', 'x'], undefined],
  ])('%j → %s', (argv, expected) => {
    expect(databaseArgument(argv)).toBe(expected);
  });
});

describe('resolveLaunchOptions', () => {
  const base = {
    argv: ['electron', '.'],
    env: {},
    cwd: '/home/an/ecourt-plan',
    isPackaged: false,
    defaultDatabasePath: () => '/home/an/.local/share/ecourt-plan/ke-hoach.sqlite',
  };

  it('uses the shared default data file when no --db is given', () => {
    expect(resolveLaunchOptions(base)).toEqual({
      databasePath: '/home/an/.local/share/ecourt-plan/ke-hoach.sqlite',
    });
  });

  it('resolves a relative --db against the working directory', () => {
    expect(
      resolveLaunchOptions({ ...base, argv: ['electron', '.', '--db', 'thu.sqlite'] }).databasePath,
    ).toBe(path.resolve('/home/an/ecourt-plan', 'thu.sqlite'));
  });

  it('takes the Electron build of the native module from start.mjs when not packaged', () => {
    const env = { [NATIVE_BINDING_ENV]: '/home/an/ecourt-plan/.cache/electron-native/x/better_sqlite3.node' };
    expect(resolveLaunchOptions({ ...base, env }).nativeBinding).toBe(env[NATIVE_BINDING_ENV]);
    expect(resolveLaunchOptions({ ...base, env: { [NATIVE_BINDING_ENV]: '' } })).not.toHaveProperty(
      'nativeBinding',
    );
  });

  it('ignores that variable in the packaged app, whose module electron-builder rebuilt', () => {
    const env = { [NATIVE_BINDING_ENV]: '/tmp/evil.node' };
    expect(resolveLaunchOptions({ ...base, env, isPackaged: true })).not.toHaveProperty('nativeBinding');
  });
});

describe('constants shared with scripts/start-decision.mjs', () => {
  it('agree on both sides of the process boundary', () => {
    expect(startDecision.NATIVE_BINDING_ENV).toBe(NATIVE_BINDING_ENV);
    expect(startDecision.READY_MARKER).toBe(READY_MARKER);
  });
});
