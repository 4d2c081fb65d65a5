import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'tls',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'test-results/',
      'playwright-report/',
      'assets/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // shared/ is the pure domain: no platform, no DOM, no storage engine.
    files: ['shared/**/*.{ts,tsx}'],
    ignores: ['shared/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ must stay pure: Electron belongs in main/.' },
            { name: 'react-dom', message: 'shared/ must stay pure: the DOM belongs in renderer/.' },
            { name: 'dexie', message: 'shared/ must stay pure: Dexie belongs in renderer/db/.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'shared/ must stay pure: Node built-ins go behind an interface.',
            })),
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'shared/ must stay pure: Node built-ins go behind an interface.',
            },
            { group: ['react-dom/*', 'electron/*', 'dexie/*'], message: 'shared/ must stay pure.' },
            {
              group: ['**/renderer/**', '**/main/**', '**/server/**'],
              message: 'shared/ imports only itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: 'shared/ must stay pure: no platform globals.' })),
      ],
    },
  },
);
