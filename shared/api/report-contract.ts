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
  /** "Báo cáo tình hình thực hiện Kế hoạch …" as of a date (.docx). */
  buildStatusReport: method(statusReportRequestSchema, generatedFileSchema),
  /** "Danh sách nhiệm vụ của đơn vị": one unit, or every unit when unitId is null (.docx). */
  buildUnitReport: method(unitReportRequestSchema, generatedFileSchema),
  /** Papers for a steering-committee meeting (.docx), from a recorded meeting when one is named. */
  buildMeetingPack: method(meetingPackRequestSchema, generatedFileSchema),
  /** Draft "Thông báo kết luận cuộc họp" of a recorded meeting (.docx). */
  buildConclusionsNotice: method(conclusionsNoticeRequestSchema, generatedFileSchema),
  /** The whole timeline as one PNG picture, drawn as in the reports. */
  exportTimelinePicture: method(timelinePictureRequestSchema, generatedFileSchema),
};
