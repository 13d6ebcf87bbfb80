import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // frappe-gantt's source is read by tests that compare with its own internals (Bar); its
    // extensionless imports need Vite's resolver, not Node's.
    server: { deps: { inline: [/frappe-gantt/] } },
    // The E2E files are their own project so that only a run including them builds the renderer.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Builds the parse worker that imports run in (a worker thread starts from a built file).
          globalSetup: ['tests/parse-worker-setup.ts'],
          include: [
            'shared/**/*.test.ts',
            'services/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'tests/*.test.ts',
            // Not by `exclude`: a project's own exclude would drop the command line's --exclude.
            'tests/!(e2e)/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/parse-worker-setup.ts', 'tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
