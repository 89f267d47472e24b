/**
 * What the feed route handlers share: turning a URL's params into a feed scope, and loading the
 * published articles of that scope — with only their bodies, at most FEED_LIMIT — into a response.
 */
import { collectTags, type ArticleSummary } from '../content/articles';
import { joinAuthor } from '../content/authors';
import { allArticleSummaries, allAuthorProfiles, getArticleBody, getAuthor, getPublishedArticles } from '../content/store';
import { buildFeed, FEED_MEDIA_TYPES, selectFeedArticles, type FeedFormat } from './feeds';
import { imageByteLength } from '../media/dimensions';
import type { Scope } from '../content/scopes';
import { getSection } from '../config/sections';

/** Renders an article's hero and compiled MDX body as HTML with absolute URLs (components/feed). */
export type RenderArticleHtml = (article: ArticleSummary, bodyCode: string) => Promise<string>;

/** The feed of `scope` in `format` as an HTTP response with its media type. */
export async function feedResponse(
  scope: Scope,
  format: FeedFormat,
  renderHtml: RenderArticleHtml,
  now: Date = new Date(),
): Promise<Response> {
  const authors = allAuthorProfiles();
  const entries = await Promise.all(
    selectFeedArticles(allArticleSummaries(), scope, now).map(async (article) => {
      const code = getArticleBody(article.url);
      if (code === undefined) throw new Error(`No body for article "${article.url}"`);
      return {
        article,
        author: joinAuthor(article, authors).author,
        html: await renderHtml(article, code),
        heroBytes: imageByteLength(article.hero.src),
      };
    }),
  );
  return new Response(buildFeed({ scope, entries, now }, format), {
    headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
  });
}

/** A 404 for a feed whose section, tag or author does not exist. */
export function feedNotFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The scope of `/<section>/feed.*`, or undefined for an unknown section. */
export function sectionScope(slug: string): Scope | undefined {
  const section = getSection(slug);
  return section ? { kind: 'section', section } : undefined;
}

/** The scope of `/tags/<tag>/feed.*`, or undefined when no published article has the tag. */
export function tagScope(tag: string, now: Date = new Date()): Scope | undefined {
  return collectTags(getPublishedArticles(now)).includes(tag) ? { kind: 'tag', tag } : undefined;
}

/** The scope of `/authors/<author>/feed.*`, or undefined for an unknown author. */
export function authorScope(slug: string): Scope | undefined {
  const author = getAuthor(slug);
  return author ? { kind: 'author', author } : undefined;
}

