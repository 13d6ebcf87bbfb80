/**
 * The rules of Nghị định 30/2020/NĐ-CP, Phụ lục I that a reviewer checks on every document, read
 * from the XML of each generated report: the status report (Kế hoạch 76 and a 60-task plan with
 * progress and difficulties, under both issuing bodies), the official letter with the units' tasks
 * and the report for a meeting. A regression in any of them fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/dates/iso-date';
import { buildPlanView } from '../../shared/plan-view/build-plan-view';
import type { PlanView } from '../../shared/plan-view/plan-view-schema';
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  STEERING_COMMITTEE_SETTINGS,
} from '../../shared/reports/report-schemas';
import { signatureWarnings } from '../../shared/reports/signature-check';
import {
  type DocumentFile,
  generateMeetingPack,
  generateStatusReport,
  generateUnitReport,
} from '../../services/reports/generate-reports';
import { textWidth } from '../../services/reports/format/text-width';
import { type DocParagraph, docParagraphs } from './docx-paragraphs';
import { type Docx, attributes, headerPart, openDocx, sections, tableRows } from './docx-xml';
import { kh76Repository, viewOf } from './report-fixtures';
import { PROGRESS_PLAN_AS_OF, progressPlanData } from './progress-plan';

const WORKING_GROUP: ReportSettings = { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn An' };
const STEERING: ReportSettings = {
  ...DEFAULT_REPORT_SETTINGS,
  ...STEERING_COMMITTEE_SETTINGS,
  signerName: 'Trần Thị Bình',
};

type Case = {
  name: string;
  kind: 'BC' | 'CV';
  settings: ReportSettings;
  number: number;
  /** The meeting pack's body is issue 15's; only its typing, numbering and signature are checked here. */
  ownBody: boolean;
  appendices: number;
  build: () => Promise<DocumentFile>;
};

const kh76 = (asOf: IsoDate): PlanView => viewOf(kh76Repository(), asOf);
const progress = (): PlanView => buildPlanView(progressPlanData(), PROGRESS_PLAN_AS_OF);
const status = (view: () => PlanView, settings: ReportSettings, number: number) => () =>
  generateStatusReport(view(), settings, { horizonDays: 30, recommendations: '', documentNumber: number });

const CASES: Case[] = [
  {
    name: 'status report, Kế hoạch 76, Tổ giúp việc',
    kind: 'BC',
    settings: WORKING_GROUP,
    number: 5,
    ownBody: true,
    appendices: 2,
    build: status(() => kh76('2021-07-20'), WORKING_GROUP, 5),
  },
  {
    name: 'status report, 60 tasks with progress, Ban Chỉ đạo',
    kind: 'BC',
    settings: STEERING,
    number: 12,
    ownBody: true,
    appendices: 2,
    build: status(progress, STEERING, 12),
  },
  {
    name: 'official letter with every unit’s tasks, 60 tasks',
    kind: 'CV',
    settings: WORKING_GROUP,
    number: 3,
    ownBody: true,
    appendices: 1,
    build: () => generateUnitReport(progress(), WORKING_GROUP, null, 3),
  },
  {
    name: 'official letter to one unit, Kế hoạch 76',
    kind: 'CV',
    settings: WORKING_GROUP,
    number: 4,
    ownBody: true,
    appendices: 1,
    build: () => {
      const view = kh76('2021-07-20');
      return generateUnitReport(view, WORKING_GROUP, view.units[0]!.id, 4);
    },
  },
  {
    name: 'report for a meeting, Kế hoạch 76',
    kind: 'BC',
    settings: WORKING_GROUP,
    number: 6,
    ownBody: false,
    appendices: 0,
    build: () =>
      generateMeetingPack(kh76('2021-07-20'), WORKING_GROUP, {
        nextMeetingOn: null,
        agenda: ['Nghe báo cáo tiến độ'],
        documentNumber: 6,
      }),
  },
];

