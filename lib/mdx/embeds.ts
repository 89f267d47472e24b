/**
 * The embeds a body carries (`<Embed url="…" />`), read from its MDX source with the compiler's
 * grammar (lib/mdx/parse.ts), without compiling it: a page loads the embed enhancement module only
 * when its body has one.
 */
import type { Nodes, Root } from 'mdast';
import { recogniseEmbed, type EmbedProviderId } from '../config/embed-providers';
import { parseMdx } from './parse';

/** One `<Embed>` of a body, as lib/config/embed-providers.ts recognised its address. */
export type BodyEmbed = {
  provider: EmbedProviderId;
  /** The iframe's address. */
  embedUrl: string;
  /** Its origin, for the page's `frame-src`. */
  origin: string;
};

/**
 * The `<Embed>`s of a parsed body in the order written, each with its provider and frame origin.
 * An `<Embed>` whose address is not a provider's is left out: the checker refuses it, and the card
 * shows it as a plain link.
 */
export function embedsInTree(tree: Root): BodyEmbed[] {
  const found: BodyEmbed[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Embed') {
      const url = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'url')?.value;
      const embed = typeof url === 'string' ? recogniseEmbed(url) : undefined;
      if (embed && !('error' in embed)) {
        found.push({ provider: embed.provider, embedUrl: embed.embedUrl, origin: embed.origin });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * The `<Embed>`s of an MDX body (see `embedsInTree`); none when the body is not valid MDX (the
 * checker reports that, and the build refuses it).
 */
export function bodyEmbeds(mdx: string): BodyEmbed[] {
  // Most bodies have no embed: they are not parsed for one.
  if (!mdx.includes('<Embed')) return [];
  const parsed = parseMdx(mdx);
  return parsed.ok ? embedsInTree(parsed.tree) : [];
}
