import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { EXCLUDED_CHECKS, runElectronegativity } from '../../scripts/check-electronegativity.mjs';

type Finding = { check: string; severity: string; file: string; location: string; description: string };

describe('Electronegativity over the Electron shell and the window page', () => {
  it('finds nothing of high or medium severity', () => {
    const findings = (runElectronegativity() as Finding[]).filter((f) =>
      ['HIGH', 'MEDIUM'].includes(f.severity),
    );
    expect(findings).toEqual([]);
  }, 180_000);

  it('leaves out only the preload review reminder', () => {
    expect(EXCLUDED_CHECKS).toEqual(['PreloadJSCheck']);
  });
});
