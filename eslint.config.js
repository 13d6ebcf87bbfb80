import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // With noUncheckedIndexedAccess, regex groups and checked lookups need `!`: it is the explicit way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The domain is shared with the renderer and must stay free of Node and Electron.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'electron',
            'better-sqlite3',
            'fs',
            'path',
            '../../services/*',
            '../../electron/*',
          ],
        },
      ],
    },
  },
  {
    // The window is a sandboxed page: it reaches the services only through the API contract, never
    // by importing them, and has no Node or Electron to import. (Its tests run in Node and may.)
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
          patterns: [
            {
              group: ['frappe-gantt', 'frappe-gantt/*'],
              message:
                'frappe-gantt is reached only through renderer/src/timeline/frappe (its internals are pinned there).',
            },
            { group: ['node:*'], message: 'The window has no Node: go through the API contract.' },
            {
              group: ['**/services/**', '**/electron/**'],
              message: 'The window reaches the services only through the API contract (shared/api).',
            },
          ],
        },
      ],
    },
  },
  {
    // The one folder that may know frappe-gantt (see renderer/src/timeline/frappe/index.ts).
    files: ['renderer/src/timeline/frappe/**/*.ts'],
    ignores: ['renderer/src/timeline/frappe/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
          patterns: [{ group: ['node:*'], message: 'The window has no Node: go through the API contract.' }],
        },
      ],
    },
  },
  {
    // Services run in plain Node: no Electron import, so they are testable without it.
    files: ['services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
);
