/**
 * The paragraphs of a generated .docx with what the decree's rules look at: alignment, indent,
 * spacing, and each run's text, size, bold and italics (a run without a size takes the default
 * 14 pt body size; in a table, the 12 pt of the table style).
 */
import { attributes } from './docx-xml';

export type Run = { text: string; halfPoints: number | null; bold: boolean; italics: boolean };
export type DocParagraph = {
  xml: string;
  text: string;
  align: string | null;
  firstLine: number | null;
  after: number | null;
  line: number | null;
  keepNext: boolean;
  inTable: boolean;
  runs: Run[];
  /** A top border: the short rules under the issuing body, the motto and the subject. */
  rule: boolean;
  /** Left and right indents, which centre a rule in its cell. */
  left: number;
  right: number;
};

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function runOf(xml: string): Run {
  const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const size = /<w:sz w:val="(\d+)"/.exec(props)?.[1];
  return {
    text: decode(
      (xml.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
    ),
    halfPoints: size ? Number(size) : null,
    bold: /<w:b\/>/.test(props),
    italics: /<w:i\/>/.test(props),
  };
}

/** Every paragraph in document order, with whether it sits in a table. */
export function docParagraphs(body: string): DocParagraph[] {
  const result: DocParagraph[] = [];
  let depth = 0;
  const tokens = body.matchAll(/<w:tbl>|<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g);
  for (const [token] of tokens) {
    if (token === '<w:tbl>') depth += 1;
    else if (token === '</w:tbl>') depth -= 1;
    else {
      const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(token)?.[1] ?? '';
      const runs = (token.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).map(runOf).filter((r) => r.text !== '');
      const spacing = attributes(props, 'w:spacing');
      const ind = attributes(props, 'w:ind');
      result.push({
        xml: token,
        text: runs.map((r) => r.text).join(''),
        align: /<w:jc w:val="(\w+)"/.exec(props)?.[1] ?? null,
        firstLine: ind['w:firstLine'] ? Number(ind['w:firstLine']) : null,
        after: spacing['w:after'] ? Number(spacing['w:after']) : null,
        line: spacing['w:line'] ? Number(spacing['w:line']) : null,
        keepNext: /<w:keepNext\/>/.test(props),
        inTable: depth > 0,
        runs,
        rule: /<w:pBdr><w:top /.test(props),
        left: Number(ind['w:left'] ?? 0),
        right: Number(ind['w:right'] ?? 0),
      });
    }
  }
  return result;
}
