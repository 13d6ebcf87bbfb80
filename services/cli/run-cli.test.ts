/** The CLI's usage text: `export` and `report` describe their options in their own (lazily loaded) modules. */
import { describe, expect, it } from 'vitest';
import { UsageError, runCli, usage } from './run-cli';

describe('command line usage', () => {
  it('prints every command, export and report options included, for --help and for no command', async () => {
    for (const args of [['--help'], []]) {
      const printed: string[] = [];
      await runCli(args, (text) => printed.push(text));
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^Cách dùng:/);
      for (const command of [
        'import TỆP',
        'tasks',
        'units',
        'backups',
        'restore MÃ',
        'export --format',
        'report --type',
      ])
        expect(printed[0]).toContain(`npm run cli -- ${command}`);
      expect(printed[0]).toBe(await usage());
    }
  });

  it('refuses an unknown command before opening any database', () => {
    expect(() => runCli(['bogus', '--db', '/nonexistent/dir/x.sqlite'], () => {})).toThrow(UsageError);
  });
});
