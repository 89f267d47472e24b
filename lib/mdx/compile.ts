/**
 * Compiles an article's or author's MDX source on the server when a page that shows it is
 * rendered. Only the page being rendered pays for its own body, and the content build never
 * compiles the whole archive.
 */
import { createHash } from 'node:crypto';
import { compileSync } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { firstBodyError } from './body-rules';

/** The only components an editor may use in MDX; everything else is Markdown. */
export const ALLOWED_MDX_COMPONENTS = ['PullQuote', 'Callout', 'Figure'] as const;

type MdNode = {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
};

function where(node: MdNode): string {
  const start = node.position?.start;
  return start ? `line ${start.line}, column ${start.column}` : 'unknown position';
}

/**
 * Refuses anything in MDX that could run code: import/export, {expressions}, expression
 * attributes, and any JSX element other than the allowed components. The content checker reports
 * the same problems with file and line before a build; this is the last line of defence.
 */
function remarkRejectCode() {
  const allowed: readonly string[] = ALLOWED_MDX_COMPONENTS;
  const visit = (node: MdNode): void => {
    if (node.type === 'mdxjsEsm') throw new Error(`MDX import/export is not allowed (${where(node)})`);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      throw new Error(`MDX {expressions} are not allowed (${where(node)})`);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!node.name || !allowed.includes(node.name)) {
        throw new Error(`<${node.name ?? ''}> is not an allowed component (${where(node)}); use ${allowed.join(', ')}`);
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          throw new Error(`<${node.name}> attributes must be plain text (${where(node)})`);
        }
      }
    }
    node.children?.forEach(visit);
  };
  return (tree: MdNode) => visit(tree);
}

/**
 * The content checker's body rules (unsafe links, unknown components, code in disguise, …) applied
 * again at compile time, e.g. to a file `next dev` renders before anyone ran the checker.
 */
function remarkBodyRules() {
  return (tree: Root) => {
    const problem = firstBodyError(tree);
    if (problem) throw new Error(`${problem.field}: ${problem.message} (body line ${problem.line}, column ${problem.column})`);
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
      remarkPlugins: [remarkRejectCode, remarkBodyRules],
    }),
  );
  cache.set(key, code);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return code;
}
