import { sections, type Section } from '../config/sections';
import type { LiveCoverage } from './live-blogs';
import type { ArticleFrontmatter, CorrectionFrontmatter, HeroFrontmatter } from './schema';

/** A hero image (its frontmatter fields) with the pixel size read from the file, so its space can be reserved. */
export type Hero = HeroFrontmatter & {
  width: number;
  height: number;
};

/** A correction printed at the foot of an article; `date` is an ISO 8601 instant. */
export type Correction = CorrectionFrontmatter;

/**
 * Everything listing pages, cards and metadata need about an article — and not its body, which is
 * the bulk of the generated data. Only the article page itself loads a body (see `getArticleBody`).
 * The frontmatter fields come from the schema (lib/content/schema.ts), with `author` named
 * `authorSlug` and the old addresses left to the index (`IndexedArticle`); the rest is computed.
 */
export type ArticleSummary = Omit<ArticleFrontmatter, 'author' | 'hero' | 'redirectFrom'> & {
  slug: string;
  url: string;
  /** The `author` field: slug of a file in content/authors. */
  authorSlug: ArticleFrontmatter['author'];
  /**
   * ISO 8601 instant of the latest change readers were told about: the latest of publishedAt,
   * updatedAt and the corrections' dates. Use it for `dateModified` and sitemap `lastmod`.
   */
  modifiedAt: string;
  hero: Hero;
  wordCount: number;
  readingTimeMinutes: number;
  /** Set on a live blog (content/live/<slug>/): its status and entries (lib/content/live-blogs.ts). */
  live?: LiveCoverage;
};

export type PublicationOptions = {
  /** The moment to publish as of; articles dated after it are not yet published. */
  now: Date;
  /** Show drafts too (`next dev`, and editors in preview). */
  includeDrafts?: boolean;
  /** Show articles scheduled for later too (`next dev`, and editors in preview). */
  includeScheduled?: boolean;
};

/**
 * True when `article` may be shown at `now`: not a draft and not dated in the future — unless the
 * options let drafts or scheduled articles through. This is the one publication filter: every page,
 * listing, feed and sitemap gets its articles through it.
 */
/**
 * Milliseconds since the epoch of an article's `publishedAt`, parsed once per summary object.
 * Listing, related-article and feed queries compare these thousands of times per page on a large
 * archive; `Date.parse` on every comparison cost ~50 ms a page at 10,000 articles.
 */
const publishedTimes = new WeakMap<Pick<ArticleSummary, 'publishedAt'>, number>();

export function publishedTime(article: Pick<ArticleSummary, 'publishedAt'>): number {
  let time = publishedTimes.get(article);
  if (time === undefined) {
    time = Date.parse(article.publishedAt);
    publishedTimes.set(article, time);
  }
  return time;
}

export function isPublished(
  article: Pick<ArticleSummary, 'draft' | 'publishedAt'>,
  { now, includeDrafts = false, includeScheduled = false }: PublicationOptions,
): boolean {
  if (article.draft && !includeDrafts) return false;
  return includeScheduled || publishedTime(article) <= now.getTime();
}

/**
 * The publication rules for one request: readers see what is published at `now`; drafts and scheduled
 * articles show too for an editor in preview, and everywhere when `showUnpublished` (`next dev`).
 */
export function publicationRules(now: Date, preview: boolean, showUnpublished: boolean): PublicationOptions {
  const unpublished = preview || showUnpublished;
  return { now, includeDrafts: unpublished, includeScheduled: unpublished };
}

export type PublicationStatus = 'draft' | 'scheduled' | 'published';

/** Where `article` stands at `now`: a draft, scheduled for later, or published. */
export function publicationStatus(article: Pick<ArticleSummary, 'draft' | 'publishedAt'>, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  return publishedTime(article) > now.getTime() ? 'scheduled' : 'published';
}

/** The latest of `publishedAt`, `updatedAt` and the corrections' dates, as an ISO 8601 instant. */
export function latestModification(publishedAt: string, updatedAt: string | undefined, corrections: readonly Correction[]): string {
  let latest = publishedAt;
  for (const candidate of [updatedAt, ...corrections.map((c) => c.date)]) {
    if (candidate !== undefined && Date.parse(candidate) > Date.parse(latest)) latest = candidate;
  }
  return latest;
}

/** Newest first; ties broken by slug so the order is stable. */
export function compareNewestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return publishedTime(b) - publishedTime(a) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The articles readers may see at `options.now`, newest first. Does not modify `articles`. */
export function selectPublished(
  articles: readonly ArticleSummary[],
  options: PublicationOptions,
): ArticleSummary[] {
  return articles.filter((a) => isPublished(a, options)).sort(compareNewestFirst);
}

/** The article at `/<section>/<slug>` among `articles`, or undefined. */
export function findArticle(
  articles: readonly ArticleSummary[],
  section: string,
  slug: string,
): ArticleSummary | undefined {
  return articles.find((a) => a.slug === slug && a.section === section);
}

