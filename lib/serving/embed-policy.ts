/**
 * The frames a page may load: every page's Content-Security-Policy says `frame-src 'none'`, except a
 * page that carries embed cards (components/mdx/embed.tsx), whose policy allows exactly the origins
 * of the providers its cards name. The cards are found in the page's HTML as it leaves the server,
 * with parse5's tokenizer (the one browsers' parsing rules are written in; never a pattern over
 * HTML), and each card's data is checked against lib/config/embed-providers.ts again: its original
 * address must be recognised as the provider the card names and give exactly the iframe address the
 * card carries. So no attribute written into a page, by whatever means, can open the policy to a
 * site that is not a provider's embed endpoint.
 */
import { SAXParser, type StartTag } from 'parse5-sax-parser';
import { recogniseEmbed } from '../config/embed-providers';
import { contentSecurityPolicyWith } from './security-headers.mjs';

function attribute(tag: StartTag, name: string): string | undefined {
  return tag.attrs.find((a) => a.name === name)?.value;
}

/** The frame origin a card's start tag stands for, or undefined when it is not a genuine card. */
function cardOrigin(tag: StartTag): string | undefined {
  if (attribute(tag, 'data-embed') === undefined) return undefined;
  const provider = attribute(tag, 'data-embed-provider');
  const url = attribute(tag, 'data-embed-url');
  const src = attribute(tag, 'data-embed-src');
  if (provider === undefined || url === undefined || src === undefined) return undefined;
  const found = recogniseEmbed(url);
  if ('error' in found || found.provider !== provider || found.embedUrl !== src) return undefined;
  return found.origin;
}

/**
 * The frame origins the embed cards in `html` (a whole page, or part of one) need, each once, in
 * alphabetical order; empty for a page without cards, which keeps `frame-src 'none'`. A card is an
 * element with `data-embed`; its `data-embed-provider`, `data-embed-url` and `data-embed-src` must
 * agree with lib/config/embed-providers.ts, or it opens nothing. Pure and synchronous.
 */
export function framePolicyFor(html: string): string[] {
  const origins = new Set<string>();
  // The tokenizer also follows the parser's states (script, style, textarea, comments), so text that
  // only looks like a card's tag is not one.
  const parser = new SAXParser();
  parser.on('startTag', (tag) => {
    const origin = cardOrigin(tag);
    if (origin) origins.add(origin);
  });
  // Start tags are reported while the text is written; only trailing text waits for the end.
  parser.write(html);
  parser.end();
  return [...origins].sort();
}

/** An origin as it may appear in a policy: `https://` and a host name, nothing that could end the directive. */
const ORIGIN = /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * The Content-Security-Policy header of a page whose embeds need `origins` (from `framePolicyFor`):
 * the site's policy (lib/serving/security-headers.mjs) with `frame-src` allowing exactly those, or
 * the site's own policy, with `frame-src 'none'`, when there are none. Anything that is not a plain
 * https origin is left out.
 */
export function contentSecurityPolicyWithFrames(
  origins: readonly string[],
  { development = false }: { development?: boolean } = {},
): string {
  const frameSources = [...new Set(origins.filter((origin) => ORIGIN.test(origin)))].sort();
  return contentSecurityPolicyWith({ frameSources, development });
}
