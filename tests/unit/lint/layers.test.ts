import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints in-memory sources as if they were files in the tree, with the project's own eslint.config.mjs,
// and keeps only the layer rule's findings. The imported modules are real files, so the resolver
// (tsconfig paths for `@/`, relative paths) has to find them just as it does for `npm run lint`.
const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

// The modules the probes import: if one moves, say so instead of failing on a missing layer error.
const imported = [
  'lib/content/articles.ts',
  'lib/content/scopes.ts',
  'lib/search/records.ts',
  'lib/config/site-config.ts',
  'lib/config/urls.ts',
  'lib/mdx/compile.ts',
  'lib/seo/metadata.ts',
  'lib/serving/health.ts',
  'components/layout/site-header.tsx',
  'app/layout.tsx',
];

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
  return result.messages
    .filter((message) => message.ruleId === 'boundaries/dependencies')
    .map((message) => `${message.line}: ${message.message}`);
}

describe('the layer rule', () => {
  it('has real modules to import in its probes', () => {
    expect(imported.filter((module) => !existsSync(path.join(root, module)))).toEqual([]);
  });

  it('rejects lib/config importing lib/content, by alias and by relative path', async () => {
    const errors = await layerErrors(
      'lib/config/layer-probe.ts',
      [
        "import * as articles from '@/lib/content/articles';",
        "import type { Scope } from '../content/scopes';",
        'export const probe: [unknown, Scope | undefined] = [articles, undefined];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^1: layer rule: lib\/config\/ may not import lib\/content\/ \('@\/lib\/content\/articles'\)/,
    );
    expect(errors[1]).toMatch(
      /^2: layer rule: lib\/config\/ may not import lib\/content\/ \('\.\.\/content\/scopes'\)/,
    );
  });

  it('rejects side-by-side lib folders and lib importing components', async () => {
    const errors = await layerErrors(
      'lib/seo/layer-probe.ts',
      [
        "export * from '../search/records';",
        "import * as header from '@/components/layout/site-header';",
        'export const probe = header;',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^1: layer rule: lib\/seo\/ may not import lib\/search\//),
      expect.stringMatching(/^2: layer rule: lib\/seo\/ may not import components\//),
    ]);
  });

  it('rejects components importing app', async () => {
    const errors = await layerErrors('components/layout/layer-probe.tsx', "export * from '@/app/layout';");
    expect(errors).toEqual([expect.stringMatching(/^1: layer rule: components\/ may not import app\//)]);
  });

  it('accepts imports of the same folder and the layers below', async () => {
    const legal = [
      "import * as siteConfig from '@/lib/config/site-config';",
      "import * as urls from '../config/urls';",
      "import * as articles from './articles';",
      "import * as compile from '@/lib/mdx/compile';",
      'export const probe = [siteConfig, urls, articles, compile];',
    ].join('\n');
    expect(await layerErrors('lib/content/layer-probe.ts', legal)).toEqual([]);
    expect(
      await layerErrors(
        'app/layer-probe.tsx',
        "import * as header from '@/components/layout/site-header';\nimport * as seo from '@/lib/seo/metadata';\nexport const probe = [header, seo];",
      ),
    ).toEqual([]);
  });

  it('leaves scripts/ and tests/ free to import any layer', async () => {
    const code =
      "import * as app from '@/app/layout';\nimport * as serving from '@/lib/serving/health';\nexport const probe = [app, serving];";
    expect(await layerErrors('scripts/layer-probe.ts', code)).toEqual([]);
    expect(await layerErrors('tests/unit/layer-probe.test.ts', code)).toEqual([]);
  });
});
