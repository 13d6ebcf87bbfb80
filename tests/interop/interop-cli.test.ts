/** `npm run cli -- import/export` as a user runs them: the built program, real files, exit codes. */
import fs from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { useBuiltCli } from '../integration/cli-runner';

const { work, run } = useBuiltCli('ecourt-interop-cli-');

describe('npm run cli -- import / export', () => {
  it('imports a Word plan, exports it to every format, and imports the Excel and MS Project files back', async () => {
    const docx = path.join(work, 'ke-hoach-76.docx');
    const paragraphs = DEFAULT_PLAN_TEXT.split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => new Paragraph(l));
    fs.writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const db = path.join(work, 'a', 'plan.sqlite');
    const imported = run('import', docx, '--db', db);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('Đã nhập kế hoạch số 76/KH-BCĐ-TANDTC: 6 mục, 5 đơn vị.');

    for (const [format, file, extra] of [
      ['xlsx', 'nhiem-vu.xlsx', []],
      ['mspdi', 'ms-project.xml', []],
      ['ics', 'lich.ics', ['--unit', 'vụ tổng hợp', '--role', 'lead']],
      ['pdf', 'tien-do.pdf', ['--paper', 'A3']],
    ] as const) {
      const out = path.join(work, file);
      const exported = run(
        'export',
        '--format',
        format,
        '--out',
        out,
        '--as-of',
        '2021-07-20',
        '--db',
        db,
        ...extra,
      );
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain(`ra tệp ${out}`);
      expect(fs.statSync(out).size).toBeGreaterThan(1000);
    }
    expect(fs.readFileSync(path.join(work, 'lich.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(1);

    for (const file of ['nhiem-vu.xlsx', 'ms-project.xml']) {
      const again = run(
        'import',
        path.join(work, file),
        '--db',
        path.join(work, `db-${file}`, 'plan.sqlite'),
      );
      expect(again.stdout).toContain('Đã nhập kế hoạch số 76/KH-BCĐ-TANDTC: 6 mục, 5 đơn vị.');
    }
  });

  it('refuses a bad file and a bad option in Vietnamese, with a non-zero exit code', () => {
    const bad = path.join(work, 'hong.xlsx');
    fs.writeFileSync(bad, 'không phải bảng tính');
    const refused = run('import', bad, '--db', path.join(work, 'b', 'plan.sqlite'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Lỗi: Tệp “hong.xlsx” không phải là tệp Excel (.xlsx) hợp lệ');

    const badFormat = run('export', '--format', 'csv', '--db', path.join(work, 'b', 'plan.sqlite'));
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('Định dạng “csv” không hợp lệ: chọn xlsx, mspdi, ics, pdf.');
    const unknownUnit = run(
      'export',
      '--format',
      'ics',
      '--unit',
      'Vụ Không Có',
      '--db',
      path.join(work, 'b', 'plan.sqlite'),
    );
    expect(unknownUnit.stderr).toContain('Không có đơn vị “Vụ Không Có” trong kế hoạch.');
  });
});
