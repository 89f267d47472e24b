import type { SectionSlug } from './sections';

/** A hero image with the pixel size read from the file, so its space can be reserved. */
export type HeroImage = {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width: number;
  height: number;
};

/** A correction printed at the foot of an article. */
export type Correction = {
  /** ISO 8601 instant. */
  date: string;
  /** What was wrong, and what is right. */
  text: string;
};

/**
 * Everything listing pages, cards and metadata need about an article — and not its body, which is
 * the bulk of the generated data. Only the article page itself loads a body (see `getArticleBody`).
 */
export type ArticleSummary = {
  slug: string;
  url: string;
  title: string;
  standfirst: string;
  section: SectionSlug;
  authorSlug: string;
  tags: readonly string[];
  /** ISO 8601 instant. */
  publishedAt: string;
  /** ISO 8601 instant, when the article was substantively updated. */
  updatedAt?: string;
  /**
   * ISO 8601 instant of the latest change readers were told about: the latest of publishedAt,
   * updatedAt and the corrections' dates. Use it for `dateModified` and sitemap `lastmod`.
   */
  modifiedAt: string;
  /** Oldest first. */
  corrections: readonly Correction[];
  hero: HeroImage;
  draft: boolean;
  wordCount: number;
  readingTimeMinutes: number;
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
export function isPublished(
  article: Pick<ArticleSummary, 'draft' | 'publishedAt'>,
  { now, includeDrafts = false, includeScheduled = false }: PublicationOptions,
): boolean {
  if (article.draft && !includeDrafts) return false;
  return includeScheduled || Date.parse(article.publishedAt) <= now.getTime();
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
  return Date.parse(article.publishedAt) > now.getTime() ? 'scheduled' : 'published';
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
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
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

/** The first `limit` articles of `section`, keeping the order of `articles`. */
export function selectBySection(
  articles: readonly ArticleSummary[],
  section: string,
  limit: number,
): ArticleSummary[] {
  return articles.filter((a) => a.section === section).slice(0, limit);
}

/** The first `limit` articles by the author `authorSlug`, keeping the order of `articles`. */
export function selectByAuthor(
  articles: readonly ArticleSummary[],
  authorSlug: string,
  limit: number,
): ArticleSummary[] {
  return articles.filter((a) => a.authorSlug === authorSlug).slice(0, limit);
}

/** The first `limit` articles tagged `tag`, keeping the order of `articles`. */
export function selectByTag(articles: readonly ArticleSummary[], tag: string, limit: number): ArticleSummary[] {
  return articles.filter((a) => a.tags.includes(tag)).slice(0, limit);
}

/** Every tag used by `articles`, sorted alphabetically. */
export function collectTags(articles: readonly ArticleSummary[]): string[] {
  return [...new Set(articles.flatMap((a) => a.tags))].sort();
}

/** The home page: the newest article as lead story and at most `limit` more after it. */
export function selectFrontPage(
  articles: readonly ArticleSummary[],
  limit: number,
): { lead: ArticleSummary | undefined; latest: ArticleSummary[] } {
  const [lead, ...rest] = articles;
  return { lead, latest: rest.slice(0, limit) };
}
