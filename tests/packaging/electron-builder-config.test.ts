/**
 * electron-builder.yml checked against electron-builder's own JSON schema (app-builder-lib's
 * scheme.json, from the installed version), and against what office laptops need: a per-user
 * installer that never asks for administrator rights, a portable build, and Linux packages.
 * Nothing is built or downloaded here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('app-builder-lib/scheme.json');
const schema: unknown = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const config = load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

// strict: false — the schema uses keywords of its generator (descriptions, deprecations) that ajv does not know.
const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true }).compile(schema as object);
const describeErrors = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

type Section = Record<string, unknown>;
const section = (name: string) => config[name] as Section;

describe('electron-builder.yml', () => {
  it('is valid against the installed electron-builder’s schema', () => {
    expect(fs.existsSync(schemaPath)).toBe(true);
    const valid = validate(config);
    expect(describeErrors(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by the same check when it is wrong (the check can fail)', () => {
    expect(validate({ ...config, nsis: { ...section('nsis'), perMachine: 'no' } })).toBe(false);
    expect(validate({ ...config, windowsInstaller: true })).toBe(false);
  });

  it('installs per user on Windows without administrator rights, and offers a portable .exe', () => {
    const targets = (section('win').target as Section[]).map((t) => t.target);
    expect(targets).toEqual(['nsis', 'portable']);
    expect(section('nsis')).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(section('nsis').deleteAppDataOnUninstall).toBe(false);
  });

  it('builds an AppImage and a .deb for Linux', () => {
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
  });

  it('packs only the bundles, and keeps native modules outside the asar archive', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', '!**/*.map']),
    );
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/electron/')).toBe(true);
  });

  it('flips the fuses that lock the packaged app down, the ASAR integrity check among them', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds with a supported Electron major (45 or later)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const major = Number(/(\d+)/.exec(pkg.devDependencies.electron ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(45);
  });
});
