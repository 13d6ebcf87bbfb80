/** The CLI's usage text: `export` and `report` describe their options in their own (lazily loaded) modules. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDocx } from '../../tests/reports/docx-xml';
import { openAppServices } from '../app-services';
import { createDocumentRegister } from '../documents/document-register';
import { UsageError, runCli, usage } from './run-cli';

describe('command line usage', () => {
  it('prints every command, export and report options included, for --help and for no command', async () => {
    for (const args of [['--help'], []]) {
      const printed: string[] = [];
      await runCli(args, (text) => printed.push(text));
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^Cách dùng:/);
      for (const command of [
        'import TỆP',
        'tasks',
        'units',
        'backups',
        'restore MÃ',
        'export --format',
        'report --type',
      ])
        expect(printed[0]).toContain(`npm run cli -- ${command}`);
      expect(printed[0]).toBe(await usage());
    }
  });

  it('refuses an unknown command before opening any database', () => {
    expect(() => runCli(['bogus', '--db', '/nonexistent/dir/x.sqlite'], () => {})).toThrow(UsageError);
  });
});

describe('report --number: the document number from the register of outgoing documents', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-cli-number-'));
  const db = path.join(work, 'plan.sqlite');
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Runs `report` on the test database (Kế hoạch 76, loaded on first start), as of 20/07/2021. */
  const report = async (...args: string[]) => {
    const printed: string[] = [];
    await runCli(['report', '--as-of', '2021-07-20', '--db', db, ...args], (text) => printed.push(text));
    return printed.join('\n');
  };
  const file = (name: string) => path.join(work, name);
  const printedNumber = (name: string) =>
    /Số: ([^<]*)</.exec(openDocx(fs.readFileSync(file(name))).xml('word/document.xml'))?.[1];
  const register = () => {
    const services = openAppServices({ databasePath: db });
    try {
      return createDocumentRegister(services.repository.database)
        .list()
        .map((e) => `${e.numberText} ${e.issuedOn} ${e.fileName}`)
        .sort();
    } finally {
      services.close();
    }
  };

  it('takes the next number of the series by default, prints it and records the document', async () => {
    expect(await report('--type', 'status', '--out', file('a.docx'))).toBe(
      `Đã tạo văn bản: ${file('a.docx')}\nĐã ghi vào sổ văn bản đi số 01/BC-TGV.`,
    );
    expect(printedNumber('a.docx')).toBe('01/BC-TGV');
    expect(await report('--type', 'status', '--out', file('b.docx'))).toContain('số 02/BC-TGV.');
    expect(printedNumber('b.docx')).toBe('02/BC-TGV');
    // The unit list goes out as a Công văn, in its own series.
    expect(await report('--type', 'unit', '--out', file('c.docx'))).toContain('số 01/TGV.');
    expect(printedNumber('c.docx')).toBe('01/TGV');
    // The register names each file as written.
    expect(register()).toEqual([
      '01/BC-TGV 2021-07-20 a.docx',
      '01/TGV 2021-07-20 c.docx',
      '02/BC-TGV 2021-07-20 b.docx',
    ]);
  });

  it('sets the number given, and the next one follows it', async () => {
    expect(await report('--type', 'status', '--number', '07', '--out', file('d.docx'))).toContain(
      'Đã ghi vào sổ văn bản đi số 07/BC-TGV.',
    );
    expect(printedNumber('d.docx')).toBe('07/BC-TGV');
    expect(await report('--type', 'meeting', '--out', file('e.docx'))).toContain('số 08/BC-TGV.');
  });

  it('refuses a number already given, naming the document that has it, and writes nothing', async () => {
    const before = register();
    await expect(report('--type', 'status', '--number', '7', '--out', file('f.docx'))).rejects.toThrow(
      'Số 07/BC-TGV năm 2021 đã cấp cho báo cáo “Báo cáo tình hình thực hiện Kế hoạch số 76/KH-BCĐ-TANDTC ' +
        'đến ngày 20/07/2021” ngày 20/07/2021. Hãy chọn số khác.',
    );
    expect(fs.existsSync(file('f.docx'))).toBe(false);
    expect(register()).toEqual(before);
  });

  it('leaves the number blank for writing in by hand with --number "", and records nothing', async () => {
    const before = register();
    expect(await report('--type', 'status', '--number', '', '--out', file('g.docx'))).toBe(
      `Đã tạo văn bản: ${file('g.docx')}\nSố văn bản để trống để ghi tay; văn bản chưa ghi vào sổ văn bản đi.`,
    );
    expect(printedNumber('g.docx')).toBe('\u00a0'.repeat(8) + '/BC-TGV');
    expect(register()).toEqual(before);
  });

  it('answers a wrong number, a picture with a number and an unwritable file in Vietnamese, taking no number', async () => {
    const before = register();
    for (const wrong of ['abc', '0', '-3', '123456', '7a'])
      await expect(report('--type', 'status', `--number=${wrong}`)).rejects.toThrow(
        `Số văn bản “${wrong}” không hợp lệ: cần một số nguyên dương (ví dụ 7), hoặc --number "" để trống số và ghi tay.`,
      );
    await expect(report('--type', 'timeline', '--number', '3')).rejects.toThrow(
      'Hình tiến độ không phải văn bản nên không có số: hãy bỏ --number.',
    );
    await expect(report('--type', 'status', '--out', path.join(work, 'khong-co', 'x.docx'))).rejects.toThrow(
      'Không ghi được tệp',
    );
    expect(register()).toEqual(before);
  });

  it('names a file it names itself after its number, so a second report of the day keeps the first', async () => {
    const cwd = process.cwd();
    const folder = fs.mkdtempSync(path.join(work, 'default-names-'));
    process.chdir(folder);
    try {
      await report('--type', 'status', '--number', '11');
      await report('--type', 'status', '--number', '12');
    } finally {
      process.chdir(cwd);
    }
    expect(fs.readdirSync(folder).sort()).toEqual([
      'bao-cao-tinh-hinh-76-kh-bcd-tandtc-2021-07-20-so-11-bc-tgv.docx',
      'bao-cao-tinh-hinh-76-kh-bcd-tandtc-2021-07-20-so-12-bc-tgv.docx',
    ]);
  });
});
