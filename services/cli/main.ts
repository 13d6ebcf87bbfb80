/** `npm run cli -- …`: runs a command; errors go to stderr in Vietnamese with a non-zero exit code. */
import { UserError } from '../../shared/api/user-error';
import { translateStorageError } from '../storage/storage-errors';
import { UsageError, runCli, usage } from './run-cli';

async function main(): Promise<void> {
  try {
    await runCli(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`));
  } catch (caught) {
    // Busy, disk full, read-only: said as such, never as an unexpected error.
    const error = translateStorageError(caught, null) ?? caught;
    if (error instanceof UsageError) {
      process.stderr.write(`Lỗi: ${error.message}\n\n${await usage()}\n`);
      process.exitCode = 2;
    } else if (error instanceof UserError) {
      process.stderr.write(`Lỗi: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`Lỗi không mong đợi: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

void main();
