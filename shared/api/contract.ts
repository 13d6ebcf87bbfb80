/**
 * The one API contract between the window and the services. The Electron preload allowlist,
 * the IPC handlers, the local HTTP bridge and the renderer's client are all derived from it.
 */
import { z } from 'zod';
import { planDataSchema } from '../model/plan-data-schema';
import { idSchema, isoDateSchema, planSchema } from '../model/schemas';
import { planViewSchema } from '../plan-view/plan-view-schema';
import { backupMethods } from './backup-contract';
import { documentRegisterMethods } from './document-register-contract';
import { editingMethods } from './editing-contract';
import { interopMethods } from './interop-contract';
import { progressRequestMethods } from './progress-request-contract';
import { reportMethods } from './report-contract';

type MethodContract = { input: z.ZodType; output: z.ZodType };

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const planSummarySchema = planSchema.extend({ taskCount: z.number().int().min(0) });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const apiContract = {
  /** Every plan in the database, the default plan first. */
  listPlans: method(z.strictObject({}), z.array(planSummarySchema)),
  /** One plan with units resolved and statuses computed as of a date. */
  getPlanView: method(z.strictObject({ planId: idSchema, asOf: isoDateSchema }), planViewSchema),
  /** One plan as stored, for the window to compute its view for any date (see plan-data-schema.ts). */
  getPlanData: method(z.strictObject({ planId: idSchema }), planDataSchema),
  /** Backups, restore, and the plan as one file (see backup-contract.ts). */
  ...backupMethods,
  /** Reports, their settings and the timeline picture (see report-contract.ts). */
  ...reportMethods,
  /** The register of outgoing documents and their numbers (see document-register-contract.ts). */
  ...documentRegisterMethods,
  /** Word, Excel, MS Project and text plans in; Excel, MS Project, calendar and PDF out (see interop-contract.ts). */
  ...interopMethods,
  /** Editing tasks, units, progress, links, recurring duties, meetings; undo/redo (see editing-contract.ts). */
  ...editingMethods,
  /** Progress requests to units, their returned forms, the tracker and reminders (see progress-request-contract.ts). */
  ...progressRequestMethods,
} satisfies Record<string, MethodContract>;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

/** The single IPC channel; the method name travels as the first argument and is checked on both ends. */
export const IPC_CHANNEL = 'ecourt:api';

export const API_ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'unknown-method',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What both transports carry back: never a thrown error, always this envelope. */
export const apiResponseSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  }),
]);
export type ApiResponse = z.infer<typeof apiResponseSchema>;

/** How the renderer reaches the services: IPC in Electron, HTTP in a browser. Chosen once at start. */
export type ApiTransport = (method: ApiMethod, input: unknown) => Promise<unknown>;
