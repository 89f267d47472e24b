/**
 * Live blogs: an article (`content/live/<slug>/index.mdx`) with a status and one file per entry
 * (`content/live/<slug>/entries/<id>.mdx`). The content index carries each blog as an article with
 * its `live` coverage, so fronts, sections, tags, feeds, sitemaps, search and the address guard treat
 * it as one; these pure functions decide what its pages show: which entries, in which order, on which
 * page, and where each entry's permalink leads.
 */
import { isPublished, latestModification, publishedTime, type ArticleSummary, type Correction, type PublicationOptions } from './articles';
import type { LiveEntryFrontmatter, LiveStatus } from './schema';
import { listingPagePath, liveEntryAnchor } from '../config/urls';
import { formatTime } from '../format/dates';

/** Entries on each page of a live blog: page 1 stays light however long the coverage runs. */
export const LIVE_ENTRIES_PER_PAGE = 20;

/** One entry of a live blog, as the content index holds it (without its body). */
export type LiveEntry = Omit<LiveEntryFrontmatter, 'author' | 'corrections'> & {
  /** The file name: `content/live/<blog>/entries/<id>.mdx`; unique within the blog. */
  id: string;
  /** The `author` field: slug of a file in content/authors. */
  authorSlug: string;
  /** Oldest first. */
  corrections: readonly Correction[];
  /** The latest of publishedAt, updatedAt and the corrections' dates: the entry's `dateModified`. */
  modifiedAt: string;
  /** contentlayer's file of the entry, relative to the project's `.contentlayer` folder (production). */
  bodyFile: string;
  /** The editor's file, relative to content/ (what `next dev` reads). */
  sourceFile: string;
};

/** The live part of a live blog's summary. */
export type LiveCoverage = {
  status: LiveStatus;
  /** ISO 8601 instant; set once the coverage has ended. */
  endedAt?: string;
  /** Every entry in the content, drafts and scheduled ones included, newest first. */
  entries: readonly LiveEntry[];
};

/** An article that is a live blog. */
export type LiveBlog = ArticleSummary & { live: LiveCoverage };

/** True when `article` is a live blog (of either status). */
export function isLiveBlog(article: ArticleSummary): article is LiveBlog {
  return article.live !== undefined;
}

/** True when `article` is a live blog still being updated: cards show "Live", the News sitemap lists it. */
export function isLiveNow(article: ArticleSummary): article is LiveBlog {
  return article.live?.status === 'live';
}

/**
 * What an entry is called wherever it needs a name (a feed item's title, the label of an untitled
 * entry): its title, or "Update at 14:32 EST" from its time in the newsroom's zone.
 */
export function liveEntryTitle(entry: Pick<LiveEntry, 'title' | 'publishedAt'>): string {
  return entry.title ? entry.title : `Update at ${formatTime(entry.publishedAt)}`;
}

/** Newest first; ties broken by id, so the order is stable. */
export function compareEntriesNewestFirst(a: LiveEntry, b: LiveEntry): number {
  return publishedTime(b) - publishedTime(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The entries readers may see under `options` (drafts and scheduled entries as for articles), newest first. */
export function visibleEntries(coverage: LiveCoverage, options: PublicationOptions): LiveEntry[] {
  return coverage.entries.filter((e) => isPublished(e, options)).sort(compareEntriesNewestFirst);
}

/** The latest `modifiedAt` of `entries` and the blog's own, as an ISO 8601 instant: the blog's `dateModified`. */
export function coverageModifiedAt(blog: Pick<ArticleSummary, 'modifiedAt'>, entries: readonly LiveEntry[]): string {
  let latest = blog.modifiedAt;
  for (const e of entries) if (Date.parse(e.modifiedAt) > Date.parse(latest)) latest = e.modifiedAt;
  return latest;
}

/** The entry's `modifiedAt` from its fields. */
export function entryModifiedAt(entry: Pick<LiveEntry, 'publishedAt' | 'updatedAt' | 'corrections'>): string {
  return latestModification(entry.publishedAt, entry.updatedAt, entry.corrections);
}

/**
 * How a blog's visible entries fall on its pages: the pinned entry (if any) at the top of page 1 and
 * nowhere else; the rest newest first, `perPage` to a page. There is always at least one page.
 */
export type LiveLayout = {
  pinned?: LiveEntry;
  pages: readonly (readonly LiveEntry[])[];
  /** Key events, newest first (the pinned entry included when it is one). */
  keyEvents: readonly LiveEntry[];
  /** The page (1-based) each entry is on, by id. */
  pageById: ReadonlyMap<string, number>;
};

/** Lays out `entries` (visible ones, newest first). */
export function layoutEntries(entries: readonly LiveEntry[], perPage: number = LIVE_ENTRIES_PER_PAGE): LiveLayout {
  const pinned = entries.find((e) => e.pinned);
  const timeline = entries.filter((e) => e !== pinned);
  const pages: LiveEntry[][] = [];
  for (let start = 0; start < timeline.length; start += perPage) pages.push(timeline.slice(start, start + perPage));
  if (pages.length === 0) pages.push([]);
  const pageById = new Map<string, number>();
  if (pinned) pageById.set(pinned.id, 1);
  pages.forEach((page, i) => page.forEach((e) => pageById.set(e.id, i + 1)));
  return { ...(pinned ? { pinned } : {}), pages, keyEvents: entries.filter((e) => e.keyEvent), pageById };
}

/** The entries page `page` (1-based) shows, the pinned one first on page 1; undefined past the last page. */
export function entriesOnPage(layout: LiveLayout, page: number): readonly LiveEntry[] | undefined {
  const entries = layout.pages[page - 1];
  if (!entries) return undefined;
  return page === 1 && layout.pinned ? [layout.pinned, ...entries] : entries;
}

/** Where the entry `id` is now: `/world/blog#entry-id` or `/world/blog/page/3#entry-id`; undefined when not visible. */
export function entryLocation(blogUrl: string, layout: LiveLayout, id: string): string | undefined {
  const page = layout.pageById.get(id);
  return page === undefined ? undefined : `${listingPagePath(blogUrl, page)}#${liveEntryAnchor(id)}`;
}
