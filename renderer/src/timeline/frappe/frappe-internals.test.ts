/**
 * The timeline leans on frappe-gantt 1.2.2's undocumented internals (drawing steps WindowedGantt
 * overrides, the Bar class whose duration count it replaces, the class names its SVG carries). This
 * test fails, without a browser, as soon as the installed package is another version or lacks one of
 * them: upgrading frappe-gantt then means re-reading those internals, not discovering a blank chart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../../..');
const FRAPPE = path.join(ROOT, 'node_modules/frappe-gantt');
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Every method a file of ours overrides on frappe-gantt's Gantt (`protected override name(`). */
function overriddenMethods(file: string): string[] {
  const source = fs.readFileSync(path.join(__dirname, file), 'utf8');
  return [...source.matchAll(/\boverride\s+(\w+)\s*\(/g)].map((m) => m[1]!);
}

describe('frappe-gantt internals this window relies on', () => {
  it('is the exact version package.json pins', () => {
    const pinned = (readJson(path.join(ROOT, 'package.json')).dependencies as Record<string, string>)[
      'frappe-gantt'
    ];
    expect(pinned, 'frappe-gantt must be pinned to one exact version').toMatch(/^\d+\.\d+\.\d+$/);
    expect(readJson(path.join(FRAPPE, 'package.json')).version).toBe(pinned);
  });

  it('still has every drawing step WindowedGantt overrides', async () => {
    const { default: Gantt } = (await import('frappe-gantt')) as unknown as {
      default: { prototype: Record<string, unknown> };
    };
    const methods = overriddenMethods('windowed-gantt.ts');
    expect(methods.length).toBeGreaterThanOrEqual(6);
    for (const name of [...methods, 'refresh', 'change_view_mode']) {
      expect(typeof Gantt.prototype[name], `Gantt.prototype.${name}`).toBe('function');
    }
  });

  it('still has the Bar method bar-duration.ts replaces, and the SVG class names frappe-dom.ts reads', () => {
    const bar = fs.readFileSync(path.join(FRAPPE, 'src/bar.js'), 'utf8');
    expect(bar).toMatch(/^\s{4}compute_duration\(\) \{/m);
    const bundle = fs.readFileSync(path.join(FRAPPE, 'dist/frappe-gantt.es.js'), 'utf8');
    expect(bundle).toContain('compute_duration()');
    for (const cls of ['bar-wrapper', 'bar-label', 'bar-group', 'handle-group', 'grid-header']) {
      expect(bundle, `class “${cls}”`).toContain(cls);
    }
    // The layers (<g class="grid">, "bar" …) the decorations are drawn into and under.
    expect(bundle).toContain('["grid", "arrow", "progress", "bar"]');
    // The progress handle a press may start on, and the class of a label placed after its bar.
    expect(bundle).toContain('"handle progress"');
    expect(bundle).toContain('add("big")');
  });
});
