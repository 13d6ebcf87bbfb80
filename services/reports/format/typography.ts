/**
 * Fonts, sizes and paragraph shapes of the document body: Times New Roman throughout, body text
 * 14 pt justified with a 1.27 cm first-line indent, 6 pt after each paragraph, line spacing 1.2.
 */
import { AlignmentType, type FileChild, type IRunOptions, LineRuleType, Paragraph, Tab, TextRun } from 'docx';
import { PreparedElement, type Xml, attrs, empty, textElement } from './prepared-xml';

export const FONT = 'Times New Roman';

/** Sizes in points (docx wants half-points: see `halfPoints`). */
export const PT = {
  body: 14,
  table: 12,
  letterheadSmall: 12,
  letterhead: 13,
  /** An official letter's "V/v …" under its number. */
  letterSubject: 12,
  motto: 14,
  recipientsTitle: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

export const halfPoints = (points: number): number => points * 2;

export const FIRST_LINE_INDENT = 720; // 1.27 cm
export const PARAGRAPH_AFTER = 120; // 6 pt
export const LINE_SPACING = 288; // 1.2 lines

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'font' | 'size'> & { size?: number };

/** A run in Times New Roman: set on every run as well as in the defaults, since Word's paste and LibreOffice's import keep run fonts. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const { size, ...rest } = style;
  return new TextRun({ ...rest, text, font: FONT, size: halfPoints(size ?? PT.body) });
}

/** A paragraph of body text: justified, first-line indent. `keepNext` holds it on the page of what follows. */
export function bodyParagraph(
  children: TextRun[] | string,
  options: { indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    indent: options.indent === false ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { after: PARAGRAPH_AFTER, line: LINE_SPACING, lineRule: LineRuleType.AUTO },
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

/** A body paragraph for a sentence that may have nothing to say (null): none then. */
export function optionalParagraph(text: string | null): Paragraph[] {
  return text === null ? [] : [bodyParagraph(text)];
}

/** A part of a list item's text: body size, bold and/or italic. */
export type ListText = { text: string; bold?: boolean; italics?: boolean };

const BODY_FONTS = attrs('w:rFonts', { 'w:ascii': FONT, 'w:cs': FONT, 'w:eastAsia': FONT, 'w:hAnsi': FONT });
const BODY_SIZE = [
  attrs('w:sz', { 'w:val': halfPoints(PT.body) }),
  attrs('w:szCs', { 'w:val': halfPoints(PT.body) }),
];
const LIST_RUN_PROPERTIES: Record<string, Xml> = Object.fromEntries(
  ['', 'b', 'i', 'bi'].map((key) => [
    key,
    {
      'w:rPr': [
        BODY_FONTS,
        ...(key.includes('b') ? [empty('w:b'), empty('w:bCs')] : []),
        ...(key.includes('i') ? [empty('w:i'), empty('w:iCs')] : []),
        ...BODY_SIZE,
      ],
    },
  ]),
);
const BODY_PARAGRAPH_PROPERTIES: Xml = {
  'w:pPr': [
    attrs('w:spacing', { 'w:after': PARAGRAPH_AFTER, 'w:line': LINE_SPACING, 'w:lineRule': 'auto' }),
    attrs('w:ind', { 'w:firstLine': FIRST_LINE_INDENT }),
    attrs('w:jc', { 'w:val': 'both' }),
  ],
};

/**
 * One item of a long list in the body ("- Nhiệm vụ 1.2 …"): the same paragraph as
 * `bodyParagraph([run(…), …])`, handed to docx ready-made (see prepared-xml), since a large plan's
 * report lists hundreds of them.
 */
export function listParagraph(parts: ListText[]): FileChild {
  return new PreparedElement('w:p', {
    'w:p': [
      BODY_PARAGRAPH_PROPERTIES,
      ...parts.map((part) => ({
        'w:r': [
          LIST_RUN_PROPERTIES[`${part.bold ? 'b' : ''}${part.italics ? 'i' : ''}`]!,
          textElement(part.text),
        ],
      })),
    ],
  });
}

/** "I. KẾT QUẢ THỰC HIỆN": a numbered part of the body, bold, first-line indent like the text. */
export function partHeading(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    keepNext: true,
    spacing: {
      before: PARAGRAPH_AFTER,
      after: PARAGRAPH_AFTER,
      line: LINE_SPACING,
      lineRule: LineRuleType.AUTO,
    },
    children: [run(text, { bold: true })],
  });
}

/** "1. Nhiệm vụ quá hạn": level 2, bold and upright as the decree sets headings, kept with what it introduces. */
export function subHeading(text: string): Paragraph {
  return bodyParagraph([run(text, { bold: true })], { keepNext: true });
}

/** "a) Vụ Tổng hợp": level 3, upright and regular, kept with what it introduces. */
export function minorHeading(text: string): Paragraph {
  return bodyParagraph([run(text)], { keepNext: true });
}

const ADDRESSEE_LEFT = 1700;
const ADDRESSEE_HANG = 1250;

/**
 * "Kính gửi: …" under the title: one addressee on the line itself, centred; several as a list of
 * "- …;" lines under one another, the last ending with "." (Phụ lục I, mục 7).
 */
export function addresseeLines(addressees: string[]): Paragraph[] {
  const clean = addressees.map((a) => a.trim().replace(/[;.,]+$/, '')).filter((a) => a !== '');
  const spacing = { before: 120, after: 120, line: LINE_SPACING, lineRule: LineRuleType.AUTO };
  if (clean.length === 0) return [];
  if (clean.length === 1)
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(`Kính gửi: ${clean[0]}`)] }),
    ];
  return clean.map(
    (item, i) =>
      new Paragraph({
        indent:
          i === 0
            ? { left: ADDRESSEE_LEFT + ADDRESSEE_HANG, hanging: ADDRESSEE_HANG }
            : { left: ADDRESSEE_LEFT + ADDRESSEE_HANG },
        spacing: {
          ...spacing,
          before: i === 0 ? 120 : 0,
          after: i === clean.length - 1 ? 120 : 0,
        },
        children: [
          ...(i === 0
            ? [new TextRun({ children: ['Kính gửi:', new Tab()], font: FONT, size: halfPoints(PT.body) })]
            : []),
          run(`- ${item}${i === clean.length - 1 ? '.' : ';'}`),
        ],
      }),
  );
}