/** The articles of `section` (at most `limit`), keeping the order of `articles`. */
export function selectBySection(
  articles: readonly ArticleSummary[],
  section: string,
  limit: number = Infinity,
): ArticleSummary[] {
  return articles.filter((a) => a.section === section).slice(0, limit);
}

/** The articles by the author `authorSlug` (at most `limit`), keeping the order of `articles`. */
export function selectByAuthor(
  articles: readonly ArticleSummary[],
  authorSlug: string,
  limit: number = Infinity,
): ArticleSummary[] {
  return articles.filter((a) => a.authorSlug === authorSlug).slice(0, limit);
}

/** The articles tagged `tag` (at most `limit`), keeping the order of `articles`. */
export function selectByTag(articles: readonly ArticleSummary[], tag: string, limit: number = Infinity): ArticleSummary[] {
  return articles.filter((a) => a.tags.includes(tag)).slice(0, limit);
}

/** Every tag used by `articles`, sorted alphabetically. */
export function collectTags(articles: readonly ArticleSummary[]): string[] {
  return [...new Set(articles.flatMap((a) => a.tags))].sort();
}

/** A tag and how many of the given articles carry it. */
export type TagCount = { tag: string; count: number };

/** Every tag used by `articles` with its number of articles, sorted alphabetically. */
export function countTags(articles: readonly ArticleSummary[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((x, y) => x.tag.localeCompare(y.tag));
}

/** How many of `articles` each author wrote, by author slug. */
export function countByAuthor(articles: readonly ArticleSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.authorSlug, (counts.get(a.authorSlug) ?? 0) + 1);
  return counts;
}

/** How many articles each part of the front page shows. */
export type FrontPageSizes = {
  /** Stories beside the lead. */
  topStories: number;
  /** Stories in each section's block. */
  perSection: number;
  /** Stories in the "Latest" list. */
  latest: number;
};

/** The front page: every part bounded, whatever the size of the archive. */
export type FrontPageStories = {
  lead: ArticleSummary | undefined;
  topStories: ArticleSummary[];
  /** One block per section that has stories not already shown above, in navigation order. */
  sections: { section: Section; articles: ArticleSummary[] }[];
  /** The newest stories after the lead and top stories. */
  latest: ArticleSummary[];
};

/**
 * The front page from `articles` (published, newest first): the newest story leads, the next
 * `topStories` sit beside it, each section's block shows its newest `perSection` stories not
 * already in the lead or top stories, and "Latest" lists the `latest` newest after those.
 */
export function selectFrontPage(articles: readonly ArticleSummary[], sizes: FrontPageSizes): FrontPageStories {
  const [lead, ...rest] = articles;
  const topStories = rest.slice(0, sizes.topStories);
  const shown = new Set([lead, ...topStories].map((a) => a?.url));
  const blocks = sections
    .map((section) => ({
      section,
      articles: articles.filter((a) => a.section === section.slug && !shown.has(a.url)).slice(0, sizes.perSection),
    }))
    .filter((block) => block.articles.length > 0);
  return { lead, topStories, sections: blocks, latest: rest.slice(sizes.topStories, sizes.topStories + sizes.latest) };
}

/**
 * Related stories for the foot of `article`: first those sharing a tag with it, then others from its
 * section, each group newest first. Never the article itself, and only what a reader may see
 * under `options` (no drafts, nothing scheduled for later).
 */
export function selectRelated(
  articles: readonly ArticleSummary[],
  article: ArticleSummary,
  limit: number,
  options: PublicationOptions,
): ArticleSummary[] {
  const tags = new Set(article.tags);
  const candidates = articles
    .filter((a) => a.url !== article.url && isPublished(a, options))
    .sort(compareNewestFirst);
  const sharesTag = candidates.filter((a) => a.tags.some((t) => tags.has(t)));
  const sameSection = candidates.filter((a) => a.section === article.section && !a.tags.some((t) => tags.has(t)));
  return [...sharesTag, ...sameSection].slice(0, limit);
}

/** The stories either side of an article in its section. */
export type NeighbourArticles = {
  /** The next older story in the section. */
  previous: ArticleSummary | undefined;
  /** The next newer story in the section. */
  next: ArticleSummary | undefined;
};

/**
 * The previous (older) and next (newer) stories in `article`'s section, among those a reader may see
 * under `options`.
 */
export function selectSectionNeighbours(
  articles: readonly ArticleSummary[],
  article: ArticleSummary,
  options: PublicationOptions,
): NeighbourArticles {
  const inSection = articles
    .filter((a) => a.section === article.section && (a.url === article.url || isPublished(a, options)))
    .sort(compareNewestFirst);
  const i = inSection.findIndex((a) => a.url === article.url);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: inSection[i + 1], next: i > 0 ? inSection[i - 1] : undefined };
}

/**
 * The articles to prerender at build: the newest `count` of `published` (newest first already).
 * The rest are rendered on their first request.
 */
export function selectPrerendered(published: readonly ArticleSummary[], count: number): ArticleSummary[] {
  return published.slice(0, count);
}
