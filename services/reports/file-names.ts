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
