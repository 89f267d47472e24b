/**
 * Compiles an article's or author's MDX source on the server when a page that shows it is
 * rendered. Only the page being rendered pays for its own body, and the content build never
 * compiles the whole archive.
 */
import { createHash } from 'node:crypto';
import { compileSync } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { firstBodyError } from './body-rules';
import { shapeBodyTree } from './body-structure';

/**
 * The content checker's body rules (lib/mdx/body-rules.ts: import/export, `{…}` expressions,
 * expression and spread attributes, event handlers, unsafe links, and any element not in
 * lib/mdx/allow-list.ts) applied again at compile time, on the tree the compiler itself parsed: the
 * last line of defence, e.g. for a file `next dev` renders before anyone ran the checker. Being the
 * very same rules, a body the checker accepts always compiles.
 */
function remarkBodyRules() {
  return (tree: Root) => {
    const problem = firstBodyError(tree);
    if (problem) {
      throw new Error(
        `MDX body not allowed (body line ${problem.line}, column ${problem.column}): ${problem.field}: ${problem.message}`,
      );
    }
  };
}

/** After the rules: the tree as the components render it (lib/mdx/body-structure.ts). */
function remarkBodyShape() {
  return (tree: Root) => {
    shapeBodyTree(tree);
  };
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 500;

/**
 * Compiles MDX source to a function body that `runMdx` turns into a component. Results are cached
 * by content hash (least recently used dropped first), so feeds and regenerations reuse them.
 */
export function compileMdx(source: string): string {
  const key = createHash('sha1').update(source).digest('base64');
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const code = String(
    compileSync(source, {
      outputFormat: 'function-body',
      development: false,
      remarkPlugins: [remarkBodyRules, remarkBodyShape],
    }),
  );
  cache.set(key, code);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return code;
}
