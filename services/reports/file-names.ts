/** File names for generated reports and pictures: ASCII, so they survive any file system and e-mail. */
import type { IsoDate } from '../../shared/dates/iso-date';

/** "Vụ Pháp chế và Quản lý khoa học" → "vu-phap-che-va-quan-ly-khoa-hoc". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export function statusReportFileName(planCode: string, asOf: IsoDate): string {
  return `bao-cao-tinh-hinh-${slug(planCode)}-${asOf}.docx`;
}

export function unitReportFileName(planCode: string, asOf: IsoDate, unitName: string | null): string {
  return `danh-sach-nhiem-vu-${unitName === null ? 'cac-don-vi' : slug(unitName)}-${slug(planCode)}-${asOf}.docx`;
}

export function meetingPackFileName(planCode: string, meetingOn: IsoDate): string {
  return `tai-lieu-hop-${slug(planCode)}-${meetingOn}.docx`;
}

export function conclusionsNoticeFileName(planCode: string, meetingOn: IsoDate): string {
  return `thong-bao-ket-luan-hop-${slug(planCode)}-${meetingOn}.docx`;
}

export function timelinePictureFileName(planCode: string, asOf: IsoDate): string {
  return `tien-do-${slug(planCode)}-${asOf}.png`;
}

/**
 * "bao-cao-tinh-hinh-….docx" with its number ("…-so-05-bc-tgv.docx"): two numbered documents of the
 * same day get two files, where the plain name would let the second overwrite the first.
 */
export function numberedFileName(fileName: string, numberText: string): string {
  const dot = fileName.lastIndexOf('.');
  const [base, extension] = dot === -1 ? [fileName, ''] : [fileName.slice(0, dot), fileName.slice(dot)];
  return `${base}-so-${slug(numberText)}${extension}`;
}
