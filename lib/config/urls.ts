/**
 * The shapes of the site's addresses, written once: every page, feed and link builds its path here.
 * Paths are site-relative (`/world/some-story`); `absoluteUrl` makes them absolute.
 */
import { siteConfig } from './site-config';

/** The absolute URL of a site path, built from the one configured site URL. */
export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${siteConfig.url}/`).toString();
}

/** The front page. */
export const homePath = '/';

/** The index of every topic. */
export const tagIndexPath = '/tags';

/** The index of every author. */
export const authorIndexPath = '/authors';

/** The newsroom's about page (`content/pages/about.mdx`); every other standing page sits under it. */
export const aboutPath = '/about';

/** The slug of the standing page at `aboutPath` itself. */
export const ABOUT_PAGE_SLUG = 'about';

/**
 * A standing page (`content/pages/<slug>.mdx`): `/about` for the about page, `/about/<slug>` for the
 * others (`/about/contact`, `/about/ethics`, …).
 */
export function standingPagePath(slug: string): string {
  return slug === ABOUT_PAGE_SLUG ? aboutPath : `${aboutPath}/${slug}`;
}

/** The slug under `/about` that the masthead takes; no standing page may use it. */
export const MASTHEAD_SLUG = 'masthead';

/** The masthead: the newsroom's people by desk. */
export const mastheadPath = `${aboutPath}/${MASTHEAD_SLUG}`;

/** A desk's place on the masthead: `/about/masthead#world` (the id of its heading). */
export function mastheadDeskPath(desk: string): string {
  return `${mastheadPath}#${desk}`;
}

/** A section's front: `/world`. */
export function sectionPath(section: string): string {
  return `/${section}`;
}

/** An article: `/world/some-story`. */
export function articlePath(section: string, slug: string): string {
  return `/${section}/${slug}`;
}

/** A topic's page: `/tags/climate`. */
export function tagPath(tag: string): string {
  return `${tagIndexPath}/${tag}`;
}

/** An author's page: `/authors/priya-raman`. */
export function authorPath(slug: string): string {
  return `${authorIndexPath}/${slug}`;
}

/**
 * Page `page` of the listing at `basePath`: page 1 is the listing's own address (`/world`), later
 * pages are `/world/page/2`, `/world/page/3`, …
 */
export function listingPagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

/** The id of a live-blog entry's element, and its fragment: `entry-<id>`. */
export function liveEntryAnchor(id: string): string {
  return `entry-${id}`;
}

/**
 * An entry's lasting address: `/world/some-blog/entries/<id>` answers a redirect to wherever the entry
 * is now (`/world/some-blog/page/3#entry-<id>`), however far newer entries have pushed it.
 */
export function liveEntryPermalinkPath(blogUrl: string, id: string): string {
  return `${blogUrl}/entries/${id}`;
}

/** The first segment below a live blog of its entries' permalinks (`/world/some-blog/entries/<id>`). */
export const LIVE_ENTRIES_SEGMENT = 'entries';

/** The light endpoint the live-updates module polls: `/world/some-blog/updates`. */
export function liveUpdatesPath(blogUrl: string): string {
  return `${blogUrl}/${LIVE_UPDATES_SEGMENT}`;
}

/** The last segment of the live-updates endpoint. */
export const LIVE_UPDATES_SEGMENT = 'updates';

/** The three feed formats every feed is published in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

/** Every feed format, in the order feeds are announced. */
export const feedFormats: readonly FeedFormat[] = ['rss', 'atom', 'json'];

const FEED_FILE_NAMES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

/** The feed of the page at `basePath`: `/feed.xml` (the site's), `/world/atom.xml`, `/tags/climate/feed.json`… */
export function feedPath(basePath: string, format: FeedFormat): string {
  return `${basePath === homePath ? '' : basePath}/${FEED_FILE_NAMES[format]}`;
}

/** The corrections log: every correction across the site, newest first. */
export const correctionsPath = '/corrections';

/** Page `page` of the corrections log: `/corrections`, `/corrections/page/2`, … */
export function correctionsPagePath(page: number): string {
  return listingPagePath(correctionsPath, page);
}

/** The corrections log's feed in `format`: `/corrections/feed.xml`, `/corrections/atom.xml`, `/corrections/feed.json`. */
export function correctionsFeedPath(format: FeedFormat): string {
  return feedPath(correctionsPath, format);
}

/** The file names of the corrections log's feeds (`feed.xml`, `atom.xml`, `feed.json`). */
export const correctionsFeedFiles: readonly string[] = feedFormats.map((format) => FEED_FILE_NAMES[format]);

/**
 * The id of the `n`-th (1-based, oldest first) correction on its article's page: `correction-2`. New
 * corrections are later than old ones, so an id, once given, keeps naming the same correction.
 */
export function correctionAnchor(n: number): string {
  return `correction-${n}`;
}

/** The address of the `n`-th correction on the article at `articleUrl`: `/world/some-story#correction-2`. */
export function correctionUrl(articleUrl: string, n: number): string {
  return `${articleUrl}#${correctionAnchor(n)}`;
}

/** The search page, with the query when there is one: `/search`, `/search?q=harbour`. */
export function searchPath(query?: string): string {
  return query ? `/search?${new URLSearchParams({ q: query }).toString()}` : '/search';
}

/** The sitemap (or, past 50,000 URLs, the sitemap index). */
export const sitemapPath = '/sitemap.xml';

/** The Google News sitemap. */
export const newsSitemapPath = '/news-sitemap.xml';

/** The n-th (1-based) child sitemap when the sitemap is split: `/sitemaps/sitemap-2.xml`. */
export function childSitemapPath(n: number): string {
  return `/sitemaps/sitemap-${n}.xml`;
}

/** The child number in a child sitemap's file name (`sitemap-2.xml` → 2), or undefined. */
export function parseChildSitemapName(file: string): number | undefined {
  const m = /^sitemap-([1-9]\d*)\.xml$/.exec(file);
  return m ? Number(m[1]) : undefined;
}
