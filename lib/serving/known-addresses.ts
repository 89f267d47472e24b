/**
 * Which two-segment addresses (`/a/b`) exist. Article pages render on demand (only the newest are
 * prerendered), and Next hands any `/a/b` that no other route claims — `/authors/nobody` and
 * `/tags/nothing` included, once their own routes decline them — to the article route, which would
 * render a 404 and store it in the page cache. proxy.ts asks this first and answers made-up
 * addresses itself, so requests for them can never fill the cache on disk or in Redis.
 */
import { publishedTime, type ArticleSummary, type PublicationOptions } from '../content/articles';
import { isArticleAddress, loadStore } from '../content/index-loader';
import { authorHasPage, publicationOptions, sectionScope, tagsWithPages } from '../content/visibility';
import { sectionChildRoutes } from '../config/sections';
import { authorIndexPath, parseChildSitemapName, tagIndexPath } from '../config/urls';

/** What the guard asks about the content. */
export type RouteLookups = {
  isSection: (slug: string) => boolean;
  isArticle: (section: string, slug: string) => boolean;
  isAuthor: (slug: string) => boolean;
  isTag: (tag: string) => boolean;
};

/** The first segment of tag and author addresses (`/tags/<tag>`, `/authors/<slug>`; lib/config/urls.ts). */
const TAGS = tagIndexPath.slice(1);
const AUTHORS = authorIndexPath.slice(1);

/** Prefixes whose two-segment addresses are route handlers or Next's own, which never cache a 404. */
const HANDLED_PREFIXES: readonly string[] = ['api', '_next', 'pagefind'];

/**
 * For `/a/b`: whether the address names something that exists (or, for the prefixes above, is left
 * to its handler). Undefined for any other shape of path, which this guard does not judge.
 */
export function twoSegmentAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const [, first = '', second = ''] = match;
  if (lookups.isSection(first)) return sectionChildRoutes.includes(second) || lookups.isArticle(first, second);
  if (first === AUTHORS) return lookups.isAuthor(second);
  if (first === TAGS) return lookups.isTag(second);
  if (first === 'sitemaps') return parseChildSitemapName(second) !== undefined;
  return HANDLED_PREFIXES.includes(first);
}

/**
 * For `/tags/<tag>/<file>` and `/authors/<slug>/<file>` (their feeds and link-preview cards, which
 * render on demand): whether the tag or author exists. Undefined for any other path.
 */
export function scopedFileAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/[^/]+$/.exec(pathname);
  if (!match) return undefined;
  const [, kind, name = ''] = match;
  if (kind === TAGS) return lookups.isTag(name);
  if (kind === AUTHORS) return lookups.isAuthor(name);
  return undefined;
}

type TagCache = { articles: readonly ArticleSummary[]; key: string; from: number; until: number; tags: Set<string> };
let tagCache: TagCache | undefined;

/**
 * The tags that have a page under `options` (`tagsWithPages`), kept until the next moment the answer
 * can change — the next scheduled publication — so the proxy does not scan the archive per request.
 */
function tagsWithPagesNow(articles: readonly ArticleSummary[], options: PublicationOptions): Set<string> {
  const now = options.now.getTime();
  const key = `${options.includeDrafts === true}:${options.includeScheduled === true}`;
  const cached = tagCache;
  if (cached && cached.articles === articles && cached.key === key && cached.from <= now && now < cached.until)
    return cached.tags;
  let until = Infinity;
  if (!options.includeScheduled) {
    for (const a of articles) {
      if (a.draft && !options.includeDrafts) continue;
      const at = publishedTime(a);
      if (at > now && at < until) until = at;
    }
  }
  const tags = new Set(tagsWithPages(articles, options));
  tagCache = { articles, key, from: now, until, tags };
  return tags;
}

/**
 * The lookups proxy.ts judges addresses with, answered from the content store as a reader sees the
 * site at `now` (lib/content/visibility.ts): the same rules the pages, feeds and sitemap use, so
 * the guard never turns away a page that exists, nor lets through one that is a 404.
 */
export function contentLookups(now: Date = new Date()): RouteLookups {
  // The store is loaded only when a lookup runs: most requests are not two-segment addresses.
  return {
    isSection: (slug) => sectionScope(slug) !== undefined,
    isArticle: isArticleAddress,
    isAuthor: (slug) => authorHasPage(loadStore().authors, slug),
    isTag: (tag) => tagsWithPagesNow(loadStore().articles, publicationOptions(now)).has(tag),
  };
}
