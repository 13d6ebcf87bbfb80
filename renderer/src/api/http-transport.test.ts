import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './http-transport';

type Sent = { url: string; init: RequestInit };

function stubFetch(reply: Response): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return reply;
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

const json = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

describe('the window’s HTTP transport', () => {
  it('sends the token in a header and never asks for cookies', async () => {
    const sent = stubFetch(json({ ok: true, value: [] }));
    await createHttpTransport('tok_123')('listPlans', {});
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(headers['x-ecourt-token']).toBe('tok_123');
    expect(sent[0]!.init.credentials).toBe('omit');
    expect(headers['content-type']).toBe('application/json');
  });

  it('sends a file as its bytes, with the other fields in a header, not base64 in JSON', async () => {
    const sent = stubFetch(json({ ok: true, value: {} }));
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await createHttpTransport('t')('importPlan', {
      fileName: 'Kế hoạch.txt',
      base64: Buffer.from(bytes).toString('base64'),
      updatePlanId: 3,
    });
    const { headers, body } = sent[0]!.init as { headers: Record<string, string>; body: Blob };
    expect(headers['content-type']).toBe('application/octet-stream');
    expect(JSON.parse(decodeURIComponent(headers['x-ecourt-fields']!))).toEqual({
      fileName: 'Kế hoạch.txt',
      updatePlanId: 3,
    });
    expect(new Uint8Array(await body.arrayBuffer())).toEqual(bytes);
  });

  it('puts a file result back together as the contract has it (base64)', async () => {
    stubFetch(
      new Response(new Uint8Array([83, 81, 76]), {
        headers: {
          'content-type': 'application/octet-stream',
          'x-ecourt-fields': encodeURIComponent(JSON.stringify({ fileName: 'tệp.sqlite', sizeBytes: 3 })),
        },
      }),
    );
    expect(await createHttpTransport('t')('exportPlanFile', {})).toEqual({
      ok: true,
      value: { fileName: 'tệp.sqlite', sizeBytes: 3, base64: 'U1FM' },
    });
  });
});
