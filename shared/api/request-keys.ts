/**
 * One write per submit: a call that carries a `requestKey` already seen (a double click, a retry after
 * a lost answer) gets the first call's answer instead of writing again. The same key with different
 * input is refused. Kept in memory for a while; a key is a one-off UUID made by the window.
 */
import type { ApiResponse } from './contract';

const KEEP_MS = 10 * 60_000;
const MAX_KEYS = 1000;

type Seen = { input: string; at: number; response: Promise<ApiResponse> };

export type RequestKeys = {
  /** The answer to a repeat, or null when this key is new (then `remember` must be called). */
  repeat(method: string, key: string, input: unknown): Promise<ApiResponse> | null;
  remember(method: string, key: string, input: unknown, response: Promise<ApiResponse>): void;
};

export function requestKeyOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || !('requestKey' in input)) return null;
  const key = (input as { requestKey: unknown }).requestKey;
  return typeof key === 'string' ? key : null;
}

export function withoutRequestKey<T>(input: T): T {
  if (typeof input !== 'object' || input === null || !('requestKey' in input)) return input;
  const rest: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  delete rest.requestKey;
  return rest as T;
}

export function createRequestKeys(now: () => number = Date.now): RequestKeys {
  const seen = new Map<string, Seen>();
  const forgetOld = () => {
    const limit = now() - KEEP_MS;
    for (const [key, entry] of seen) {
      if (entry.at >= limit && seen.size <= MAX_KEYS) break;
      seen.delete(key);
    }
  };
  return {
    repeat(method, key, input) {
      forgetOld();
      const entry = seen.get(`${method}\u0000${key}`);
      if (!entry) return null;
      if (entry.input !== JSON.stringify(withoutRequestKey(input))) {
        return Promise.resolve({
          ok: false,
          error: { code: 'conflict', message: 'Yêu cầu này đã được gửi trước đó với nội dung khác.' },
        });
      }
      return entry.response;
    },
    remember(method, key, input, response) {
      seen.set(`${method}\u0000${key}`, {
        input: JSON.stringify(withoutRequestKey(input)),
        at: now(),
        response,
      });
    },
  };
}