type Read = {
  file: DocumentFile;
  docx: Docx;
  body: string;
  paragraphs: DocParagraph[];
  /** The body up to the signature: from the letterhead's end to the signature table. */
  main: DocParagraph[];
  signatureRow: ReturnType<typeof tableRows>[number];
};

const twipsToMm = (twips: number) => (twips / 1440) * 25.4;
/** Size of a run in points: its own, or the 14 pt body default. */
const points = (halfPoints: number | null) => (halfPoints ?? 28) / 2;
const DISPLAY_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/;

/** The width (twips) of the top-border rule drawn by a paragraph in a cell of `cellWidth`. */
const ruleWidth = (p: DocParagraph, cellWidth: number) => cellWidth - p.left - p.right;

function cellWidths(rowXml: string): number[] {
  return [...rowXml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

async function read(c: Case): Promise<Read> {
  const file = await c.build();
  const docx = openDocx(file.data);
  const body = docx.xml('word/document.xml');
  const paragraphs = docParagraphs(body);
  const firstAppendix = body.indexOf('(Kèm theo');
  const beforeAppendix = firstAppendix === -1 ? body : body.slice(0, firstAppendix);
  const signatureRow = tableRows(beforeAppendix).at(-1)!;
  const signatureStart = paragraphs.findIndex((p) => p.text === 'Nơi nhận:');
  const letterheadEnd = paragraphs.findIndex((p) => !p.inTable);
  return {
    file,
    docx,
    body,
    paragraphs,
    main: paragraphs.slice(letterheadEnd, signatureStart),
    signatureRow,
  };
}

describe.each(CASES)('Phụ lục I rules: $name', (c) => {
  let doc: Read;
  beforeAll(async () => {
    doc = await read(c);
  });

  it('is A4 with margins of 20 mm top and bottom, 30 mm left, 15 mm right, on every section', () => {
    for (const section of sections(doc.body)) {
      const size = attributes(section, 'w:pgSz');
      expect([size['w:w'], size['w:h']].sort()).toEqual(['11906', '16838']);
      const margin = attributes(section, 'w:pgMar');
      expect(twipsToMm(Number(margin['w:top']))).toBeCloseTo(20, 0);
      expect(twipsToMm(Number(margin['w:bottom']))).toBeCloseTo(20, 0);
      expect(twipsToMm(Number(margin['w:left']))).toBeCloseTo(30, 0);
      expect(twipsToMm(Number(margin['w:right']))).toBeCloseTo(15, 0);
    }
  });

  it('is set in Times New Roman only', () => {
    const fonts = new Set([...doc.body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('numbers pages from the second, centred at the top in 13 pt', () => {
    const [first, ...rest] = sections(doc.body);
    expect(first).toContain('<w:titlePg/>');
    expect(headerPart(doc.docx, first!, 'first')).not.toContain('PAGE');
    for (const section of [first!, ...rest]) {
      const header = headerPart(doc.docx, section, 'default');
      expect(header).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(header).toContain('<w:jc w:val="center"/>');
      expect(header).toContain('<w:sz w:val="26"/>');
    }
  });

  it('heads the first page: governing body, issuing body in bold ruled a third to a half beneath, title and motto', () => {
    const [top] = tableRows(doc.body);
    const [leftWidth, rightWidth] = cellWidths(top!.xml);
    const left = docParagraphs(/<w:tc>[\s\S]*?<\/w:tc>/.exec(top!.xml)![0]);
    const right = docParagraphs(top!.xml.slice(top!.xml.indexOf('</w:tc>')));
    const governing = c.settings.governingBody.split('\n');
    const issuing = c.settings.issuingBody.split('\n').map((l) => l.toUpperCase());
    const texts = left.filter((p) => !p.rule);
    expect(texts.map((p) => p.text)).toEqual([...governing.map((l) => l.toUpperCase()), ...issuing]);
    for (const p of texts) {
      expect(p.align).toBe('center');
      expect(points(p.runs[0]!.halfPoints)).toBe(13);
      expect(p.runs[0]!.bold).toBe(issuing.includes(p.text));
    }
    const issuingRule = ruleWidth(
      left.find((p) => p.rule)!,
      leftWidth!,
    );
    const issuingText = Math.max(...issuing.map((l) => textWidth(l, 13, true)));
    expect(issuingRule / issuingText).toBeGreaterThanOrEqual(1 / 3);
    expect(issuingRule / issuingText).toBeLessThanOrEqual(1 / 2);
    const [title, motto, rule] = right;
    expect([title!.text, points(title!.runs[0]!.halfPoints), title!.runs[0]!.bold]).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      12,
      true,
    ]);
    expect([motto!.text, points(motto!.runs[0]!.halfPoints), motto!.runs[0]!.bold]).toEqual([
      'Độc lập - Tự do - Hạnh phúc',
      14,
      true,
    ]);
    // As long as the motto.
    expect(rule!.rule).toBe(true);
    expect(ruleWidth(rule!, rightWidth!) / textWidth(motto!.text, 14, true)).toBeCloseTo(1, 1);
  });

  it('gives the number of its own series, zero-padded below 10, and the place and date in italics', () => {
    const row = tableRows(doc.body)[1]!;
    const [numberCell, dateCell] = row.xml.split('</w:tc>').map(docParagraphs);
    const number = numberCell![0]!;
    const padded = c.number < 10 ? `0${c.number}` : String(c.number);
    const symbol = c.kind === 'CV' ? c.settings.bodySymbol : `BC-${c.settings.bodySymbol}`;
    expect(number.text).toBe(`Số: ${padded}/${symbol}`);
    expect(points(number.runs[0]!.halfPoints)).toBe(13);
    expect(number.runs[0]!.bold).toBe(false);
    const date = dateCell![0]!;
    expect(date.text).toMatch(/^Hà Nội, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
    expect(date.runs[0]!.italics).toBe(true);
    expect(points(date.runs[0]!.halfPoints)).toBe(14);
    expect(doc.file.kind).toBe(c.kind);
    if (c.kind === 'CV') {
      // An official letter: its subject "V/v …" under the number, 12 pt upright, and no type name.
      const subject = numberCell![1]!;
      expect(subject.text).toMatch(/^V\/v /);
      expect(subject.align).toBe('center');
      expect([points(subject.runs[0]!.halfPoints), subject.runs[0]!.bold, subject.runs[0]!.italics]).toEqual([
        12,
        false,
        false,
      ]);
    }
  });

  it('titles a typed document with its type and subject in bold, ruled a third to a half of the subject', () => {
    const main = doc.main;
    if (c.kind === 'CV') {
      expect(main.some((p) => /^(BÁO CÁO|CÔNG VĂN|DANH SÁCH)$/.test(p.text))).toBe(false);
      return;
    }
    const at = main.findIndex((p) => p.text === 'BÁO CÁO');
    expect(at).toBeGreaterThanOrEqual(0);
    const subject = main[at + 1]!;
    for (const p of [main[at]!, subject]) {
      expect(p.align).toBe('center');
      expect(p.runs.every((r) => r.bold && !r.italics && points(r.halfPoints) === 14)).toBe(true);
    }
    const rule = main.slice(at).find((p) => p.rule)!;
    const ratio = ruleWidth(rule, 9355) / textWidth(subject.text, 14, true);
    expect(ratio).toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  });

  it('is addressed upward with “Kính gửi:”, before the body', () => {
    const at = doc.main.findIndex((p) => p.text.startsWith('Kính gửi:'));
    const firstBody = doc.main.findIndex((p) => p.align === 'both');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(firstBody);
    expect(doc.main[at]!.runs.every((r) => !r.bold && !r.italics && points(r.halfPoints) === 14)).toBe(true);
  });

  it('sets the body in 14 pt, justified, first line indented 1–1.27 cm, 6 pt after, single to 1.5 lines', () => {
    const text = doc.main.filter((p) => !p.inTable && p.align === 'both');
    expect(text.length).toBeGreaterThan(c.kind === 'CV' ? 1 : 3);
    for (const p of text) {
      expect(p.firstLine, p.text).not.toBeNull();
      expect(twipsToMm(p.firstLine!)).toBeGreaterThanOrEqual(10);
      expect(twipsToMm(p.firstLine!)).toBeLessThanOrEqual(12.7);
      expect(p.after).toBeGreaterThanOrEqual(120);
      expect(p.line).toBeGreaterThanOrEqual(240);
      expect(p.line).toBeLessThanOrEqual(360);
      for (const r of p.runs) expect(points(r.halfPoints), p.text).toBe(14);
    }
  });

  it('sets headings upright: parts bold, level 2 bold, level 3 regular', () => {
    const text = doc.main.filter((p) => !p.inTable && p.align === 'both');
    const parts = text.filter((p) => /^[IVX]+\. /.test(p.text));
    const second = text.filter((p) => /^\d+\. \S/.test(p.text) && p.text.length < 90);
    const third = text.filter((p) => /^[a-zđ]\d?\) /.test(p.text));
    // A typed report is divided into parts; a letter runs as a few paragraphs.
    if (c.ownBody && c.kind === 'BC') expect(parts.length).toBeGreaterThan(0);
    for (const p of [...parts, ...second, ...third])
      expect(
        p.runs.some((r) => r.italics),
        p.text,
      ).toBe(false);
    // Level 2 headings (kept with what they introduce), not the numbered items of a list.
    for (const p of [...parts, ...second.filter((h) => h.keepNext)])
      expect(
        p.runs.every((r) => r.bold),
        p.text,
      ).toBe(true);
  });

  it('ends the body with “./.” and signs for the issuing body with the signer’s title and name', () => {
    const last = doc.main.filter((p) => !p.inTable && p.text !== '').at(-1)!;
    expect(last.text.endsWith('./.')).toBe(true);
    expect(signatureWarnings(c.settings)).toEqual([]);
    const right = docParagraphs(doc.signatureRow.xml.slice(doc.signatureRow.xml.indexOf('</w:tc>')));
    const lines = right.filter((p) => p.text !== '');
    const expected = [c.settings.signingAuthority, c.settings.signerTitle]
      .filter((t) => t !== '')
      .map((t) => t.toUpperCase());
    expect(lines.map((p) => p.text)).toEqual([...expected, c.settings.signerName]);
    for (const p of lines) {
      expect(p.align).toBe('center');
      expect(p.runs.every((r) => r.bold && points(r.halfPoints) === 14)).toBe(true);
    }
    if (/BAN CHỈ ĐẠO/.test(c.settings.issuingBody) && !/TỔ GIÚP VIỆC/.test(c.settings.issuingBody))
      expect(lines[0]!.text).toMatch(/^(TM\. BAN CHỈ ĐẠO|KT\. TRƯỞNG BAN|TRƯỞNG BAN)$/);
    else expect(lines.map((p) => p.text).join(' ')).not.toMatch(/BAN CHỈ ĐẠO|TRƯỞNG BAN/);
  });

  it('lists “Nơi nhận” in bold italic 12 pt, each line 11 pt with “;”, the archive line last with “.”', () => {
    const left = docParagraphs(/<w:tc>[\s\S]*?<\/w:tc>/.exec(doc.signatureRow.xml)![0]);
    expect(left[0]!.text).toBe('Nơi nhận:');
    expect(left[0]!.runs[0]).toMatchObject({ bold: true, italics: true, halfPoints: 24 });
    const items = left.slice(1);
    for (const p of items) expect(p.runs[0]!.halfPoints).toBe(22);
    expect(items.slice(0, -1).every((p) => /^- .+;$/.test(p.text))).toBe(true);
    expect(items.at(-1)!.text).toBe(`- Lưu: ${c.settings.archiveCode}.`);
    if (c.kind === 'CV') expect(items[0]!.text).toBe('- Như trên;');
  });

  it('attaches its appendices after the signature, numbered, “Kèm theo” its type and number', () => {
    const headings = doc.paragraphs.filter((p) => /^Phụ lục( [IVX]+)?$/.test(p.text));
    expect(headings).toHaveLength(c.appendices);
    const typeName = c.kind === 'CV' ? 'Công văn' : 'Báo cáo';
    const padded = c.number < 10 ? `0${c.number}` : String(c.number);
    const attached = doc.paragraphs.filter((p) => p.text.startsWith('(Kèm theo'));
    expect(attached).toHaveLength(c.appendices);
    for (const p of attached) {
      expect(p.text).toMatch(
        new RegExp(
          `^\\(Kèm theo ${typeName} số ${padded}/\\S+ ngày \\d{2} tháng \\d{1,2} năm \\d{4} của .+\\)$`,
        ),
      );
      expect(p.runs.every((r) => r.italics)).toBe(true);
    }
    for (const [i, p] of headings.entries()) {
      expect(p.text).toBe(c.appendices === 1 ? 'Phụ lục' : `Phụ lục ${['I', 'II'][i]}`);
      expect(p.runs[0]!.bold).toBe(true);
      expect(p.align).toBe('center');
      expect(doc.body.indexOf(p.xml)).toBeGreaterThan(doc.body.indexOf('Nơi nhận:'));
    }
  });

  it('writes dates in the text as on the date line, dd/mm/yyyy only inside tables, and never names the software', () => {
    const all = doc.paragraphs.filter((p) => p.text !== '');
    expect(
      all.filter((p) => /ecourt|xuất từ ứng dụng|phần mềm theo dõi|ứng dụng theo dõi/i.test(p.text)),
    ).toEqual([]);
    if (!c.ownBody) return;
    expect(all.filter((p) => !p.inTable && DISPLAY_DATE.test(p.text)).map((p) => p.text)).toEqual([]);
  });
});

describe('Phụ lục I rules: what the status report counts equals its Bảng 1', () => {
  it.each([
    ['Kế hoạch 76', () => kh76('2021-07-20')],
    ['60 tasks with progress', progress],
  ])('%s', async (_, view) => {
    const file = await generateStatusReport(view(), WORKING_GROUP, { horizonDays: 30, recommendations: '' });
    const body = openDocx(file.data).xml('word/document.xml');
    const texts = docParagraphs(body).map((p) => p.text);
    const tableXml = body.slice(body.indexOf('Bảng 1.'));
    const rows = tableRows(tableXml.slice(0, tableXml.indexOf('</w:tbl>') + 8));
    const [header, ...rest] = rows;
    const columns = header!.cells.length;
    const tasks = rest.filter((r) => r.cells.length === columns);
    const groups = rest.filter((r) => r.cells.length === 2);
    const total = Number(/gồm (\d+) nhiệm vụ/.exec(texts.find((t) => / gồm \d+ nhiệm vụ/.test(t))!)![1]);
    expect(tasks).toHaveLength(total);
    const overdueRows = tasks.filter((r) => r.cells.some((cell) => cell.startsWith('Quá hạn')));
    const overdueText = texts.find((t) => /có \d+ nhiệm vụ quá hạn chưa hoàn thành/.test(t));
    expect(Number(/có (\d+) nhiệm vụ quá hạn/.exec(overdueText ?? 'có 0 nhiệm vụ quá hạn')![1])).toBe(
      overdueRows.length,
    );
    // "Quá hạn" once in a row.
    for (const r of tasks)
      expect(r.cells.filter((cell) => /Quá hạn/.test(cell)).length).toBeLessThanOrEqual(1);
    // A group row is kept with its first task; the number column holds every number on one line.
    for (const g of groups) expect(g.xml).toContain('<w:keepNext/>');
    const numberWidth = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(tableXml)![1]);
    for (const r of [...tasks, ...groups])
      expect(textWidth(r.cells[0]!, 12, true)).toBeLessThanOrEqual(numberWidth - 160);
    // No column left empty on every row.
    for (let col = 0; col < columns; col++) expect(tasks.some((r) => r.cells[col] !== '')).toBe(true);
  });
});
