import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint rules, including the layer boundaries of DESIGN.md:
 * - renderer/ imports only types from electron/shared (values only from electron/shared/pure,
 *   the pure home both sides share: formats, the message catalogue), nothing else from electron/ or db/;
 * - electron/core and db/ never import electron;
 * - only electron/main imports electron's main-process modules.
 */
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/core/**', 'db/**', 'electron/cli/**', 'electron/loopback/**', 'electron/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [{ group: ['**/renderer/**'], message: 'The main side never imports the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            { regex: 'electron/shared/(?!pure/)', allowTypeImports: true, message: 'The renderer imports only types from electron/shared.' },
            { group: ['**/electron/core/**', '**/electron/main/**', '**/electron/cli/**', '**/electron/loopback/**', '**/db/**'], message: 'The renderer talks to the main side only through window.dpo (renderer/lib/api.ts).' },
            { group: ['node:*'], message: 'The renderer has no Node APIs.' },
          ],
        },
      ],
    },
  },
);
