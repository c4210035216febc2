import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import path from 'node:path';

/**
 * Local rule: a feature folder never imports another feature (compose them in src/app).
 * Resolves relative imports so `../inbox/x` from `src/features/application/` is caught.
 */
const featureBoundaries = {
  meta: { type: 'problem', schema: [], messages: { cross: 'Feature "{{from}}" must not import feature "{{to}}"; compose them in src/app.' } },
  create(context) {
    const file = context.filename.split(path.sep).join('/');
    const own = /\/src\/features\/([^/]+)\//.exec(file)?.[1];
    if (!own) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      let target = source;
      if (source.startsWith('.')) target = path.posix.join(path.posix.dirname(file), source);
      const other = /(?:^|\/)src\/features\/([^/]+)/.exec(target)?.[1] ?? /^@\/features\/([^/]+)/.exec(source)?.[1];
      if (other && other !== own) context.report({ node, messageId: 'cross', data: { from: own, to: other } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
    };
  },
};

const domainForbidden = ['react', 'react-dom', 'react-*', '@mantine/*', '@tanstack/*', 'react-router', 'msw', 'msw/*', 'i18next', 'react-i18next', 'dayjs'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.e2e-build', '.reports', '.qa-scratch', '.shot.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2023 },
    plugins: { local: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      'local/feature-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // The domain is pure: no UI, server-state, routing, mocking or i18n libraries, no ambient clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: domainForbidden, message: 'src/domain stays pure TypeScript.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in as an argument in src/domain.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as an argument in src/domain.' },
        { selector: "CallExpression[callee.name='fetch']", message: 'src/domain does no I/O.' },
      ],
    },
  },
  {
    // No literal UI text in JSX: every user-visible string lives in locales/.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', 'should-validate-template': true }],
    },
  },
  {
    // e2e specs read untyped JSON from the API and locales.
    files: ['e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
