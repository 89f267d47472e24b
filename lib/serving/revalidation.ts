/**
 * What `POST /api/revalidate` refreshes. The publishing pipeline sends either an article address or a
 * list of paths (or both):
 *
 *     { "url": "/politics/kestrel-bay-votes-to-pedestrianise-old-harbour-district" }
 *     { "paths": ["/", "/politics"] }
 *
 * An article address expands to every page that shows the article: the article (for a live blog
 * also its later pages and its entry feeds), the front page, its section, its tags, its author, the
 * feeds and the sitemaps. `npm run publish` sends paths (lib/serving/publish-plan.ts).
 */
import type { ArticleSummary } from '../content/articles';
import { layoutEntries, visibleEntries, type LiveCoverage } from '../content/live-blogs';
import { checkRequest } from './request-guard';
import { isSectionSlug, type SectionSlug } from '../config/sections';
import {
  authorPath,
  feedFormats,
  feedPath,
  homePath,
  listingPagePath,
  newsSitemapPath,
  sectionPath,
  sitemapPath,
  tagPath,
} from '../config/urls';
import { isPlainObject } from '../format/json';

/** Site-wide feeds. */
export const FEED_PATHS: readonly string[] = feedFormats.map((format) => feedPath(homePath, format));
/** Sitemaps. */
export const SITEMAP_PATHS: readonly string[] = [sitemapPath, newsSitemapPath];
/** Most paths one request may name. */
export const MAX_PATHS = 100;
/** Largest request body read, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** An article address, `/<section>/<slug>`. */
export type ArticleAddress = { section: SectionSlug; slug: string; path: string };

/** A parsed revalidation request: an article to refresh everywhere, and paths to refresh as named. */
export type RevalidationRequest = { article?: ArticleAddress; paths: string[] };

export type ParseResult = { ok: true; request: RevalidationRequest } | { ok: false; error: string };

type ArticleLinks = Pick<ArticleSummary, 'url' | 'section' | 'tags' | 'authorSlug' | 'live'>;

/**
 * `value` as a path on this site: a path beginning with `/`, or an absolute URL on `siteOrigin`.
 * No query or fragment, no trailing slash (except `/` itself), and nothing the request guard refuses.
 */
export function toSitePath(value: unknown, siteOrigin: string): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  let pathname: string;
  if (value.startsWith('/')) {
    if (value.startsWith('//') || /[?#]/.test(value)) return undefined;
    pathname = value;
  } else {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return undefined;
    }
    if (url.origin !== siteOrigin || url.search !== '' || url.hash !== '') return undefined;
    pathname = url.pathname;
  }
  if (pathname !== '/' && pathname.endsWith('/')) return undefined;
  if (!checkRequest({ method: 'GET', pathname, search: '' }).ok) return undefined;
  return pathname;
}

/** The article address `path` names, or undefined when it is not `/<section>/<slug>`. */
export function toArticleAddress(path: string): ArticleAddress | undefined {
  const match = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
  if (!match) return undefined;
  const [, section, slug] = match;
  if (section === undefined || slug === undefined || !isSectionSlug(section)) return undefined;
  return { section, slug, path };
}

/** Reads a revalidation request body (already JSON-parsed); every problem is named in `error`. */
export function parseRevalidationBody(body: unknown, siteOrigin: string): ParseResult {
  if (!isPlainObject(body)) return { ok: false, error: 'body must be a JSON object with "url" and/or "paths"' };
  const unknownKeys = Object.keys(body).filter((k) => k !== 'url' && k !== 'paths');
  if (unknownKeys.length > 0) return { ok: false, error: `unknown field(s): ${unknownKeys.join(', ')}` };
  if (body.url === undefined && body.paths === undefined) {
    return { ok: false, error: 'give "url" (an article address) and/or "paths" (a list of paths)' };
  }

  let article: ArticleAddress | undefined;
  if (body.url !== undefined) {
    const path = toSitePath(body.url, siteOrigin);
    article = path === undefined ? undefined : toArticleAddress(path);
    if (!article) return { ok: false, error: '"url" must be an article address such as /world/some-story' };
  }

  const paths: string[] = [];
  if (body.paths !== undefined) {
    if (!Array.isArray(body.paths) || body.paths.length === 0 || body.paths.length > MAX_PATHS) {
      return { ok: false, error: `"paths" must be a list of 1 to ${MAX_PATHS} paths` };
    }
    for (const [index, item] of body.paths.entries()) {
      const path = toSitePath(item, siteOrigin);
      if (path === undefined) return { ok: false, error: `"paths"[${index}] is not a path on this site` };
      paths.push(path);
    }
  }
  return { ok: true, request: { ...(article ? { article } : {}), paths } };
}

/** A listing's page and its feeds in every format. */
function listingWithFeeds(base: string): string[] {
  return [base, ...feedFormats.map((format) => feedPath(base, format))];
}

/**
 * A live blog's own pages besides its first: the later pages its entries visible to readers at `now`
 * fill (`<url>/page/2` … `<url>/page/n`, laid out by lib/content/live-blogs.ts), and its entry feeds
 * (`<url>/feed.xml`, `atom.xml`, `feed.json`). Its polling endpoint (`<url>/updates`) is answered per
 * store version from its own memo and needs no revalidation.
 */
export function liveBlogPaths(url: string, live: LiveCoverage, now: Date): string[] {
  const { pages } = layoutEntries(visibleEntries(live, { now }));
  return [
    ...pages.slice(1).map((_, i) => listingPagePath(url, i + 2)),
    ...feedFormats.map((format) => feedPath(url, format)),
  ];
}

/**
 * Every path that shows the article at `address`: the article (a live blog's later pages and entry
 * feeds with it), the front page, the site feeds and sitemaps, its section and the section's feeds,
 * and — when the article is in this build (published, scheduled or draft) — its tag pages and its
 * author's page with their feeds. Every tag counts, whether or not it has a page at this moment
 * (lib/content/visibility.ts): publishing or withdrawing the article is what opens or closes a tag's
 * page, so both states must be refreshed.
 */
export function pathsForArticle(
  address: ArticleAddress,
  article: ArticleLinks | undefined,
  now: Date = new Date(),
): string[] {
  const listings = [
    sectionPath(address.section),
    ...(article ? article.tags.map(tagPath) : []),
    ...(article ? [authorPath(article.authorSlug)] : []),
  ];
  return [
    address.path,
    ...(article?.live ? liveBlogPaths(address.path, article.live, now) : []),
    homePath,
    ...FEED_PATHS,
    ...listings.flatMap(listingWithFeeds),
    ...SITEMAP_PATHS,
  ];
}

/** The distinct paths to revalidate for `request`, in a stable order. */
export function revalidationPaths(
  request: RevalidationRequest,
  findArticle: (section: string, slug: string) => ArticleLinks | undefined,
): string[] {
  const fromArticle = request.article
    ? pathsForArticle(request.article, findArticle(request.article.section, request.article.slug))
    : [];
  return [...new Set([...fromArticle, ...request.paths])];
}

/**
 * The request body as text, or undefined when it is larger than `limit` bytes. Reads no further than
 * the limit, whatever Content-Length claims.
 */
export async function readBodyText(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<string | undefined> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
