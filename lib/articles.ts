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
  hero: HeroImage;
  draft: boolean;
  wordCount: number;
  readingTimeMinutes: number;
};

export type PublicationOptions = {
  /** The moment to publish as of; articles dated after it are not yet published. */
  now: Date;
  /** Show drafts too (development only). */
  includeDrafts?: boolean;
};

/** True when a reader may see `article` at `now`: not a draft (unless drafts are shown) and not dated in the future. */
export function isPublished(article: ArticleSummary, { now, includeDrafts = false }: PublicationOptions): boolean {
  if (article.draft && !includeDrafts) return false;
  return Date.parse(article.publishedAt) <= now.getTime();
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

/**
 * The articles that have a page now or will have one without a rebuild: published and scheduled
 * (dated later), drafts only when `includeDrafts`. These are every article address the site can
 * ever answer with 200 until the next build; any other address is a 404 that is never rendered.
 */
export function selectRoutable(articles: readonly ArticleSummary[], includeDrafts = false): ArticleSummary[] {
  return articles.filter((a) => includeDrafts || !a.draft);
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

/**
 * The articles to prerender at build: the newest `count` of `published` (newest first already).
 * The rest are rendered on their first request.
 */
export function selectPrerendered(published: readonly ArticleSummary[], count: number): ArticleSummary[] {
  return published.slice(0, count);
}
