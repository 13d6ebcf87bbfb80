/**
 * The shape of an MS Project XML file as fast-xml-parser gives it (every value a string), checked with
 * zod before it is read: only the elements the import uses, the rest passes by.
 */
import { z } from 'zod';

const text = z.string();
const optionalText = text.optional();
/** An element that may be empty (`<Notes/>` reads as ""). */
const list = <T extends z.ZodType>(item: T) => z.array(item).optional();

export const mspdiLinkSchema = z.object({
  PredecessorUID: text,
  Type: optionalText,
  CrossProject: optionalText,
  LinkLag: optionalText,
  LagFormat: optionalText,
});

export const mspdiCustomValueSchema = z.object({ FieldID: text, Value: optionalText });

export const mspdiTaskSchema = z.object({
  UID: text,
  ID: optionalText,
  Name: optionalText,
  IsNull: optionalText,
  WBS: optionalText,
  OutlineNumber: optionalText,
  OutlineLevel: optionalText,
  Start: optionalText,
  Finish: optionalText,
  Milestone: optionalText,
  Summary: optionalText,
  PercentComplete: optionalText,
  Estimated: optionalText,
  ConstraintType: optionalText,
  ConstraintDate: optionalText,
  Deadline: optionalText,
  Notes: optionalText,
  PredecessorLink: list(mspdiLinkSchema),
  ExtendedAttribute: list(mspdiCustomValueSchema),
  Baseline: list(z.object({ Number: optionalText, Start: optionalText, Finish: optionalText })),
});
export type MspdiTask = z.infer<typeof mspdiTaskSchema>;

export const mspdiResourceSchema = z.object({
  UID: text,
  Name: optionalText,
  Group: optionalText,
  Notes: optionalText,
  IsNull: optionalText,
});
export type MspdiResource = z.infer<typeof mspdiResourceSchema>;

export const mspdiAssignmentSchema = z.object({
  UID: optionalText,
  TaskUID: text,
  ResourceUID: text,
  ExtendedAttribute: list(mspdiCustomValueSchema),
});

/** A list's wrapper element; an empty one (`<Tasks/>`) reads as "" and means an empty list. */
const container = <K extends string, T extends z.ZodType>(key: K, item: T) =>
  z
    .preprocess(
      (value) => (value === '' ? {} : value),
      z.object({ [key]: list(item) } as Record<K, z.ZodOptional<z.ZodArray<T>>>),
    )
    .optional();

export const mspdiProjectSchema = z.object({
  Title: optionalText,
  Subject: optionalText,
  Category: optionalText,
  Company: optionalText,
  StartDate: optionalText,
  StatusDate: optionalText,
  CurrentDate: optionalText,
  MinutesPerDay: optionalText,
  ExtendedAttributes: container(
    'ExtendedAttribute',
    z.object({ FieldID: text, FieldName: optionalText, Alias: optionalText }),
  ),
  Tasks: container('Task', mspdiTaskSchema),
  Resources: container('Resource', mspdiResourceSchema),
  Assignments: container('Assignment', mspdiAssignmentSchema),
});
export type MspdiProject = z.infer<typeof mspdiProjectSchema>;

/** Elements that may repeat: always read as lists, even when a file has one. */
export const REPEATED_ELEMENTS = new Set([
  'Task',
  'Resource',
  'Assignment',
  'PredecessorLink',
  'ExtendedAttribute',
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'TimephasedData',
  'Baseline',
  'OutlineCode',
  'AvailabilityPeriod',
  'Rate',
  'WorkWeek',
]);
