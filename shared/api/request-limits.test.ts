import { describe, expect, it } from 'vitest';
import { MAX_PLAN_FILE_BYTES } from './backup-contract';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  fileFieldOf,
  jsonDepthExceeds,
  maxJsonBytes,
  maxRequestBytes,
} from './request-limits';

describe('request limits', () => {
  it('gives a file method its file limit and every other call 1 MB', () => {
    expect(fileFieldOf('openPlanFile')).toEqual({ field: 'base64', maxBytes: MAX_PLAN_FILE_BYTES });
    expect(fileFieldOf('listPlans')).toBeNull();
    expect(fileFieldOf('__proto__')).toBeNull();
    expect(maxRequestBytes('getPlanView')).toBe(DEFAULT_MAX_REQUEST_BYTES);
  });

  it('gives a round of returned forms room for all its files as JSON, and nothing else more than 1 MB', () => {
    expect(maxJsonBytes('previewReturnedForms')).toBeGreaterThan(40 * 1024 * 1024);
    expect(maxJsonBytes('acceptReturnedForms')).toBeGreaterThan(maxJsonBytes('previewReturnedForms'));
    for (const method of ['getPlanView', 'importPlan', 'openPlanFile', 'constructor', '__proto__'])
      expect(maxJsonBytes(method)).toBe(DEFAULT_MAX_REQUEST_BYTES);
  });

  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[1,{"b":[2]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds('['.repeat(1_000_000))).toBe(true);
  });
});