/** A sentence that introduces a list or table ("… như sau:"), kept on the page of what follows. */
export function leadIn(text: string): Paragraph {
  return bodyParagraph(text, { keepNext: true });
}

/** The body's last paragraph: ends with "./." and stays on the page of the signature block. */
export function closingParagraph(text: string): Paragraph {
  return bodyParagraph(withClosingMark(text), { keepNext: true });
}

/** A centred line such as a table's title above it. */
export function centeredParagraph(children: TextRun[], after: number = PARAGRAPH_AFTER): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { after, line: 240, lineRule: LineRuleType.AUTO },
    children,
  });
}

/** Ends the last paragraph of a body with "./.", as the decree wants. */
export function withClosingMark(text: string): string {
  const trimmed = text.trimEnd().replace(/[.;:,]+$/, '');
  return `${trimmed}./.`;
}

/** A dotted line, one line long, for the secretary to write on (the meeting pack's agenda). */
export const FILL_IN_LINE = '…'.repeat(50);

/** Lines to write on where the user gave no text. */
export function fillInParagraphs(count = 2): Paragraph[] {
  return Array.from({ length: count }, () => bodyParagraph(FILL_IN_LINE, { indent: false }));
}

/** 6 pt of space, as after a table, which has no paragraph spacing of its own. */
export function spacer(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT },
    children: [],
  });
}
