/** `npm run web`: the window in a browser, through the local bridge. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppServices } from '../app-services';
import { warnIfDamaged } from '../backup/backup-cli';
import { defaultDatabasePath } from '../storage/default-location';
import { startBridge } from './bridge-server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Lỗi: cổng “${values.port}” không hợp lệ.\n`);
    process.exitCode = 2;
    return;
  }
  const services = openAppServices({ databasePath: values.db ?? defaultDatabasePath() });
  warnIfDamaged(services);
  // Bundled to dist/node/web.cjs; the renderer is built beside it in dist/renderer.
  const bridge = await startBridge({ services, staticDir: path.join(__dirname, '..', 'renderer'), port });
  process.stdout.write(
    [
      'Kế hoạch Tòa án điện tử đang chạy trong trình duyệt.',
      `Mở địa chỉ sau (chỉ dùng trên máy này): ${bridge.url}`,
      `Dữ liệu: ${services.databasePath}`,
      'Nhấn Ctrl+C để dừng.',
      '',
    ].join('\n'),
  );
  const stop = () => {
    void bridge.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Lỗi: không khởi động được: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
