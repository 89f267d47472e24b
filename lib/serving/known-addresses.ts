/**
 * Which two-segment addresses (`/a/b`) exist. Article pages render on demand (only the newest are
 * prerendered), and Next hands any `/a/b` that no other route claims — `/authors/nobody` and
 * `/tags/nothing` included, once their own routes decline them — to the article route, which would
 * render a 404 and store it in the page cache. proxy.ts asks this first and answers made-up
 * addresses itself, so requests for them can never fill the cache on disk or in Redis.
 */
import { parseChildSitemapName } from '../seo/sitemap';
import { sectionChildRoutes } from '../config/sections';

export type RouteLookups = {
  isSection: (slug: string) => boolean;
  isArticle: (section: string, slug: string) => boolean;
  isAuthor: (slug: string) => boolean;
  isTag: (tag: string) => boolean;
};

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
  if (first === 'authors') return lookups.isAuthor(second);
  if (first === 'tags') return lookups.isTag(second);
  if (first === 'sitemaps') return parseChildSitemapName(second) !== undefined;
  return HANDLED_PREFIXES.includes(first);
}

/**
 * For `/tags/<tag>/<file>` and `/authors/<slug>/<file>` (their feeds and link-preview cards, which
 * render on demand): whether the tag or author exists. Undefined for any other path.
 */
export function scopedFileAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const match = /^\/(tags|authors)\/([^/]+)\/[^/]+$/.exec(pathname);
  if (!match) return undefined;
  const [, kind, name = ''] = match;
  return kind === 'tags' ? lookups.isTag(name) : lookups.isAuthor(name);
}
