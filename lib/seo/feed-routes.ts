/**
 * The feed route handlers, written once. Each of the three site feeds and the nine feeds of sections,
 * tags and authors is a one-line call to `siteFeedRoute` or `scopedFeedRoute` (a live blog's three, to
 * `liveFeedRoute`); the route files keep only the literals Next reads statically (`revalidate`,
 * `dynamicParams`). A handler loads the published articles of its scope — with only their bodies, at
 * most FEED_LIMIT — into a response.
 */
import { findArticle, isPublished, type ArticleSummary } from '../content/articles';
import { findAuthor, joinAuthor } from '../content/authors';
import { findListing } from '../content/listings';
import type { ListingKind, Scope } from '../content/scopes';
import { allArticleSummaries, allAuthorProfiles, getArticleBody, getLiveEntryBody } from '../content/store';
import { getCorrectionsFeedEntries } from '../content/corrections-log';
import { buildFeed, FEED_MEDIA_TYPES, selectFeedArticles } from './feeds';
import { buildCorrectionsFeed, CORRECTIONS_FEED_LIMIT } from './corrections-feed';
import { notFoundResponse } from '../format/http';
import { imageByteLength } from '../media/dimensions';
import type { FeedFormat } from '../config/urls';
import { isLiveBlog, type LiveEntry } from '../content/live-blogs';
import { buildLiveFeed, selectLiveFeedEntries } from './live-feed';

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

/** The `GET` handler of a site-wide feed: `/feed.xml`, `/atom.xml`, `/feed.json`. */
export function siteFeedRoute(format: FeedFormat, renderHtml: RenderArticleHtml): () => Promise<Response> {
  return () => feedResponse({ kind: 'site' }, format, renderHtml);
}

/** The context Next passes a handler under `app/[section]/`, `app/tags/[tag]/` or `app/authors/[author]/`. */
export type ListingRouteContext<K extends ListingKind> = { params: Promise<Record<K, string>> };

/**
 * The `GET` handler of a section's, tag's or author's feed (`/world/feed.xml`, `/tags/climate/atom.xml`,
 * `/authors/priya-raman/feed.json`): a 404 when that listing has no page (lib/content/visibility.ts).
 * The route parameter is named after the kind: `[section]`, `[tag]`, `[author]`.
 */
export function scopedFeedRoute<K extends ListingKind>(
  kind: K,
  format: FeedFormat,
  renderHtml: RenderArticleHtml,
): (request: Request, context: ListingRouteContext<K>) => Promise<Response> {
  return async (_request, { params }) => {
    const now = new Date();
    const scope = findListing(kind, (await params)[kind], { now });
    return scope ? feedResponse(scope, format, renderHtml, now) : notFoundResponse();
  };
}

/**
 * The `GET` handler of a feed of the corrections log (`/corrections/feed.xml`, `atom.xml`, `feed.json`):
 * the newest corrections of published articles, one item each, linking to the correction.
 */
export function correctionsFeedRoute(format: FeedFormat): () => Response {
  return () => {
    const now = new Date();
    const entries = getCorrectionsFeedEntries(CORRECTIONS_FEED_LIMIT, now);
    return new Response(buildCorrectionsFeed({ entries, now }, format), {
      headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
    });
  };
}

/** Renders a live-blog entry's compiled MDX body (and its corrections) as HTML with absolute URLs (components/feed). */
export type RenderEntryHtml = (entry: LiveEntry, bodyCode: string) => Promise<string>;

/** The context Next passes a handler under `app/[section]/[slug]/`. */
export type ArticleRouteContext = { params: Promise<{ section: string; slug: string }> };

/**
 * The `GET` handler of a live blog's feed (`/world/some-blog/feed.xml`, `atom.xml`, `feed.json`): its
 * newest entries, one item each. Anything else at that address — a plain article, a blog not yet
 * published, nothing at all — is a 404 marked `no-store`, answered from the summaries alone before
 * any body is read or any HTML rendered (the HTTP layer lets these addresses through for live blogs
 * only, lib/serving/known-addresses.ts, so this is the second line).
 */
export function liveFeedRoute(
  format: FeedFormat,
  renderHtml: RenderEntryHtml,
): (request: Request, context: ArticleRouteContext) => Promise<Response> {
  return async (_request, { params }) => {
    const now = new Date();
    const { section, slug } = await params;
    const blog = findArticle(allArticleSummaries(), section, slug);
    if (!blog || !isLiveBlog(blog) || !isPublished(blog, { now })) {
      return notFoundResponse({ 'Cache-Control': 'no-store' });
    }
    const authors = allAuthorProfiles();
    const items = await Promise.all(
      selectLiveFeedEntries(blog, now).map(async (entry) => {
        const author = findAuthor(authors, entry.authorSlug);
        if (!author) throw new Error(`Entry "${entry.id}" of "${blog.url}" names unknown author "${entry.authorSlug}"`);
        return { entry, author, html: await renderHtml(entry, getLiveEntryBody(entry)) };
      }),
    );
    return new Response(buildLiveFeed({ blog, items, now }, format), {
      headers: { 'Content-Type': `${FEED_MEDIA_TYPES[format]}; charset=utf-8` },
    });
  };
}
