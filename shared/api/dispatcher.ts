/**
 * The one wrapper every handler goes through, whichever transport brought the call:
 * unknown methods refused, input validated against the contract, errors turned into the envelope.
 */
import { type ApiContract, type ApiMethod, type ApiResponse, apiContract, isApiMethod } from './contract';
import type { z } from 'zod';
import { createRequestKeys, requestKeyOf, withoutRequestKey } from './request-keys';
import { UserError } from './user-error';
import { describeValidationError } from './validation-message';

export type ApiHandlers = {
  [M in ApiMethod]: (
    input: z.output<ApiContract[M]['input']>,
  ) => z.input<ApiContract[M]['output']> | Promise<z.input<ApiContract[M]['output']>>;
};

export type ApiDispatcher = (method: unknown, input: unknown) => Promise<ApiResponse>;

export function createDispatcher(
  handlers: ApiHandlers,
  onInternalError: (error: unknown, method: string) => void = (error, m) =>
    console.error(`[api] ${m} failed:`, error),
): ApiDispatcher {
  const requestKeys = createRequestKeys();
  const run = async (method: ApiMethod, input: unknown): Promise<ApiResponse> => {
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof UserError)
        return { ok: false, error: { code: error.code, message: error.message } };
      onInternalError(error, method);
      return {
        ok: false,
        error: { code: 'internal', message: 'Đã xảy ra lỗi không mong đợi; dữ liệu không bị thay đổi.' },
      };
    }
  };
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'unknown-method', message: 'Yêu cầu không được hỗ trợ.' } };
    }
    const parsed = apiContract[method].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeValidationError(parsed.error) } };
    }
    // A submit sent twice (double click) writes once: the repeat gets the first answer.
    const key = requestKeyOf(parsed.data);
    if (key === null) return run(method, parsed.data);
    const repeated = requestKeys.repeat(method, key, parsed.data);
    if (repeated) return repeated;
    const response = run(method, withoutRequestKey(parsed.data));
    requestKeys.remember(method, key, parsed.data, response);
    return response;
  };
}
