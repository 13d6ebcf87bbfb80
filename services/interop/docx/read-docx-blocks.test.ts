import { describe, expect, it } from 'vitest';
import { wordXmlToBlocks } from './read-docx-blocks';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe('reading the Word document XML as a stream', () => {
  it('joins runs, turns breaks into lines and tabs into spaces, decodes entities', () => {
    const blocks = wordXmlToBlocks(
      doc(
        p(t('Kế '), t('hoạch &amp; Đề án')) +
          p(t('Dòng một'), '<w:br/>', t('Dòng\u00a0hai'), '<w:tab/>', t('tiếp')),
      ),
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Kế hoạch & Đề án' },
      { kind: 'paragraph', text: 'Dòng một\nDòng hai tiếp' },
    ]);
  });

  it('leaves out deleted text, field codes and the fallback copy of alternate content', () => {
    const blocks = wordXmlToBlocks(
      doc(
        p(t('Giữ')) +
          '<w:p><w:del><w:r><w:delText>Xóa</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r>' +
          '<w:ins><w:r><w:t>Thêm</w:t></w:r></w:ins></w:p>' +
          '<w:p><mc:AlternateContent xmlns:mc="x"><mc:Choice><w:r><w:t>Hộp</w:t></w:r></mc:Choice>' +
          '<mc:Fallback><w:r><w:t>Hộp</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
      ),
    );
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Giữ', 'Thêm', 'Hộp']);
  });

  it('reads merged cells across (gridSpan) and down (vMerge) as spans', () => {
    const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(t(text))}</w:tc>`;
    const blocks = wordXmlToBlocks(
      doc(
        '<w:tbl>' +
          `<w:tr>${cell('STT')}${cell('Nội dung', '<w:gridSpan w:val="2"/>')}${cell('Chủ trì')}</w:tr>` +
          `<w:tr>${cell('1')}${cell('A')}${cell('B')}${cell('Vụ Tổng hợp', '<w:vMerge w:val="restart"/>')}</w:tr>` +
          `<w:tr>${cell('2')}${cell('C')}${cell('D')}${cell('', '<w:vMerge/>')}</w:tr>` +
          '</w:tbl>',
      ),
    );
    expect(blocks).toHaveLength(1);
    const rows = blocks[0]!.kind === 'table' ? blocks[0]!.rows : [];
    expect(rows.map((r) => r.map((c) => [c.paragraphs.join('/'), c.colSpan, c.rowSpan]))).toEqual([
      [
        ['STT', 1, 1],
        ['Nội dung', 2, 1],
        ['Chủ trì', 1, 1],
      ],
      [
        ['1', 1, 1],
        ['A', 1, 1],
        ['B', 1, 1],
        ['Vụ Tổng hợp', 1, 2],
      ],
      [
        ['2', 1, 1],
        ['C', 1, 1],
        ['D', 1, 1],
      ],
    ]);
  });

  it('reads a table inside a table as paragraphs of the outer cell', () => {
    const inner = `<w:tbl><w:tr><w:tc>${p(t('Trong'))}</w:tc></w:tr></w:tbl>`;
    const blocks = wordXmlToBlocks(doc(`<w:tbl><w:tr><w:tc>${p(t('Ngoài'))}${inner}</w:tc></w:tr></w:tbl>`));
    expect(blocks).toEqual([
      { kind: 'table', rows: [[{ paragraphs: ['Ngoài', 'Trong'], colSpan: 1, rowSpan: 1 }]] },
    ]);
  });

  it('reads a paragraph of 200,000 line breaks in one pass, without recursion', () => {
    const blocks = wordXmlToBlocks(doc(`<w:p><w:r>${`${t('x')}<w:br/>`.repeat(200_000)}</w:r></w:p>`));
    expect(blocks[0]!.kind === 'paragraph' && blocks[0]!.text.split('\n')).toHaveLength(200_000);
  });
});
