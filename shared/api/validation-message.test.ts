import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../model/schemas';
import { describeValidationError } from './validation-message';

describe('validation messages', () => {
  it('names each field in one Vietnamese sentence that ends with a single full stop', () => {
    const schema = z.strictObject({ asOf: isoDateSchema, progress: z.number().int().min(0) });
    const result = schema.safeParse({ asOf: '2021-02-30', progress: -1 });
    expect(result.success).toBe(false);
    const message = describeValidationError(result.error!);
    expect(message).toMatch(/^Dữ liệu không hợp lệ — “asOf”: Ngày không hợp lệ[^.]*; “progress”: /);
    expect(message.endsWith('.')).toBe(true);
    expect(message).not.toMatch(/\.\.|\.;/);
  });
});
