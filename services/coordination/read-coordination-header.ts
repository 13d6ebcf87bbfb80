/** Number, date, type and title of a coordination document, or of a news item ("Ngày đăng : …"). */
import { makeIsoDate } from '../../shared/dates/iso-date';
import type { ParsedHeader } from '../../shared/plan-document/parsed-plan';
import { type Block, isCapitals } from './document-blocks';

const DOCUMENT_TYPES = ['CHƯƠNG TRÌNH', 'QUY CHẾ', 'KẾ HOẠCH', 'QUYẾT ĐỊNH', 'THÔNG BÁO'];

/** Proper names inside a title in capitals, as they are written in running text. */
const PROPER_NAMES = [
  'Văn phòng Chính phủ',
  'Tòa án nhân dân tối cao',
  'Bộ Thông tin và Truyền thông',
  'Chính phủ',
  'Tòa án',
];

/** "PHỐI HỢP GIỮA VĂN PHÒNG CHÍNH PHỦ …" → "Phối hợp giữa Văn phòng Chính phủ …". */
function sentenceCase(upper: string): string {
  let text = upper.toLocaleLowerCase('vi');
  for (const name of PROPER_NAMES) text = text.replaceAll(name.toLocaleLowerCase('vi'), name);
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function readCoordinationHeader(blocks: Block[]): ParsedHeader {
  const header: ParsedHeader = { code: null, documentType: null, title: null, place: null, issuedOn: null };
  const head = blocks.slice(0, 40);
  head.forEach((block, i) => {
    const text = block.text;
    const code = /^Số\s*:\s*(.+)$/u.exec(text);
    if (code && !header.code) header.code = code[1]!.replace(/\s*\/\s*/g, '/').trim();
    const dated = /^(.+?), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/u.exec(text);
    if (dated && !header.issuedOn) {
      header.place = dated[1]!.trim();
      header.issuedOn = makeIsoDate(Number(dated[4]), Number(dated[3]), Number(dated[2]));
    }
    const posted = /Ngày đăng\s*:\s*[\d:]+,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(text);
    if (posted && !header.issuedOn) {
      header.issuedOn = makeIsoDate(Number(posted[3]), Number(posted[2]), Number(posted[1]));
    }
    const type = DOCUMENT_TYPES.find((t) => text === t || (isCapitals(text) && text.startsWith(`${t} `)));
    if (!header.documentType && type) {
      header.documentType = type.charAt(0) + type.slice(1).toLocaleLowerCase('vi');
      // The title is the rest of a capitals block ("QUY CHẾ PHỐI HỢP …"), or the next block.
      const rest = text.slice(type.length).trim();
      const next = rest || (head[i + 1]?.text ?? '');
      header.title = next === '' ? null : isCapitals(next) ? sentenceCase(next) : next;
    }
  });
  if (!header.documentType) {
    // A news item: its first line is its title.
    header.documentType = 'Bài tin';
    header.title = blocks[0]?.text ?? null;
  }
  return header;
}
