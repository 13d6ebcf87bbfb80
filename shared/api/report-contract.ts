/**
 * The contract methods for reports, spread into the API contract: the settings of the letterhead
 * and signature, the three Word documents, and the timeline picture. Files travel as base64 with a
 * suggested file name; the window saves them through a dialog.
 */
import { z } from 'zod';
import {
  conclusionsNoticeRequestSchema,
  generatedFileSchema,
  meetingPackRequestSchema,
  reportSettingsSchema,
  statusReportRequestSchema,
  timelinePictureRequestSchema,
  unitReportRequestSchema,
} from '../reports/report-schemas';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const reportMethods = {
  /** Agency names, number, signer and recipients of the reports (defaults until the user saves them). */
  getReportSettings: method(z.strictObject({}), reportSettingsSchema),
  /** Saves them; returns what was stored. */
  saveReportSettings: method(reportSettingsSchema, reportSettingsSchema),
  /** "Kiến nghị, đề xuất" drafted from the plan as of a date, for the user to edit before the report is made. */
  draftRecommendations: method(
    statusReportRequestSchema.pick({ planId: true, asOf: true }),
    z.strictObject({ text: z.string() }),
  ),
  /** "Báo cáo tình hình thực hiện Kế hoạch …" as of a date (.docx). */
  buildStatusReport: method(statusReportRequestSchema, generatedFileSchema),
  /** The tasks of a unit as an official letter (Công văn) to it, or to every unit when unitId is null (.docx). */
  buildUnitReport: method(unitReportRequestSchema, generatedFileSchema),
  /** "Báo cáo phục vụ cuộc họp" of the Steering Committee (.docx), from a recorded meeting when one is named. */
  buildMeetingPack: method(meetingPackRequestSchema, generatedFileSchema),
  /** Draft "Thông báo kết luận cuộc họp" of a recorded meeting (.docx). */
  buildConclusionsNotice: method(conclusionsNoticeRequestSchema, generatedFileSchema),
  /** The whole timeline as one PNG picture, drawn as in the reports. */
  exportTimelinePicture: method(timelinePictureRequestSchema, generatedFileSchema),
};
