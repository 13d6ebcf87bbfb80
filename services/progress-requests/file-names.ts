/** Names of the files sent to units: ASCII, so they survive any mail system and USB stick. */
import type { IsoDate } from '../../shared/dates/iso-date';
import { slug } from '../reports/file-names';

export const requestFileNames = (unitName: string, asOf: IsoDate) => {
  const base = `${slug(unitName) || 'don-vi'}-${asOf}`;
  return {
    folder: slug(unitName) || 'don-vi',
    letter: `cong-van-de-nghi-bao-cao-${base}.docx`,
    workbook: `bieu-mau-bao-cao-${base}.xlsx`,
    document: `bieu-mau-bao-cao-${base}.docx`,
  };
};

export const requestPackageName = (planCode: string, asOf: IsoDate) =>
  `de-nghi-bao-cao-tien-do-${slug(planCode)}-${asOf}.zip`;

export const reminderFileName = (unitName: string, asOf: IsoDate) =>
  `cong-van-don-doc-${slug(unitName) || 'don-vi'}-${asOf}.docx`;

export const reminderPackageName = (planCode: string, asOf: IsoDate) =>
  `cong-van-don-doc-${slug(planCode)}-${asOf}.zip`;
