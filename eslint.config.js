// Lint enforces the runtime boundaries described in ARCHITECTURE.md:
// the folder a file lives in decides which runtime it may touch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'crypto',
  'os',
  'child_process',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
  'worker_threads',
];

const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern([...nodeBuiltins], 'src-shared is pure: no Node built-ins.'),
            pattern(['electron', 'electron/*'], 'src-shared is pure: no Electron.'),
            pattern(
              ['react', 'react-dom', 'react/*', 'react-dom/*'],
              'src-shared is pure: no React.',
            ),
            pattern(['dexie', 'dexie/*'], 'src-shared is pure: no Dexie.'),
            pattern(['zustand', 'zustand/*'], 'src-shared is pure: no zustand.'),
            pattern(
              ['**/src-main/**', '**/src-renderer/**'],
              'src-shared imports nothing from the runtimes.',
            ),
          ],
        },
      ],
    },
  },
  {
    // Main-process services: plain Node, never Electron.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shell/**', 'src-main/preload/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['electron', 'electron/*'],
              'Only src-main/shell and src-main/preload may import electron.',
            ),
            pattern(
              ['react', 'react-dom', 'dexie', 'zustand', '**/src-renderer/**'],
              'Main services do not import renderer code.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/shell/**/*.ts', 'src-main/preload/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['react', 'react-dom', 'dexie', 'zustand', '**/src-renderer/**'],
              'The shell does not import renderer code.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern([...nodeBuiltins], 'The renderer never imports Node built-ins.'),
            pattern(['electron', 'electron/*'], 'The renderer never imports electron.'),
            pattern(
              ['**/src-main/**'],
              'The renderer talks to main only through src-renderer/ipc/client.ts.',
            ),
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'juryrum',
          message: 'Only src-renderer/ipc/client.ts touches the bridge.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zustand']",
          message: 'Only src-renderer/store imports zustand.',
        },
        {
          selector: "ImportDeclaration[source.value='dexie']",
          message: 'Only src-renderer/db imports dexie.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/ipc/client.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['src-renderer/store/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='dexie']",
          message: 'Only src-renderer/db imports dexie.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/db/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zustand']",
          message: 'Only src-renderer/store imports zustand.',
        },
      ],
    },
  },
  {
    files: [
      'test/**/*.{ts,tsx}',
      'scripts/**/*.{js,mjs,ts}',
      '*.config.{js,ts}',
      '*.config.*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
