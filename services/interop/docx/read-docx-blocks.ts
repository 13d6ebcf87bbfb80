/**
 * A .docx → its paragraphs and tables, in document order. mammoth reads the Word file (through its
 * stable HTML output) and htmlparser2 reads that HTML: no Word XML is interpreted by hand here.
 */
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { UserError } from '../../../shared/api/user-error';

export type DocxCell = { paragraphs: string[]; colSpan: number; rowSpan: number };
export type DocxBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: DocxCell[][] };

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
/** Footnote and comment markers ("[1]") and the lists mammoth appends for them are not plan text. */
const NOTE_LINK = /^#(footnote|endnote|comment)-/;
const NOTE_ITEM = /^(footnote|endnote|comment)-/;

/** A span as declared; an absurd one is refused when the table's grid is built (table-grid.ts). */
function spanOf(value: string | undefined): number {
  const n = Number(value ?? '1');
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

/** mammoth's HTML → blocks. Tables inside tables are read as paragraphs of the outer cell. */
export function htmlToBlocks(html: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: { rows: DocxCell[][]; cell: DocxCell | null }[] = [];
  let paragraph: string[] | null = null;
  let skipDepth = 0;
  const skipStack: string[] = [];

  const emit = (text: string) => {
    const clean = text.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (clean === '') return;
    const table = tables[0];
    if (table) {
      // Paragraphs in a nested table belong to the outermost table's current cell.
      table.cell?.paragraphs.push(clean);
      return;
    }
    blocks.push({ kind: 'paragraph', text: clean });
  };
  const flush = () => {
    if (paragraph) emit(paragraph.join(''));
    paragraph = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0 || (name === 'a' && NOTE_LINK.test(attributes.href ?? ''))) {
          skipDepth++;
          skipStack.push(name);
          return;
        }
        if (name === 'li' && NOTE_ITEM.test(attributes.id ?? '')) {
          skipDepth++;
          skipStack.push(name);
          return;
        }
        if (name === 'table') {
          flush();
          tables.push({ rows: [], cell: null });
        } else if (name === 'tr' && tables.length === 1) {
          tables[0]!.rows.push([]);
        } else if ((name === 'td' || name === 'th') && tables.length === 1) {
          flush();
          const cell: DocxCell = {
            paragraphs: [],
            colSpan: spanOf(attributes.colspan),
            rowSpan: spanOf(attributes.rowspan),
          };
          const rows = tables[0]!.rows;
          if (rows.length === 0) rows.push([]);
          rows[rows.length - 1]!.push(cell);
          tables[0]!.cell = cell;
        } else if (PARAGRAPH_TAGS.has(name)) {
          flush();
          paragraph = [];
        } else if (name === 'br') {
          (paragraph ??= []).push('\n');
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        (paragraph ??= []).push(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (skipStack[skipStack.length - 1] === name) {
            skipStack.pop();
            skipDepth--;
          }
          return;
        }
        if (PARAGRAPH_TAGS.has(name) || name === 'td' || name === 'th') flush();
        if (name === 'table') {
          flush();
          const table = tables.pop()!;
          if (tables.length === 0)
            blocks.push({ kind: 'table', rows: table.rows.filter((r) => r.length > 0) });
          else for (const row of table.rows) for (const cell of row) for (const p of cell.paragraphs) emit(p);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks;
}

/** Reads a checked .docx archive (see readZipSafely) into blocks. */
export async function readDocxBlocks(docx: Buffer, fileName: string): Promise<DocxBlock[]> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: docx },
      // Pictures are not plan text: they are not even read.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new UserError(
      `Tệp “${fileName}” không phải là văn bản Word (.docx) đọc được: thiếu phần nội dung chính hoặc nội dung bị hỏng.`,
    );
  }
  return htmlToBlocks(html);
}
