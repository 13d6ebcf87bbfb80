/**
 * Whether the letterhead and the signature of the report settings belong together (Nghị định
 * 30/2020/NĐ-CP, Điều 13 and Phụ lục I): a Steering Committee document is signed by its head or
 * for it ("TM. BAN CHỈ ĐẠO", "KT. TRƯỞNG BAN"), a working-group document by the working group's
 * head; and a signature carries the signer's name. Told to the user as warnings, since a secretary
 * may still need to print a draft for the name to be written in.
 */
import type { ReportSettings } from './report-schemas';

const upper = (text: string) => text.toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();

const isSteeringCommittee = (body: string) => /BAN CHỈ ĐẠO/.test(body) && !/TỔ GIÚP VIỆC/.test(body);
const isWorkingGroup = (body: string) => /TỔ GIÚP VIỆC/.test(body);

/** Vietnamese warnings, empty when the signature fits the letterhead and names the signer. */
export function signatureWarnings(settings: ReportSettings): string[] {
  const body = upper(settings.issuingBody);
  const authority = upper(settings.signingAuthority);
  const title = upper(settings.signerTitle);
  const warnings: string[] = [];
  if (settings.signerName.trim() === '')
    warnings.push('Chưa có họ và tên người ký: văn bản in ra sẽ thiếu tên dưới chữ ký.');
  if (authority !== '' && !/^(TM|KT|TL|TUQ|Q)\.\s/.test(authority))
    warnings.push('Thẩm quyền ký phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (ví dụ “KT. TRƯỞNG BAN”).');
  if (isSteeringCommittee(body)) {
    const signsForCommittee =
      /^TM\. BAN CHỈ ĐẠO/.test(authority) ||
      /^KT\. TRƯỞNG BAN/.test(authority) ||
      (authority === '' && title === 'TRƯỞNG BAN');
    if (/TỔ GIÚP VIỆC|^TỔ TRƯỞNG/.test(title) || !signsForCommittee)
      warnings.push(
        'Văn bản mang tên Ban Chỉ đạo phải do Trưởng Ban ký, hoặc ký “TM. BAN CHỈ ĐẠO” hay “KT. TRƯỞNG BAN” ' +
          '(Phó Trưởng Ban ký thay); nếu Tổ giúp việc ban hành, hãy chọn mẫu “Văn bản của Tổ giúp việc”.',
      );
  }
  if (isWorkingGroup(body) && /BAN CHỈ ĐẠO|TRƯỞNG BAN/.test(`${authority} ${title}`))
    warnings.push(
      'Văn bản mang tên Tổ giúp việc không ký thay Ban Chỉ đạo; hãy chọn mẫu “Văn bản của Ban Chỉ đạo” nếu Ban Chỉ đạo ban hành.',
    );
  return warnings;
}
