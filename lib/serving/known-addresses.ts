/**
 * Which two-segment addresses (`/a/b`) exist. Article pages render on demand (only the newest are
 * prerendered), and Next hands any `/a/b` that no other route claims — `/authors/nobody` and
 * `/tags/nothing` included, once their own routes decline them — to the article route, which would
 * render a 404 and store it in the page cache. The HTTP layer (lib/serving/http-layer.ts) asks this
 * first and routes made-up addresses to Next's not-found answer, so requests for them can never fill the cache on disk or in Redis.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publishedTime, type ArticleSummary, type PublicationOptions } from '../content/articles';
import { isArticleAddress, loadStore } from '../content/index-loader';
import { authorHasPage, publicationOptions, sectionScope, tagsWithPages } from '../content/visibility';
import { findStandingPage, isStandingPageVisible } from '../content/standing-pages';
import { sectionChildRoutes } from '../config/sections';
import {
  ABOUT_PAGE_SLUG,
  aboutPath,
  authorIndexPath,
  correctionsFeedFiles,
  correctionsPath,
  MASTHEAD_SLUG,
  parseChildSitemapName,
  tagIndexPath,
} from '../config/urls';
import { API_ROUTES } from './request-guard';
import { REDIRECTS_FILE } from '../content/redirects';
import { isPlainObject } from '../format/json';
import { ENHANCEMENT_PATH } from './enhancements';
import { SEARCH_BUNDLE_PATH } from '../search/bundle';

/** What the guard asks about the content. */
export type RouteLookups = {
  isSection: (slug: string) => boolean;
  isArticle: (section: string, slug: string) => boolean;
  isAuthor: (slug: string) => boolean;
  isTag: (tag: string) => boolean;
  /** Whether `pathname` is a file of public/ (`/images/placeholder-hero.jpg`), which Next serves itself. */
  isPublicFile: (pathname: string) => boolean;
  /** Whether `pathname` is an article's old address, which Next answers with a redirect (lib/content/redirects.ts). */
  isRedirected: (pathname: string) => boolean;
  /** Whether `/about/<slug>` is a page: a published standing page, or the masthead while the site has authors. */
  isAboutPage: (slug: string) => boolean;
};

/** The first segment of tag and author addresses (`/tags/<tag>`, `/authors/<slug>`; lib/config/urls.ts). */
const TAGS = tagIndexPath.slice(1);
const AUTHORS = authorIndexPath.slice(1);
/** The first segment of the standing pages (`/about/<slug>`) and the masthead. */
const ABOUT = aboutPath.slice(1);
/** The first segment of the corrections log (`/corrections`), whose only two-segment addresses are its feeds. */
const CORRECTIONS = correctionsPath.slice(1);

/**
 * Two-segment addresses that are Next's own or API route handlers, left to them. Only these exact
 * addresses, not their prefixes: any other `/api/<x>` or `/_next/<x>` falls through to the site's
 * dynamic routes (`[section]/[slug]`, `[section]/feed.xml`…), which render and cache a 404 for it.
 */
const HANDLED_ADDRESSES: ReadonlySet<string> = new Set([
  '/_next/image',
  ...API_ROUTES.filter((route) => route.split('/').length === 3),
]);
/**
 * Prefixes whose every two-segment address is one route handler that caches nothing: the search
 * bundle (app/pagefind) and the enhancement modules (app/enhance).
 */
const HANDLED_PREFIXES: readonly string[] = [SEARCH_BUNDLE_PATH.slice(1), ENHANCEMENT_PATH.slice(1)];

/**
 * For `/a/b`: whether the address names something that exists (or, for the prefixes above, is left
 * to its handler). Undefined for any other shape of path, which this guard does not judge.
 */
export function twoSegmentAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const [, first = '', second = ''] = match;
  if (lookups.isPublicFile(pathname) || lookups.isRedirected(pathname)) return true;
  if (lookups.isSection(first)) return sectionChildRoutes.includes(second) || lookups.isArticle(first, second);
  if (first === AUTHORS) return lookups.isAuthor(second);
  if (first === TAGS) return lookups.isTag(second);
  if (first === CORRECTIONS) return correctionsFeedFiles.includes(second);
  if (first === ABOUT) return lookups.isAboutPage(second);
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
 * can change — the next scheduled publication — so the HTTP layer does not scan the archive per request.
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
 * The lookups the HTTP layer judges addresses with, answered from the content store as a reader sees the
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
    isRedirected: (pathname) => redirectSources().has(pathname.toLowerCase()),
    isAboutPage: (slug) => {
      if (slug === MASTHEAD_SLUG) return loadStore().authors.length > 0;
      const page = findStandingPage(loadStore().index.pages, slug);
      // The about page's one address is /about: /about/about is not a page.
      return page !== undefined && slug !== ABOUT_PAGE_SLUG && isStandingPageVisible(page, publicationOptions(now));
    },
  };
}

let redirects: ReadonlySet<string> | undefined;

/**
 * The old addresses Next redirects (lowercased, as Next matches them without regard to case): the
 * table `npm run content` wrote and next.config.mjs handed to Next, read once per process. Next
 * answers them before routing, so they must get past this guard, which runs before Next does.
 */
function redirectSources(): ReadonlySet<string> {
  if (redirects) return redirects;
  const sources = new Set<string>();
  try {
    const table: unknown = JSON.parse(
      readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), REDIRECTS_FILE), 'utf8'),
    );
    if (Array.isArray(table)) {
      for (const entry of table) {
        const source: unknown = isPlainObject(entry) ? entry.source : undefined;
        if (typeof source === 'string') sources.add(source.toLowerCase());
      }
    }
  } catch {
    // No table (`next dev` before the first content build): no redirects.
  }
  redirects = sources;
  return sources;
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
