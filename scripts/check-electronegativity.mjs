// Runs Electronegativity (Doyensec's static checker for Electron apps) over the shell's sources and the
// window's page together, since its global checks (navigation limits, permission handler, CSP) look across
// both. Prints the medium and high findings; exits non-zero when there are any.
//
// PreloadJSCheck (PRELOAD_JS_CHECK) is left out on purpose: it fires on every preload ("review the use of preload scripts"),
// and ours is reviewed and tested (electron/preload*.test.ts: only named, allowlisted functions cross).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXCLUDED_CHECKS = ['PreloadJSCheck'];

/** CSV line → fields (the tool quotes fields that hold commas). */
function parseCsvLine(line) {
  const fields = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

export function runElectronegativity() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
  try {
    const input = path.join(work, 'app');
    fs.mkdirSync(path.join(input, 'electron'), { recursive: true });
    fs.mkdirSync(path.join(input, 'renderer'), { recursive: true });
    for (const file of fs.readdirSync(path.join(root, 'electron'))) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
        fs.copyFileSync(path.join(root, 'electron', file), path.join(input, 'electron', file));
    }
    fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(input, 'renderer', 'index.html'));
    const electronVersion = JSON.parse(
      fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    const output = path.join(work, 'findings.csv');
    const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    execFileSync(
      process.execPath,
      [
        bin,
        '-i',
        input,
        '-e',
        electronVersion,
        '-s',
        'medium',
        '-x',
        EXCLUDED_CHECKS.join(','),
        '-r',
        '-v',
        'false',
        '-o',
        output,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const lines = fs
      .readFileSync(output, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim().length > 0);
    return lines
      .map(parseCsvLine)
      .filter((f) => f[0] !== '')
      .map((f) => ({
        check: f[0],
        severity: f[1],
        confidence: f[2],
        file: f[3],
        location: f[4],
        description: f[6],
      }));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const findings = runElectronegativity().filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  for (const f of findings)
    console.log(`${f.severity} ${f.check} ${f.file}:${f.location} — ${f.description}`);
  console.log(
    findings.length === 0
      ? 'Electronegativity: không có phát hiện mức cao hoặc trung bình.'
      : `Electronegativity: ${findings.length} phát hiện cần sửa.`,
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
}
