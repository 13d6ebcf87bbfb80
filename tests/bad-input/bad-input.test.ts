/**
 * Every bad input of tests/fixtures/bad/cases.json, imported the way the command line does (by the
 * file's extension, through importPlanFromPath) into a database FILE holding Kế hoạch 76. A refusal
 * must be a UserError with the listed Vietnamese message and leave the file byte for byte as it was;
 * the positive controls must import exactly what the listed titles and warnings say.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { importPlanText } from '../../services/import/import-plan';
import { importPlanFromPath } from '../../services/interop/import-plan-bytes';
import { openDatabase } from '../../services/storage/database';
import { createPlanRepository } from '../../services/storage/plan-repository';
import { UserError } from '../../shared/api/user-error';
import { DEFAULT_PLAN_FILE_NAME, DEFAULT_PLAN_TEXT } from '../../shared/default-plan/default-plan-text';
import { NOW, dumpDatabase, planSnapshot } from '../interop/helpers/interop-fixtures';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/bad');
const NOT_CASES = new Set(['cases.json', 'generate.mjs']);

const caseSchema = z.strictObject({
  file: z.string().min(1),
  why: z.string().min(1),
  generate: z
    .strictObject({ kind: z.enum(['sparse', 'single-line']), megabytes: z.number().positive() })
    .optional(),
  refused: z.string().min(1).optional(),
  refusedContaining: z.string().min(1).optional(),
  imports: z
    .strictObject({
      planTitle: z.string(),
      taskTitles: z.array(z.string()).min(1),
      warnings: z.array(z.string()),
    })
    .optional(),
});
type BadCase = z.infer<typeof caseSchema>;

const manifest = z
  .strictObject({ about: z.string(), cases: z.array(caseSchema).min(30) })
  .parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecourt-bad-input-'));
const template = path.join(work, 'template.sqlite');
let templateHash = '';
let plan76Id = 0;

const hashFile = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The huge inputs are made here, never committed; a sparse file costs no disk for its 50 MB. */
function generated(entry: BadCase): string {
  const file = path.join(work, entry.file);
  if (fs.existsSync(file) || !entry.generate) return file;
  const bytes = entry.generate.megabytes * 1024 * 1024;
  if (entry.generate.kind === 'sparse') {
    fs.writeFileSync(file, 'Số: 1/KH\n');
    fs.truncateSync(file, bytes);
  } else {
    // Whole words only, padded with spaces: the line stays valid UTF-8 and has no line end.
    const word = Buffer.from('Kế hoạch ');
    fs.writeFileSync(file, Buffer.alloc(bytes, ' ').fill(word, 0, bytes - (bytes % word.length)));
  }
  return file;
}

const inputPath = (entry: BadCase) => (entry.generate ? generated(entry) : path.join(FIXTURES, entry.file));

beforeAll(() => {
  const db = openDatabase(template);
  plan76Id = importPlanText(createPlanRepository(db), DEFAULT_PLAN_TEXT, DEFAULT_PLAN_FILE_NAME, {
    now: NOW,
  }).planId;
  db.close();
  templateHash = hashFile(template);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the template, opened as the app opens its data file. */
function openCopy(name: string) {
  const file = path.join(work, `${name}.sqlite`);
  fs.copyFileSync(template, file);
  const db = openDatabase(file);
  return { file, db, repository: createPlanRepository(db) };
}

describe('the bad-input corpus', () => {
  it('lists every fixture in the folder, each with one expected outcome', () => {
    const listed = new Set(manifest.cases.map((c) => c.file));
    const present = fs.readdirSync(FIXTURES).filter((f) => !NOT_CASES.has(f));
    expect(present.filter((f) => !listed.has(f))).toEqual([]);
    for (const entry of manifest.cases) {
      const outcomes = [entry.refused, entry.refusedContaining, entry.imports].filter((o) => o !== undefined);
      expect(outcomes, entry.file).toHaveLength(1);
      if (!entry.generate) expect(fs.existsSync(path.join(FIXTURES, entry.file)), entry.file).toBe(true);
    }
  });

  it('opening and closing the database file alone leaves it byte for byte unchanged', () => {
    const { file, db } = openCopy('baseline');
    db.close();
    expect(hashFile(file)).toBe(templateHash);
  });
});

describe.each(manifest.cases.filter((c) => c.imports === undefined))('refusing $file ($why)', (entry) => {
  it('throws a UserError with the Vietnamese message and leaves the database file unchanged', async () => {
    const { file, db, repository } = openCopy(entry.file);
    const before = dumpDatabase(db);
    const readFileSync = vi.spyOn(fs, 'readFileSync');
    const error: unknown = await importPlanFromPath(repository, inputPath(entry), {
      today: '2022-08-01',
    }).then(
      () => null,
      (e: unknown) => e,
    );
    const readWhole = readFileSync.mock.calls.some(([p]) => p === inputPath(entry));
    readFileSync.mockRestore();
    expect(error).toBeInstanceOf(UserError);
    const message = (error as UserError).message;
    if (entry.refused !== undefined) expect(message).toBe(entry.refused);
    if (entry.refusedContaining !== undefined) expect(message).toContain(entry.refusedContaining);
    // Over the import cap a file is refused from its size: it is never read into memory.
    if (entry.generate?.kind === 'sparse') expect(readWhole).toBe(false);
    expect(dumpDatabase(db)).toEqual(before);
    db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(hashFile(file)).toBe(templateHash);
  });
});

describe.each(manifest.cases.filter((c) => c.imports !== undefined))('importing $file ($why)', (entry) => {
  it('stores the plan as listed, with its warnings, and leaves Kế hoạch 76 as it was', async () => {
    const expected = entry.imports!;
    const { file, db, repository } = openCopy(entry.file);
    const tables = Object.keys(dumpDatabase(db));
    const plan76 = planSnapshot(repository, plan76Id);
    const { planId } = await importPlanFromPath(repository, inputPath(entry), {
      now: NOW,
      today: '2022-08-01',
    });
    const data = repository.loadPlanData(planId);
    expect(data?.plan.title).toBe(expected.planTitle);
    expect(data?.tasks.map((t) => t.title)).toEqual(expected.taskTitles);
    expect(data?.warnings.map((w) => w.message)).toEqual(expected.warnings);
    expect(Object.keys(dumpDatabase(db))).toEqual(tables);
    expect(planSnapshot(repository, plan76Id)).toEqual(plan76);
    db.close();
    expect(hashFile(file)).not.toBe(templateHash);
  });
});
