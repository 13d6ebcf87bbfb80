/** The local bridge from outside: the real API through HTTP, and every way in that must be refused. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../services/app-services';
import { openPlainDatabase } from '../../services/storage/database';
import { MAX_PLAN_FILE_BYTES } from '../../shared/api/backup-contract';
import { maxRequestBytes } from '../../shared/api/request-limits';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '../../services/bridge/bridge-server';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; bytes: Buffer };

let services: AppServices;
let bridge: Bridge;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bridge-'));
const staticDir = path.join(work, 'renderer');

function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const authed = (extra: Record<string, string> = {}): Record<string, string> => ({
  host: `127.0.0.1:${bridge.port}`,
  'x-ecourt-token': bridge.token,
  ...extra,
});

/** A file call as the window's transport makes it: the bytes as the body, the other fields in a header. */
const apiFile = (method: string, fields: Record<string, unknown>, bytes: Buffer, headers = authed()) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      ...headers,
      'content-type': 'application/octet-stream',
      'x-ecourt-fields': encodeURIComponent(JSON.stringify(fields)),
    },
    body: bytes,
  });

const api = (method: string, input: unknown, headers = authed({ 'content-type': 'application/json' })) =>
  request({ method: 'POST', path: `/api/${method}`, headers, body: JSON.stringify(input) });

