/**
 * Which two-segment addresses (`/a/b`) exist. Article pages render on demand (only the newest are
 * prerendered), and Next hands any `/a/b` that no other route claims — `/authors/nobody` and
 * `/tags/nothing` included, once their own routes decline them — to the article route, which would
 * render a 404 and store it in the page cache. The HTTP layer (lib/serving/http-layer.ts) asks this
 * first and routes made-up addresses to Next's not-found answer, so requests for them can never fill the cache on disk or in Redis.
 * The same holds below an article (`/<section>/<slug>/…`): only a live blog's own sub-addresses
 * (its later pages, entry permalinks, updates endpoint and feeds) get through.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { publishedTime, type ArticleSummary, type PublicationOptions } from '../content/articles';
import { isArticleAddress, loadStore, redirectFor } from '../content/index-loader';
import { authorHasPage, publicationOptions, sectionScope, tagsWithPages } from '../content/visibility';
import { findStandingPage, isStandingPageVisible } from '../content/standing-pages';
import { isLiveBlog, layoutEntries, visibleEntries, type LiveBlog } from '../content/live-blogs';
import { parsePageParam } from '../content/pagination';
import { sectionChildRoutes } from '../config/sections';
import {
  ABOUT_PAGE_SLUG,
  aboutPath,
  authorIndexPath,
  correctionsFeedFiles,
  correctionsPath,
  articlePath,
  feedFormats,
  feedPath,
  LIVE_ENTRIES_SEGMENT,
  LIVE_UPDATES_SEGMENT,
  listingPagePath,
  liveEntryPermalinkPath,
  liveUpdatesPath,
  MASTHEAD_SLUG,
  parseChildSitemapName,
  tagIndexPath,
} from '../config/urls';
import { API_ROUTES } from './request-guard';
import { nextScheduledChange } from './live-updates';
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
  /**
   * The current address of the article whose old address (`redirectFrom`) `pathname` is, matched
   * without regard to case; undefined when it is none. The HTTP layer answers it with a 308.
   */
  redirectTarget: (pathname: string) => string | undefined;
  /** Whether `/about/<slug>` is a page: a published standing page, or the masthead while the site has authors. */
  isAboutPage: (slug: string) => boolean;
  /**
   * The live blog at `/<section>/<slug>` as readers see it now, for its sub-addresses; undefined when
   * that is no live blog (a plain article included). Absent: the site has no live blogs.
   */
  liveBlog?: (section: string, slug: string) => LiveAddresses | undefined;
};

/** What the guard needs to know of a live blog to judge the addresses below it. */
export type LiveAddresses = {
  /** How many pages its visible entries fill (at least 1). */
  pages: number;
  /** Whether `id` is one of its visible entries (its permalink redirects to it). */
  hasEntry: (id: string) => boolean;
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
  if (lookups.isPublicFile(pathname) || lookups.redirectTarget(pathname) !== undefined) return true;
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
 * render on demand): whether the tag or author exists; and for any address below an article
 * (`/<section>/<x>/<y>…`), `articleSubAddressExists`. Undefined for any other path.
 */
export function scopedFileAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const below = articleSubAddressExists(pathname, lookups);
  if (below !== undefined) return below;
  const match = /^\/([^/]+)\/([^/]+)\/[^/]+$/.exec(pathname);
  if (!match) return undefined;
  const [, kind, name = ''] = match;
  if (kind === TAGS) return lookups.isTag(name);
  if (kind === AUTHORS) return lookups.isAuthor(name);
  return undefined;
}

/** The segment of later pages (`/world/blog/page/2`), as lib/config/urls.ts writes it. */
const PAGE_SEGMENT = listingPagePath('/x', 2).split('/')[2];

/**
 * For an address three segments or more deep under a section (`/<section>/<x>/<y>…`): whether it is
 * one of the sub-addresses of the live blog `/<section>/<x>` — its later pages
 * (`/page/<n>` for 2 ≤ n ≤ its pages, and `/page/1`, which Next redirects to the blog), the
 * permalinks of its visible entries (`/entries/<id>`), its updates endpoint (`/updates`) and its
 * feeds (`/feed.xml`, `/atom.xml`, `/feed.json`). Everything else below an article, live blog or not,
 * names nothing (the article route's folders would render and cache a 404 for it). Undefined for
 * other paths, and for a section's own later pages (`/<section>/page/<n>`), which their route judges.
 */
