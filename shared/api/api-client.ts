/**
 * The renderer's typed client: every method of the contract, its result validated on arrival,
 * whichever transport carries it.
 */
import {
  type ApiInput,
  type ApiMethod,
  type ApiOutput,
  type ApiTransport,
  apiContract,
  apiResponseSchema,
  API_METHODS,
} from './contract';
import { describeValidationError } from './validation-message';

export class ApiCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export type ApiClient = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export function createApiClient(transport: ApiTransport): ApiClient {
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    const envelope = apiResponseSchema.safeParse(await transport(method, input));
    if (!envelope.success) throw new ApiCallError('Phản hồi từ ứng dụng không đúng định dạng.', 'internal');
    if (!envelope.data.ok) throw new ApiCallError(envelope.data.error.message, envelope.data.error.code);
    const output = apiContract[method].output.safeParse(envelope.data.value);
    if (!output.success) throw new ApiCallError(describeValidationError(output.error), 'internal');
    return output.data;
  };
  return Object.fromEntries(API_METHODS.map((m) => [m, (input: unknown) => call(m, input)])) as ApiClient;
}
