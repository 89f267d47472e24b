/**
 * The words a reader gets from a body, as plain text: one function for the word count and reading
 * time (lib/mdx/reading-time.ts) and the search index (lib/search/records.ts), so they always agree.
 */
import type { Nodes, Root } from 'mdast';
import { elementRule, shownText } from './allow-list';
import { parseMdx } from './parse';

/** Nodes whose content a reader never gets as text: code blocks, and MDX code the body rules refuse. */
const SILENT = new Set(['code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'yaml']);

/** Inline nodes, joined to their neighbours without a space, as they run together on the page. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode']);

function collect(node: Nodes, out: string[]): void {
  if (SILENT.has(node.type)) return;
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.push(node.value);
      return;
    case 'image':
    case 'imageReference':
      // The text alternative is what a screen-reader user hears in place of the picture.
      if (node.alt) out.push(` ${node.alt} `);
      return;
    case 'break':
      out.push(' ');
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const rule = node.name === null ? undefined : elementRule(node.name);
      // A text-level element (<sup>, <abbr>) runs on with the words around it; <br>, blocks and the
      // site's components (all blocks, even written inline: `<Question>Why?</Question>`) do not.
      const separate = node.type === 'mdxJsxFlowElement' || rule?.kind === 'component' || rule?.children === false;
      if (separate) out.push(' ');
      // Attributes in the order written: captions, credits, cites, titles and alt texts are words too.
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const text = rule?.text.get(attribute.name);
        if (rule && text === 'shown') out.push(` ${shownText(rule, attribute.name, attribute.value)} `);
        if (text === 'alternative') out.push(` ${attribute.value} `);
      }
      if (rule?.children !== false) for (const child of node.children) collect(child, out);
      if (separate) out.push(' ');
      return;
    }
    default:
      break;
  }
  if (!('children' in node)) return;
  const inline = PHRASING.has(node.type);
  if (!inline) out.push(' ');
  for (const child of node.children) collect(child, out);
  if (!inline) out.push(' ');
}

/**
 * The reader-visible text of a parsed body: the text of its Markdown and components, the
 * attributes a page shows (captions, credits, a pull quote's cite, a callout's title, a timeline
 * event's date as written out, as marked in lib/mdx/allow-list.ts) and images' alt texts; not link targets, image addresses, markup or code
 * blocks. Whitespace is collapsed to single spaces.
 */
export function readerTextFromTree(tree: Root): string {
  const out: string[] = [];
  collect(tree, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The reader-visible text of an MDX body (see `readerTextFromTree`), or the empty string when the
 * body is not valid MDX (the content checker reports that, and the build refuses it).
 */
export function readerText(mdx: string): string {
  const parsed = parseMdx(mdx);
  return parsed.ok ? readerTextFromTree(parsed.tree) : '';
}
