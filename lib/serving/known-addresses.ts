/**
 * Which two-segment addresses (`/a/b`) exist. Article pages render on demand (only the newest are
 * prerendered), and Next hands any `/a/b` that no other route claims — `/authors/nobody` and
 * `/tags/nothing` included, once their own routes decline them — to the article route, which would
 * render a 404 and store it in the page cache. proxy.ts asks this first and answers made-up
 * addresses itself, so requests for them can never fill the cache on disk or in Redis.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { publishedTime, type ArticleSummary, type PublicationOptions } from '../content/articles';
import { isArticleAddress, loadStore } from '../content/index-loader';
import { authorHasPage, publicationOptions, sectionScope, tagsWithPages } from '../content/visibility';
import { sectionChildRoutes } from '../config/sections';
import { authorIndexPath, parseChildSitemapName, tagIndexPath } from '../config/urls';
import { API_ROUTES } from './request-guard';

/** What the guard asks about the content. */
export type RouteLookups = {
  isSection: (slug: string) => boolean;
  isArticle: (section: string, slug: string) => boolean;
  isAuthor: (slug: string) => boolean;
  isTag: (tag: string) => boolean;
  /** Whether `pathname` is a file of public/ (`/images/placeholder-hero.jpg`), which Next serves after the proxy. */
  isPublicFile: (pathname: string) => boolean;
};

/** The first segment of tag and author addresses (`/tags/<tag>`, `/authors/<slug>`; lib/config/urls.ts). */
const TAGS = tagIndexPath.slice(1);
const AUTHORS = authorIndexPath.slice(1);

/**
 * Two-segment addresses that are Next's own or API route handlers, left to them. Only these exact
 * addresses, not their prefixes: any other `/api/<x>` or `/_next/<x>` falls through to the site's
 * dynamic routes (`[section]/[slug]`, `[section]/feed.xml`…), which render and cache a 404 for it.
 */
const HANDLED_ADDRESSES: ReadonlySet<string> = new Set([
  '/_next/image',
  ...API_ROUTES.filter((route) => route.split('/').length === 3),
]);
/** Prefixes whose every two-segment address is one catch-all route handler that caches nothing. */
const HANDLED_PREFIXES: readonly string[] = ['pagefind'];

/**
 * For `/a/b`: whether the address names something that exists (or, for the prefixes above, is left
 * to its handler). Undefined for any other shape of path, which this guard does not judge.
 */
export function twoSegmentAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const [, first = '', second = ''] = match;
  if (lookups.isPublicFile(pathname)) return true;
  if (lookups.isSection(first)) return sectionChildRoutes.includes(second) || lookups.isArticle(first, second);
  if (first === AUTHORS) return lookups.isAuthor(second);
  if (first === TAGS) return lookups.isTag(second);
  if (first === 'sitemaps') return parseChildSitemapName(second) !== undefined;
  return HANDLED_ADDRESSES.has(pathname) || HANDLED_PREFIXES.includes(first);
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
    isPublicFile: (pathname) => publicFilesOneFolderDeep().has(pathname),
  };
}

let publicFiles: ReadonlySet<string> | undefined;

/**
 * The files of public/ one folder deep (`/<folder>/<file>`), the only ones a two-segment address can
 * name; read once per process. (public/ is not rebuilt while the server runs.)
 */
function publicFilesOneFolderDeep(): ReadonlySet<string> {
  if (publicFiles) return publicFiles;
  const root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public');
  const files = new Set<string>();
  try {
    for (const folder of readdirSync(root, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of readdirSync(path.join(root, folder.name), { withFileTypes: true })) {
        if (file.isFile()) files.add(`/${folder.name}/${file.name}`);
      }
    }
  } catch {
    // No public/ folder: no files.
  }
  publicFiles = files;
  return files;
}
