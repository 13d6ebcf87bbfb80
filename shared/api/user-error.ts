import type { ApiErrorCode } from './contract';

/** An error whose message is written for the user, in Vietnamese, and may be shown as it is. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: Exclude<ApiErrorCode, 'internal' | 'unknown-method'> = 'invalid-input',
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** The one refusal for a plan id that is not (or no longer) in the database. */
export function planNotFound(planId: number): UserError {
  return new UserError(`Không tìm thấy kế hoạch (mã ${planId}).`, 'not-found');
}
