/**
 * Payloads the contract must refuse, sent to methods that write, through BOTH transports: the HTTP
 * bridge (the raw JSON text, so 1e400 arrives as JSON does) and the IPC handler (the same text parsed,
 * as the renderer would send it). Each must give the same `invalid-input` envelope with a Vietnamese
 * message, and the database must hold exactly what it held before.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerApiHandler } from '../../electron/ipc';
import { type AppServices, openAppServices } from '../../services/app-services';
import { type Bridge, startBridge } from '../../services/bridge/bridge-server';
import { openPlainDatabase } from '../../services/storage/database';
import { IPC_CHANNEL, apiResponseSchema } from '../../shared/api/contract';
import { dumpDatabase } from '../interop/helpers/interop-fixtures';

const PAGE = 'file:///app/dist/renderer/index.html';
/** Letters only Vietnamese writes: a message without one is not the user's language. */
const VIETNAMESE = /[àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bad-payload-'));
const databasePath = path.join(work, 'plan.sqlite');
let services: AppServices;
let bridge: Bridge;
let ipcListener: Listener;
let unregister: () => void;
let taskId = 0;

function postRaw(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          host: `127.0.0.1:${bridge.port}`,
          'x-ecourt-token': bridge.token,
          'content-type': 'application/json',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const callIpc = (method: string, input: unknown) =>
  ipcListener({ senderFrame: { url: PAGE, parent: null } } as unknown as IpcMainInvokeEvent, method, input);

const dumpFile = () => {
  const db = openPlainDatabase(databasePath, { readonly: true });
  try {
    return dumpDatabase(db);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  services = openAppServices({ databasePath });
  bridge = await startBridge({ services, staticDir: work });
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (channel === IPC_CHANNEL) ipcListener = listener;
    },
    removeHandler: () => undefined,
  };
  unregister = registerApiHandler({ ipcMain, dispatch: services.dispatch, isAppPage: (url) => url === PAGE });
  const db = openPlainDatabase(databasePath, { readonly: true });
  taskId = (db.prepare('SELECT MIN(id) FROM tasks').pluck().get() as number | null) ?? 0;
  db.close();
});
afterAll(async () => {
  unregister();
  await bridge.close();
  services.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const HUGE = 'Đ'.repeat(300_000);
const TXT = Buffer.from('Số: 1/KH\n').toString('base64');

/** [what, method, the JSON text sent, what the message names]; `$TASK` is a real task's id, so only the broken field is wrong. */
const PAYLOADS: [string, string, string, string][] = [
  [
    'a negative progress',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":-1,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'progress "NaN" as text',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":"NaN","achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'progress 1e400 (Infinity once parsed)',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":1e400,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'a fractional progress',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":50.5,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'a progress over 100',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":101,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'a missing field',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","achieved":null,"difficulties":null,"enteredBy":null}',
    '“percent”',
  ],
  [
    'an extra field',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-07-01","percent":10,"achieved":null,"difficulties":null,"enteredBy":null,"isAdmin":true}',
    '"isAdmin"',
  ],
  [
    'a task id as text',
    'addProgressUpdate',
    '{"taskId":"$TASK","reportedOn":"2021-07-01","percent":10,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“taskId”',
  ],
  [
    'a date that does not exist',
    'addProgressUpdate',
    '{"taskId":$TASK,"reportedOn":"2021-02-30","percent":10,"achieved":null,"difficulties":null,"enteredBy":null}',
    '“reportedOn”',
  ],
  [
    'a huge string',
    'addProgressUpdate',
    `{"taskId":$TASK,"reportedOn":"2021-07-01","percent":10,"achieved":"${HUGE}","difficulties":null,"enteredBy":null}`,
    '“achieved”',
  ],
  ['an array instead of an object', 'addProgressUpdate', '[1,2,3]', 'mong đợi object'],
  ['null instead of an object', 'addProgressUpdate', 'null', 'mong đợi object'],
  [
    'a huge title',
    'updateTask',
    `{"taskId":$TASK,"fields":{"title":"${HUGE}","kind":"task","start":null,"deadline":null,"deadlineText":null,"recurrence":null,"deliverable":null,"notes":null,"leadUnitId":null,"coLeadUnitIds":[],"supportUnitIds":[]}}`,
    '“fields.title”',
  ],
  [
    'a title as a number',
    'updateTask',
    '{"taskId":$TASK,"fields":{"title":76,"kind":"task","start":null,"deadline":null,"deadlineText":null,"recurrence":null,"deliverable":null,"notes":null,"leadUnitId":null,"coLeadUnitIds":[],"supportUnitIds":[]}}',
    '“fields.title”',
  ],
  [
    'an unknown kind',
    'updateTask',
    '{"taskId":$TASK,"fields":{"title":"Việc","kind":"epic","start":null,"deadline":null,"deadlineText":null,"recurrence":null,"deliverable":null,"notes":null,"leadUnitId":null,"coLeadUnitIds":[],"supportUnitIds":[]}}',
    '“fields.kind”',
  ],
  ['fields missing', 'updateTask', '{"taskId":$TASK}', '“fields”'],
  [
    'an extra field among the fields',
    'updateTask',
    '{"taskId":$TASK,"fields":{"title":"Việc","kind":"task","start":null,"deadline":null,"deadlineText":null,"recurrence":null,"deliverable":null,"notes":null,"leadUnitId":null,"coLeadUnitIds":[],"supportUnitIds":[],"progress":-1}}',
    '"progress"',
  ],
  [
    'a file name with a path',
    'importPlan',
    `{"fileName":"../../ke-hoach.txt","base64":"${TXT}"}`,
    'Tên tệp không được chứa đường dẫn',
  ],
  [
    'a file name of 300 characters',
    'importPlan',
    `{"fileName":"${'a'.repeat(296)}.txt","base64":"${TXT}"}`,
    '“fileName”',
  ],
  [
    'content that is not base64',
    'importPlan',
    '{"fileName":"ke-hoach.txt","base64":"<script>không phải base64</script>"}',
    '“base64”',
  ],
  ['the content missing', 'importPlan', '{"fileName":"ke-hoach.txt"}', '“base64”'],
  [
    'the plan to update as text',
    'importPlan',
    `{"fileName":"ke-hoach.txt","base64":"${TXT}","updatePlanId":"yes"}`,
    '“updatePlanId”',
  ],
  [
    'keeping unmentioned tasks as text',
    'importPlan',
    `{"fileName":"ke-hoach.txt","base64":"${TXT}","updatePlanId":1,"keepUnmentioned":"yes"}`,
    '“keepUnmentioned”',
  ],
  [
    'an extra field',
    'importPlan',
    `{"fileName":"ke-hoach.txt","base64":"${TXT}","path":"/etc/passwd"}`,
    '"path"',
  ],
];

describe('payloads the contract refuses, on both transports', () => {
  it('has a real task to aim at', () => {
    expect(taskId).toBeGreaterThan(0);
  });

  it.each(PAYLOADS)(
    'refuses %s in %s the same way over HTTP and IPC, writing nothing',
    async (_what, method, template, named) => {
      const body = template.replaceAll('$TASK', String(taskId));
      const before = dumpFile();
      const overHttp = await postRaw(method, body);
      const overIpc = await callIpc(method, JSON.parse(body) as unknown);
      expect(overHttp.status).toBe(200);
      const httpEnvelope = apiResponseSchema.parse(JSON.parse(overHttp.body));
      expect(httpEnvelope).toEqual(overIpc);
      expect(httpEnvelope.ok).toBe(false);
      if (httpEnvelope.ok) return;
      expect(httpEnvelope.error.code).toBe('invalid-input');
      expect(httpEnvelope.error.message).toMatch(VIETNAMESE);
      expect(httpEnvelope.error.message).toMatch(/^Dữ liệu không hợp lệ — /);
      expect(httpEnvelope.error.message).toContain(named);
      expect(dumpFile()).toEqual(before);
    },
  );
});
