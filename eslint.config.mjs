// ESLint flat config: Next's rules (core-web-vitals + TypeScript), React hooks, and the layer rule.
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier/flat';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));

// typescript-eslint parses with TypeScript's JavaScript API, which TypeScript 7 (the native compiler
// the project type-checks with) no longer ships. Its parser packages get TypeScript 6 instead, from the
// `typescript-for-eslint` alias; everything else still resolves `typescript` to 7.
const typescriptForEslint = require.resolve('typescript-for-eslint');
const usesTypescriptApi = /[\\/]node_modules[\\/](?:@typescript-eslint|typescript-eslint|ts-api-utils)[\\/]/;
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename && usesTypescriptApi.test(parent.filename)) {
    return typescriptForEslint;
  }
  return resolveFilename.call(this, request, parent, ...rest);
};
const { default: nextCoreWebVitals } = await import('eslint-config-next/core-web-vitals');
const { default: nextTypescript } = await import('eslint-config-next/typescript');

/**
 * The layer rule (docs/architecture.md). app/ may use components/ and lib/; components/ may use lib/;
 * inside lib/ each folder may use itself and the folders below it, never one above or beside it.
 * Bottom to top: config ← format ← media ← mdx ← content ← {checks, seo, search} ← serving.
 * scripts/, bench/, tests/ and root config files are no layer and may import anything.
 */
const libLayers = {
  config: [],
  format: ['config'],
  media: ['config', 'format'],
  mdx: ['config', 'format', 'media'],
  content: ['config', 'format', 'media', 'mdx'],
  checks: ['config', 'format', 'media', 'mdx', 'content'],
  seo: ['config', 'format', 'media', 'mdx', 'content'],
  search: ['config', 'format', 'media', 'mdx', 'content'],
  serving: ['config', 'format', 'media', 'mdx', 'content', 'checks', 'seo', 'search'],
};
const libTypes = Object.keys(libLayers).map((layer) => `lib/${layer}`);
const layerElements = [
  { type: 'app', pattern: 'app', partialMatch: false },
  { type: 'components', pattern: 'components', partialMatch: false },
  ...libTypes.map((type) => ({ type, pattern: type, partialMatch: false })),
];
const mayImport = {
  app: ['app', 'components', ...libTypes],
  components: ['components', ...libTypes],
  ...Object.fromEntries(
    Object.entries(libLayers).map(([layer, below]) => [
      `lib/${layer}`,
      [`lib/${layer}`, ...below.map((b) => `lib/${b}`)],
    ]),
  ),
};
const allTypes = layerElements.map((element) => element.type);
const layerPolicies = Object.entries(mayImport).map(([from, allowed]) => ({
  from: { element: { type: from } },
  disallow: { to: { element: { types: { anyOf: allTypes.filter((type) => !allowed.includes(type)) } } } },
  message: `layer rule: ${from}/ may not import {{to.type}}/ ('{{dependency.source}}'); it may import only ${allowed.map((type) => `${type}/`).join(', ')}`,
}));

const config = [
  {
    ignores: [
      '.next/**',
      '.contentlayer/**',
      '.pagefind/**',
      '.enhancements/**',
      '.eslintcache',
      'node_modules/**',
      'public/**',
      'content/**',
      'tests/fixtures/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: 'newsroom/rules',
    rules: {
      // Every link is a plain <a href> on purpose: docs/decisions/001-plain-links.md.
      '@next/next/no-html-link-for-pages': 'off',
      // A `let` read by a function declared before its one assignment (e.g. a signal handler) must stay `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // The type checker already reports unused locals in strict mode; here `_name` marks a deliberate one.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
    },
  },
  {
    // Feed entries are HTML for feed readers: next/image's optimiser and <picture> markup don't reach them.
    name: 'newsroom/feed-html',
    files: ['components/feed/**'],
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    name: 'newsroom/layers',
    files: ['app/**', 'components/**', 'lib/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'boundaries/elements': layerElements,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies: layerPolicies }],
    },
  },
  // Last: turns off every stylistic rule that would disagree with Prettier.
  prettier,
];

export default config;