beforeAll(async () => {
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kế hoạch</title>');
  fs.writeFileSync(path.join(work, 'secret.txt'), 'không được lộ');
  services = openAppServices({ databasePath: path.join(work, 'plan.sqlite') });
  bridge = await startBridge({ services, staticDir });
});
afterAll(async () => {
  await bridge.close();
  services.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('bridge: the API over HTTP', () => {
  it('listens on 127.0.0.1 only and prints an address with the token in the fragment', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // The fragment is never sent by the browser: not to this server, not to any other.
    expect(bridge.url).toBe(`${bridge.origin}/#t=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page without the token but sets no cookie, and keeps the API behind the token', async () => {
    const page = await request({ path: '/', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    // The old way in (token in the query, traded for a cookie) gives no cookie either.
    const old = await request({ path: `/?t=${bridge.token}`, headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(old.headers['set-cookie']).toBeUndefined();
  });

  it('serves the plan: Kế hoạch 76 loaded on first start, statuses as of a date', async () => {
    const plans = JSON.parse((await api('listPlans', {})).body);
    expect(plans.ok).toBe(true);
    expect(plans.value.map((p: { code: string }) => p.code)).toEqual(['76/KH-BCĐ-TANDTC']);
    const view = JSON.parse(
      (await api('getPlanView', { planId: plans.value[0].id, asOf: '2021-07-20' })).body,
    );
    expect(view.ok).toBe(true);
    const statuses = Object.fromEntries(
      view.value.tasks.map((t: { wbs: string; status: string }) => [t.wbs, t.status]),
    );
    expect(statuses).toEqual({
      '1': 'overdue',
      '1.1': 'overdue',
      '1.2': 'overdue',
      '1.3': 'overdue',
      '1.4': 'in-progress',
      '1.5': 'deadline-unknown',
    });
  });

  it.each([
    ['wrong types', { planId: '1', asOf: '2021-07-20' }, /planId/],
    ['a missing field', { planId: 1 }, /asOf/],
    ['an extra field', { planId: 1, asOf: '2021-07-20', drop: 'table' }, /drop/],
    ['an impossible date', { planId: 1, asOf: '2021-02-30' }, /Ngày không hợp lệ/],
    ['a negative id', { planId: -1, asOf: '2021-07-20' }, /planId/],
    ['NaN as null', { planId: null, asOf: '2021-07-20' }, /planId/],
    ['a huge string', { planId: 1, asOf: 'x'.repeat(100_000) }, /Ngày không hợp lệ/],
  ])('refuses %s with a Vietnamese message', async (_case, input, message) => {
    const reply = await api('getPlanView', input);
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(body.error.message).toMatch(/^Dữ liệu không hợp lệ/);
    expect(body.error.message).toMatch(message);
  });

  it('refuses an unknown method, a GET, a body that is not JSON, and one that is too large', async () => {
    expect(JSON.parse((await api('dropDatabase', {})).body).error.code).toBe('unknown-method');
    expect(JSON.parse((await api('__proto__', {})).body).error.code).toBe('unknown-method');
    expect((await request({ path: '/api/listPlans', headers: authed() })).status).toBe(405);
    const notJson = await request({
      method: 'POST',
      path: '/api/listPlans',
      headers: authed({ 'content-type': 'application/json' }),
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toBe('Dữ liệu gửi lên không phải JSON hợp lệ.');
    const huge = await request({
      method: 'POST',
      path: '/api/listPlans',
      headers: authed({ 'content-type': 'application/json' }),
      body: Buffer.alloc(MAX_BODY_BYTES + 10, 32),
    }).catch(() => ({ status: 413, body: '' }));
    expect(huge.status).toBe(413);
  });

  it('takes a plan file far larger than 1 MB as binary through openPlanFile, and no more than 1 MB of JSON', async () => {
    // A result that carries a file comes back as its bytes, the other fields in a header.
    const exported = await api('exportPlanFile', {});
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('application/octet-stream');
    const fields = JSON.parse(decodeURIComponent(String(exported.headers['x-ecourt-fields'])));
    expect(fields).toMatchObject({
      fileName: expect.stringMatching(/\.sqlite$/),
      sizeBytes: exported.bytes.length,
    });
    expect(exported.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    // The same plan with 3 MB more text in it: a real court's plan file with its history is this size.
    const copy = path.join(work, 'large-plan.sqlite');
    fs.writeFileSync(copy, exported.bytes);
    const db = openPlainDatabase(copy);
    db.exec("UPDATE plans SET title = title || ' ' || hex(randomblob(1572864))");
    db.close();
    const bytes = fs.readFileSync(copy);
    expect(bytes.length).toBeGreaterThan(MAX_BODY_BYTES * 3);

    const opened = await apiFile('openPlanFile', { fileName: 'ke-hoach.sqlite' }, bytes);
    expect(opened.status).toBe(200);
    expect(JSON.parse(opened.body)).toMatchObject({ ok: true, value: { planCount: 1, taskCount: 6 } });
    const plans = JSON.parse((await api('listPlans', {})).body);
    expect(plans.value.map((p: { code: string }) => p.code)).toEqual(['76/KH-BCĐ-TANDTC']);

    // The same file as base64 inside JSON is over the 1 MB every JSON body is held to.
    const asJson = await api('openPlanFile', {
      fileName: 'ke-hoach.sqlite',
      base64: bytes.toString('base64'),
    }).catch(() => ({ status: 413, body: '' }));
    expect(asJson.status).toBe(413);
    expect(maxRequestBytes('openPlanFile')).toBe(MAX_PLAN_FILE_BYTES);
    expect(maxRequestBytes('getPlanView')).toBe(MAX_BODY_BYTES);
  });

  it('refuses a 260 MB nested JSON body to openPlanFile by its declared size, before reading or parsing it', async () => {
    const before = JSON.parse((await api('listPlans', {})).body);
    const started = Date.now();
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          method: 'POST',
          path: '/api/openPlanFile',
          headers: authed({
            'content-type': 'application/json',
            'content-length': String(260 * 1024 * 1024),
          }),
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString(),
              bytes: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject);
      // Only the first megabyte of the nesting is ever written: the answer comes before the rest.
      req.write('['.repeat(1024 * 1024));
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toBe('Dữ liệu gửi lên quá lớn.');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(JSON.parse((await api('listPlans', {})).body)).toEqual(before);
  });

  it('refuses nesting deeper than any call needs without parsing it, and a file too large by its declared size', async () => {
    const deep = await request({
      method: 'POST',
      path: '/api/listPlans',
      headers: authed({ 'content-type': 'application/json' }),
      body: '['.repeat(500_000) + ']'.repeat(500_000),
    });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error.message).toBe('Dữ liệu gửi lên lồng nhau quá sâu.');
    const fields = await apiFile(
      'importPlan',
      { fileName: 'a.txt', nested: JSON.parse('['.repeat(40) + ']'.repeat(40)) },
      Buffer.from('x'),
    );
    expect(fields.status).toBe(400);
    const oversized = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: bridge.port,
          method: 'POST',
          path: '/api/openPlanFile',
          headers: authed({
            'content-type': 'application/octet-stream',
            'x-ecourt-fields': encodeURIComponent('{"fileName":"a.sqlite"}'),
            'content-length': String(MAX_PLAN_FILE_BYTES + 1),
          }),
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(oversized).toBe(413);
  });
});

describe('bridge: refused from outside', () => {
  it('without the token, or with a wrong one', async () => {
    const none = await api(
      'listPlans',
      {},
      { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json' },
    );
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toContain('Phiên làm việc không hợp lệ');
    const wrong = await api(
      'listPlans',
      {},
      authed({ 'x-ecourt-token': 'guess', 'content-type': 'application/json' }),
    );
    expect(wrong.status).toBe(401);
    const fileWithout = await apiFile('openPlanFile', { fileName: 'a.sqlite' }, Buffer.from('x'), {
      host: `127.0.0.1:${bridge.port}`,
    });
    expect(fileWithout.status).toBe(401);
  });

  it('with the token as a cookie: what a page on another local port would receive is no credential', async () => {
    // Cookies ignore ports: any server on 127.0.0.1 visited by the same browser would get one.
    const withCookie = await api(
      'listPlans',
      {},
      {
        host: `127.0.0.1:${bridge.port}`,
        cookie: `ecourt_token=${bridge.token}`,
        'content-type': 'application/json',
      },
    );
    expect(withCookie.status).toBe(401);
    // Nor in the query string (it would reach logs and the Referer of other sites).
    const inQuery = await request({
      method: 'POST',
      path: `/api/listPlans?t=${bridge.token}`,
      headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(inQuery.status).toBe(401);
  });

  it('from a rebound domain name (Host header) even with the token', async () => {
    const reply = await api(
      'listPlans',
      {},
      authed({ host: `evil.example:${bridge.port}`, 'content-type': 'application/json' }),
    );
    expect(reply.status).toBe(403);
    const other = await api(
      'listPlans',
      {},
      authed({ host: '127.0.0.1:1', 'content-type': 'application/json' }),
    );
    expect(other.status).toBe(403);
  });

  it('from a page of another origin even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1.evil.example:${bridge.port}`, 'null']) {
      const reply = await api('listPlans', {}, authed({ origin, 'content-type': 'application/json' }));
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body).error.message).toBe('Yêu cầu từ trang web khác bị từ chối.');
    }
    const same = await api(
      'listPlans',
      {},
      authed({ origin: bridge.origin, 'content-type': 'application/json' }),
    );
    expect(same.status).toBe(200);
  });

  it('for files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
      const reply = await request({ path: p, headers: authed() });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('không được lộ');
    }
  });
});
