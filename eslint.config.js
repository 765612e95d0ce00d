import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint rules, including the layer picture of ARCHITECTURE.md as one rule (`layers/allowed`,
 * after VS Code's `code-layering`): each folder names the folders it may import from.
 * Anything not listed is a lint error. Packages are limited per folder by `no-restricted-imports`.
 */
const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Folder -> the folders its files may import. Longest prefix wins, so
 * `electron/shared/pure` (the pure home both sides import as values) is stricter than
 * `electron/shared`. `typesOnly` folders may be imported with `import type` only; `packages`,
 * where given, lists the only npm packages allowed (tests may always import vitest). Tests beside
 * the code (`*.test.ts`) may also import `test/fixtures` and `test/support`.
 */
const layers = {
  'electron/shared/pure': { allow: ['electron/shared/pure'], packages: [] },
  'electron/shared': { allow: ['electron/shared'] },
  db: { allow: ['db', 'electron/shared'] },
  'electron/core': { allow: ['electron/core', 'electron/shared', 'db'] },
  'electron/main': { allow: ['electron/main', 'electron/core', 'electron/shared'] },
  'electron/preload': { allow: ['electron/preload', 'electron/shared'] },
  'electron/cli': { allow: ['electron/cli', 'electron/core', 'electron/shared'] },
  'electron/loopback': { allow: ['electron/loopback', 'electron/core', 'electron/shared'] },
  renderer: { allow: ['renderer', 'electron/shared/pure'], typesOnly: ['electron/shared'] },
  test: { allow: ['test', 'electron', 'db', 'renderer'] },
};
const layerNames = Object.keys(layers).sort((a, b) => b.length - a.length);

/** The layer a repository-relative path belongs to, or undefined outside the picture. */
function layerOf(relative) {
  const unix = relative.split(path.sep).join('/');
  return layerNames.find((name) => unix === name || unix.startsWith(`${name}/`));
}

function within(target, folders) {
  return folders.some((folder) => target === folder || target.startsWith(`${folder}/`));
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** One rule for every arrow of the layer picture. */
const allowedLayersRule = {
  meta: { type: 'problem', schema: [], messages: {
      forbidden: '{{from}} may not import {{to}} (see ARCHITECTURE.md): allowed are {{allowed}}.',
      package: '{{from}} is pure (no Node, no DOM, no zod): it may not import {{to}}.',
    },
  },
  create(context) {
    const file = path.relative(root, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    const rule = layers[from];
    const isTest = /\.test\.tsx?$/.test(file);
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) {
        const allowedPackages = rule.packages && (isTest ? [...rule.packages, 'vitest'] : rule.packages);
        if (allowedPackages && !allowedPackages.includes(source.value)) {
          context.report({ node: source, messageId: 'package', data: { from, to: source.value } });
        }
        return;
      }
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
      const to = layerOf(target);
      if (!to && !target.startsWith('test/')) return;
      if (within(target, rule.allow)) return;
      if (isTest && within(target, ['test/fixtures', 'test/support'])) return;
      if (rule.typesOnly && within(target, rule.typesOnly) && isTypeOnly(node)) return;
      const allowed = [...rule.allow, ...(rule.typesOnly ?? []).map((folder) => `types from ${folder}`)].join(', ');
      context.report({ node: source, messageId: 'forbidden', data: { from, to: to ?? target, allowed } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeImports = { group: ['node:*'], message: 'No Node APIs here.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layers: { rules: { allowed: allowedLayersRule } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'layers/allowed': 'error',
    },
  },
  {
    files: ['electron/core/**', 'db/**', 'electron/cli/**', 'electron/loopback/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport] }] },
  },
  {
    files: ['electron/shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [nodeImports] }] },
  },
  {
    // The pure home both sides import as values: only the language and Intl, no host.
    files: ['electron/shared/pure/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'Buffer', 'require', 'global', '__dirname', '__filename'].map((name) => ({ name, message: 'electron/shared/pure runs on both sides: no Node or DOM globals.' }))],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [nodeImports] }],
      // Native pickers follow the browser's locale (US order, AM/PM): dates are typed in the app's format.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="type"][value.value=/^(date|datetime-local|time|month|week)$/]',
          message: 'Use DateField, DateTimeField or TimeField (renderer/components): they take dates in the app language\'s format, not the browser\'s.',
        },
      ],
    },
  },
);