export function articleSubAddressExists(pathname: string, lookups: RouteLookups): boolean | undefined {
  const segments = pathname.split('/').slice(1);
  if (segments.length < 3) return undefined;
  const [section = '', slug = '', sub = '', value = ''] = segments;
  if (!lookups.isSection(section)) return claimedByOwnRoute(section, segments) ? undefined : false;
  if (slug === PAGE_SEGMENT && segments.length === 3) return undefined;
  const blog = lookups.liveBlog?.(section, slug);
  if (!blog) return false;
  const blogUrl = articlePath(section, slug);
  if (segments.length === 3) {
    return (
      pathname === liveUpdatesPath(blogUrl) || feedFormats.some((format) => feedPath(blogUrl, format) === pathname)
    );
  }
  if (segments.length !== 4) return false;
  if (sub === LIVE_ENTRIES_SEGMENT) return pathname === liveEntryPermalinkPath(blogUrl, value) && blog.hasEntry(value);
  if (sub !== PAGE_SEGMENT) return false;
  const page = parsePageParam(value);
  return page.kind === 'first' || (page.kind === 'page' && page.page <= blog.pages);
}

/**
 * Whether `/<first>/…` (`first` not a section) of the shape of a live blog's sub-address is a route
 * of `first`'s own. Next hands any address that no other route claims to the `[section]/[slug]/…`
 * routes — `/search/x/feed.xml`, `/about/x/updates`, `/api/x/entries/y` — whose feeds and pages would
 * store a 404 in the cache for each; only tag and author pages have later pages and feeds of their own
 * (judged by `scopedFileAddressExists` and their routes). Other shapes never reach the live routes.
 */
function claimedByOwnRoute(first: string, segments: readonly string[]): boolean {
  const ownsListings = first === TAGS || first === AUTHORS;
  const [, , sub = ''] = segments;
  if (segments.length === 3) {
    if (sub === LIVE_UPDATES_SEGMENT) return false;
    return !feedFormats.some((format) => feedPath('', format) === `/${sub}`) || ownsListings;
  }
  if (segments.length === 4 && sub === LIVE_ENTRIES_SEGMENT) return false;
  if (segments.length === 4 && sub === PAGE_SEGMENT) return ownsListings;
  return true;
}

type LiveCache = { key: string; from: number; until: number; addresses: LiveAddresses };
/** By blog summary: a new store (a publication) has new summaries, so nothing stale is kept. */
const liveCache = new WeakMap<LiveBlog, LiveCache>();

/**
 * The pages and entry ids of `blog` under `options`, kept until its visible entries can next change
 * on their own (the next scheduled entry), so polling readers and crawlers do not lay the coverage
 * out again per request.
 */
function liveAddressesNow(blog: LiveBlog, options: PublicationOptions): LiveAddresses {
  const now = options.now.getTime();
  const key = `${options.includeDrafts === true}:${options.includeScheduled === true}`;
  const cached = liveCache.get(blog);
  if (cached && cached.key === key && cached.from <= now && now < cached.until) return cached.addresses;
  const visible = visibleEntries(blog.live, options);
  const ids = new Set(visible.map((e) => e.id));
  const addresses: LiveAddresses = { pages: layoutEntries(visible).pages.length, hasEntry: (id) => ids.has(id) };
  liveCache.set(blog, { key, from: now, until: nextScheduledChange(blog, options), addresses });
  return addresses;
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
    // From the store as loaded now (lib/content/index-loader.ts), so a rename needs no build.
    redirectTarget: (pathname) => redirectFor(pathname, now.getTime()),
    liveBlog: (section, slug) => {
      if (!isArticleAddress(section, slug)) return undefined;
      const article = loadStore().byUrl.get(articlePath(section, slug));
      return article && isLiveBlog(article) ? liveAddressesNow(article, publicationOptions(now)) : undefined;
    },
    isAboutPage: (slug) => {
      if (slug === MASTHEAD_SLUG) return loadStore().authors.length > 0;
      const page = findStandingPage(loadStore().index.pages, slug);
      // The about page's one address is /about: /about/about is not a page.
      return page !== undefined && slug !== ABOUT_PAGE_SLUG && isStandingPageVisible(page, publicationOptions(now));
    },
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
