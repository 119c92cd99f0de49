// Lint enforces the import rules of DESIGN.md §2: a file that crosses a boundary fails the build.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const noNode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Node built-ins belong to electron/.' })),
  patterns: [{ regex: '^node:', message: 'Node built-ins belong to electron/.' }],
};
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only electron/ may import Electron.',
};
const noReact = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'React belongs to renderer/.',
};
const noElectronDir = {
  group: ['**/electron/**', '**/electron'],
  message: 'electron/ is main-process code.',
};
const noRendererDir = {
  group: ['**/renderer/**', '**/renderer'],
  message: 'renderer/ is page code.',
};
const noTestsDir = { group: ['**/tests/**'], message: 'App code never imports tests.' };

const restrict = (...groups) => [
  'error',
  { paths: noNode.paths, patterns: [...noNode.patterns, ...groups] },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['error', 'warn', 'log'] }],
    },
  },
  {
    // `returns<void>()` names a channel's output type; void is the honest type of "nothing".
    files: ['shared/contract.ts', 'shared/therapy/channels.ts', 'shared/print/channels.ts'],
    rules: { '@typescript-eslint/no-invalid-void-type': 'off' },
  },
  {
    // Playwright fixtures must destructure their (possibly empty) dependencies.
    files: ['tests/e2e/**/*.ts', 'tests/docs/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noElectron,
        noReact,
        noElectronDir,
        noRendererDir,
        noTestsDir,
      ),
    },
  },
  {
    // DESIGN.md §1: printouts are assembled from what the share rule lets through, never from
    // the document's entries and insights; only the rule itself reads those.
    files: ['shared/report/**/*.ts'],
    ignores: ['shared/report/share-rule.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noElectron,
        noReact,
        noElectronDir,
        noRendererDir,
        noTestsDir,
        {
          group: ['**/domain', '**/domain/*'],
          importNames: ['JournalDocument', 'Entry', 'Insight', 'entrySchema', 'insightSchema'],
          message: 'Printouts read a PrintableJournal (shared/report/share-rule.ts), not records.',
        },
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict(noElectron, noElectronDir, noTestsDir) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noReact, noRendererDir, noTestsDir] }],
    },
  },
  {
    // A sandboxed preload can load only `electron` and its own bundle: no Node, no app logic.
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode.paths,
          patterns: [
            ...noNode.patterns,
            noReact,
            noRendererDir,
            {
              regex: '^\\.\\./(?!shared/)',
              message: 'The preload imports only electron and shared/.',
            },
            { regex: '^\\./', message: 'The preload imports only electron and shared/.' },
          ],
        },
      ],
    },
  },
  {
    // Services run in plain Node (unit tests, the e2e harness): Electron stays behind the Platform.
    files: ['electron/services/**/*.ts', 'electron/vault/**/*.ts', 'electron/ipc.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noReact, noRendererDir, noTestsDir] },
      ],
    },
  },
);
