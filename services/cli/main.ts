/**
 * `npm run cli -- …`: runs a command; errors go to stderr in Vietnamese with a non-zero exit code.
 * Everything printed passes linesForTerminal: stored text (a title, a unit) never reaches the
 * terminal with its control characters raw.
 */
import { UserError } from '../../shared/api/user-error';
import { translateStorageError } from '../storage/storage-errors';
import { linesForTerminal } from '../../shared/text/escape-output';
import { UsageError, runCli, usage } from './run-cli';

async function main(): Promise<void> {
  try {
    await runCli(process.argv.slice(2), (text) => process.stdout.write(`${linesForTerminal(text)}\n`));
  } catch (caught) {
    // Busy, disk full, read-only: said as such, never as an unexpected error.
    const error = translateStorageError(caught, null) ?? caught;
    if (error instanceof UsageError) {
      process.stderr.write(`Lỗi: ${linesForTerminal(error.message)}\n\n${await usage()}\n`);
      process.exitCode = 2;
    } else if (error instanceof UserError) {
      process.stderr.write(`Lỗi: ${linesForTerminal(error.message)}\n`);
      process.exitCode = 1;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`Lỗi không mong đợi: ${linesForTerminal(message)}\n`);
      process.exitCode = 1;
    }
  }
}

void main();
