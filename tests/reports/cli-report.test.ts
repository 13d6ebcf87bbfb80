/**
 * `npm run cli -- report …` as a user runs it (the bundled program, real files), and the documents
 * it writes rendered by LibreOffice: page sizes, fonts, page numbers and the pictures of the pages,
 * left in tests/artifacts/reports/ for a person to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../services/app-services';
import { runCli } from '../integration/cli-runner';
import { openDocx, paragraphTexts } from './docx-xml';
import { KH76_CODE } from './report-fixtures';

const root = path.resolve(__dirname, '..', '..');
// Its own bundle, so that it never reads the CLI while another test file rebuilds it.
const cli = path.join(root, 'dist', 'test', 'report-cli.cjs');
const artifacts = path.join(root, 'tests', 'artifacts', 'reports');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-report-cli-'));
const db = path.join(work, 'plan.sqlite');
const updatedDb = path.join(work, 'updated.sqlite');

const run = (...args: string[]) => runCli(cli, args, work);

const texts = (file: string) => paragraphTexts(openDocx(fs.readFileSync(file)).xml('word/document.xml'));
const overdueItems = (file: string) => {
  const all = texts(file);
  const from = all.indexOf('1. Nhiệm vụ quá hạn');
  const to = all.indexOf('2. Nhiệm vụ có nguy cơ chậm');
  return all
    .slice(from, to)
    .filter((t) => t.startsWith('- Nhiệm vụ '))
    .map((t) => t.slice(11, 14));
};

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'services', 'cli', 'main.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3', '@resvg/resvg-js'],
    logLevel: 'warning',
  });
  // The same plan, with 1.2 reported done on 12/07/2021.
  const services = openAppServices({ databasePath: updatedDb });
  try {
    const repository = services.repository;
    const data = repository.loadPlanData(repository.findPlanIdByCode(KH76_CODE)!)!;
    repository.addProgressUpdate({
      taskId: data.tasks.find((t) => t.wbs === '1.2')!.id,
      reportedOn: '2021-07-12',
      percent: 100,
      achieved: 'Đã hoàn thành Báo cáo đánh giá thực trạng các quy định pháp luật.',
      difficulties: null,
      enteredBy: 'Tổ giúp việc',
    });
  } finally {
    services.close();
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run cli -- report', () => {
  it('writes the status report of Kế hoạch 76 as of 20/07/2021: 1.1–1.3 overdue, 1.5 without a deadline', () => {
    const out = path.join(work, 'bao-cao.docx');
    const result = run('report', '--type', 'status', '--as-of', '2021-07-20', '--out', out, '--db', db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Đã tạo văn bản: ${out}\nĐã ghi vào sổ văn bản đi số 01/BC-TGV.\n`);
    expect(overdueItems(out)).toEqual(['1.1', '1.2', '1.3']);
    expect(texts(out)).toContain(
      '- Nhiệm vụ 1.5 “Tổ chức họp Ban Chỉ đạo, Tổ giúp việc Đề án để xin ý kiến về những vấn đề lớn, ' +
        'xây dựng và hoàn chỉnh đề cương chi tiết”: chưa xác định đơn vị chủ trì và thời hạn.',
    );
    expect(openDocx(fs.readFileSync(out)).names.some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  });

  it('no longer lists 1.2 once a 100 % progress update is recorded', () => {
    const out = path.join(work, 'bao-cao-sau-cap-nhat.docx');
    expect(
      run('report', '--type', 'status', '--as-of', '2021-07-20', '--out', out, '--db', updatedDb).code,
    ).toBe(0);
    expect(overdueItems(out)).toEqual(['1.1', '1.3']);
  });

  it('writes the unit lists, the meeting pack and the timeline picture, named for what they are', () => {
    expect(run('report', '--type', 'unit', '--as-of', '2021-07-20', '--db', db).stdout).toBe(
      `Đã tạo văn bản: ${path.join(work, 'danh-sach-nhiem-vu-cac-don-vi-76-kh-bcd-tandtc-2021-07-20-so-01-tgv.docx')}\n` +
        'Đã ghi vào sổ văn bản đi số 01/TGV.\n',
    );
    const unit = run(
      'report',
      '--type',
      'unit',
      '--unit',
      'Vụ Hợp tác quốc tế',
      '--as-of',
      '2021-07-20',
      '--db',
      db,
    );
    expect(unit.stdout).toContain(
      'danh-sach-nhiem-vu-vu-hop-tac-quoc-te-76-kh-bcd-tandtc-2021-07-20-so-02-tgv.docx',
    );
    const meeting = path.join(work, 'tai-lieu-hop.docx');
    const args = ['--agenda', 'Báo cáo tình hình thực hiện Kế hoạch', '--agenda', 'Cho ý kiến về Đề cương'];
    expect(
      run(
        'report',
        '--type',
        'meeting',
        '--as-of',
        '2021-07-20',
        '--next-meeting',
        '2021-08-15',
        ...args,
        '--out',
        meeting,
        '--db',
        db,
      ).code,
    ).toBe(0);
    expect(texts(meeting)).toContain('2. Cho ý kiến về Đề cương');
    const picture = run('report', '--type', 'timeline', '--as-of', '2021-07-20', '--db', db);
    expect(picture.stdout).toContain('tien-do-76-kh-bcd-tandtc-2021-07-20.png');
    expect(
      fs.readFileSync(path.join(work, 'tien-do-76-kh-bcd-tandtc-2021-07-20.png')).subarray(1, 4).toString(),
    ).toBe('PNG');
  });

  it('answers mistakes in Vietnamese on stderr with a non-zero exit code', () => {
    const noType = run('report', '--db', db);
    expect(noType.code).toBe(1);
    expect(noType.stderr).toBe('Lỗi: Lệnh “report” cần --type: status, unit, meeting, timeline.\n');
    expect(run('report', '--type', 'weekly', '--db', db).stderr).toContain('Không có loại báo cáo “weekly”');
    const badUnit = run('report', '--type', 'unit', '--unit', 'Vụ Không Có', '--db', db);
    expect(badUnit.code).toBe(1);
    expect(badUnit.stderr).toContain('Không có đơn vị “Vụ Không Có” trong kế hoạch');
    expect(run('report', '--type', 'status', '--horizon', '0', '--db', db).stderr).toContain(
      'Số ngày “0” không hợp lệ',
    );
    expect(
      run('report', '--type', 'meeting', '--as-of', '2021-07-20', '--next-meeting', '2021-07-01', '--db', db)
        .stderr,
    ).toContain('Ngày họp tiếp theo phải sau ngày họp.');
    const badDate = run('report', '--type', 'status', '--as-of', '2021-13-01', '--db', db);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('Ngày “2021-13-01” không hợp lệ');
    const unwritable = run(
      'report',
      '--type',
      'status',
      '--out',
      path.join(work, 'khong-co', 'x.docx'),
      '--db',
      db,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('Lỗi: Không ghi được tệp');
  });
});

const hasLibreOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const A4_PORTRAIT = '595.304 x 841.89';
const A4_LANDSCAPE = '841.89 x 595.304';

function pageSizes(pdf: string): string[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/g)].map((m) => m[1]!);
}

const pageText = (pdf: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });

// Missing LibreOffice fails, never skips: CI installs it (.ci/run).
describe('rendered by LibreOffice', () => {
  const documents = ['bao-cao', 'bao-cao-sau-cap-nhat', 'danh-sach', 'tai-lieu-hop'];
  const pdf = (name: string) => path.join(artifacts, `${name}.pdf`);

  beforeAll(() => {
    if (!hasLibreOffice)
      throw new Error('LibreOffice (soffice) not found: apt-get install libreoffice-writer-nogui.');
    fs.rmSync(artifacts, { recursive: true, force: true });
    fs.mkdirSync(artifacts, { recursive: true });
    const sources: Record<string, string> = {
      'bao-cao': 'bao-cao.docx',
      'bao-cao-sau-cap-nhat': 'bao-cao-sau-cap-nhat.docx',
      'danh-sach': 'danh-sach-nhiem-vu-cac-don-vi-76-kh-bcd-tandtc-2021-07-20-so-01-tgv.docx',
      'tai-lieu-hop': 'tai-lieu-hop.docx',
    };
    for (const name of documents) {
      const source = path.join(work, sources[name]!);
      if (!fs.existsSync(source)) throw new Error(`The CLI tests above did not write ${source}`);
      fs.copyFileSync(source, path.join(artifacts, `${name}.docx`));
    }
    // One LibreOffice for all four documents, with its own profile so that parallel runs never clash.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        artifacts,
        ...documents.map((name) => path.join(artifacts, `${name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 90_000 },
    );
    for (const name of documents) {
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf(name), path.join(artifacts, name)]);
    }
  }, 120_000);

  it('lays the status report on A4: the body portrait, then the appendices’ landscape pages', () => {
    const sizes = pageSizes(pdf('bao-cao'));
    expect(sizes[0]).toBe(A4_PORTRAIT);
    expect(sizes.at(-1)).toBe(A4_LANDSCAPE);
    const landscape = sizes.filter((s) => s === A4_LANDSCAPE).length;
    expect(landscape).toBeGreaterThanOrEqual(2);
    expect(sizes.every((s) => s === A4_PORTRAIT || s === A4_LANDSCAPE)).toBe(true);
    // The body runs on without a landscape break; Bảng 1 and Hình 1 come after it.
    expect(sizes.join(',')).toMatch(new RegExp(`^(${A4_PORTRAIT},)+(${A4_LANDSCAPE},?)+$`));
  });

  it('prints the letterhead with its diacritics, and page numbers from page 2 on', () => {
    const first = pageText(pdf('bao-cao'), 1);
    for (const line of [
      'BAN CHỈ ĐẠO XÂY DỰNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ĐỀ ÁN TÒA ÁN ĐIỆN TỬ',
      'Độc lập - Tự do - Hạnh phúc',
      'TỔ GIÚP VIỆC',
      'Kính gửi: Trưởng Ban Chỉ đạo xây dựng Đề án Tòa án điện tử',
      'Hà Nội, ngày 20 tháng 7 năm 2021',
      'BÁO CÁO',
      'Tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC',
    ])
      expect(first).toContain(line);
    expect(first.trimStart().startsWith('1')).toBe(false);
    expect(pageText(pdf('bao-cao'), 2).trimStart().startsWith('2')).toBe(true);
    const pages = pageSizes(pdf('bao-cao')).length;
    const last = pageText(pdf('bao-cao'), pages);
    expect(last.trimStart().startsWith(String(pages))).toBe(true);
    // The signature closes the body, on its last portrait page.
    const bodyPages = pageSizes(pdf('bao-cao')).filter((s) => s === A4_PORTRAIT).length;
    expect(pageText(pdf('bao-cao'), bodyPages)).toMatch(/Nơi nhận:\s+TỔ TRƯỞNG/);
  });

  it('sets every document in Times New Roman or its metric twin, with no fallback font for a missing letter', () => {
    for (const name of documents) {
      const fonts = execFileSync('pdffonts', [pdf(name)], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font).toMatch(/^(LiberationSerif|TimesNewRoman)/);
    }
  });

  it('renders the report after the update without 1.2 among the overdue tasks', () => {
    const pages = pageSizes(pdf('bao-cao-sau-cap-nhat')).length;
    // Reading order, lines joined: a table cell wraps its text over several lines.
    const text = execFileSync('pdftotext', ['-l', String(pages), pdf('bao-cao-sau-cap-nhat'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('có 2 nhiệm vụ quá hạn chưa hoàn thành');
    expect(text).toContain('Hoàn thành ngày 12/07/2021');
  });

  it('keeps the unit lists and the meeting pack in portrait, and leaves a picture of every page', () => {
    for (const name of ['danh-sach', 'tai-lieu-hop']) {
      const sizes = pageSizes(pdf(name));
      expect(sizes.length).toBeGreaterThanOrEqual(2);
      expect(sizes.every((s) => s === A4_PORTRAIT)).toBe(true);
    }
    for (const name of documents) {
      const pictures = fs.readdirSync(artifacts).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f));
      expect(pictures).toHaveLength(pageSizes(pdf(name)).length);
    }
  });
});
