/**
 * The one module that imports contentlayer's generated data. Everything else asks it for summaries
 * (no bodies) or for one article's body.
 */
import { allArticles, allAuthors, type Article, type Author } from 'contentlayer/generated';
import {
  findArticle,
  isPublished,
  latestModification,
  publicationRules,
  selectPublished,
  type ArticleSummary,
  type PublicationOptions,
} from './articles';
import { findAuthor, joinAuthor, type AuthorProfile } from './authors';
import { siteConfig } from './site-config';

function toSummary(doc: Article): ArticleSummary {
  const corrections = doc.corrections
    .map((c) => ({ date: c.date, text: c.text }))
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return {
    slug: doc.slug,
    url: doc.url,
    title: doc.title,
    standfirst: doc.standfirst,
    section: doc.section,
    authorSlug: doc.author,
    tags: doc.tags,
    publishedAt: doc.publishedAt,
    ...(doc.updatedAt ? { updatedAt: doc.updatedAt } : {}),
    modifiedAt: latestModification(doc.publishedAt, doc.updatedAt, corrections),
    corrections,
    hero: {
      src: doc.hero.src,
      alt: doc.hero.alt,
      ...(doc.hero.caption ? { caption: doc.hero.caption } : {}),
      ...(doc.hero.credit ? { credit: doc.hero.credit } : {}),
      width: doc.heroWidth,
      height: doc.heroHeight,
    },
    draft: doc.draft,
    wordCount: doc.wordCount,
    readingTimeMinutes: doc.readingTimeMinutes,
  };
}

function toProfile(doc: Author): AuthorProfile {
  return {
    slug: doc.slug,
    url: doc.url,
    name: doc.name,
    role: doc.role,
    ...(doc.avatar ? { avatar: doc.avatar } : {}),
    links: doc.links.map((l) => ({ label: l.label, url: l.url })),
  };
}

let summaries: ArticleSummary[] | undefined;
let profiles: AuthorProfile[] | undefined;

/** Every article in the content folder, drafts and future ones included, as summaries. */
export function allArticleSummaries(): readonly ArticleSummary[] {
  summaries ??= allArticles.map(toSummary);
  return summaries;
}

/** Every author profile. */
export function allAuthorProfiles(): readonly AuthorProfile[] {
  profiles ??= allAuthors.map(toProfile).sort((a, b) => a.name.localeCompare(b.name));
  return profiles;
}

/** Who is looking: an editor in preview (draft mode) sees drafts and scheduled articles too. */
export type ViewOptions = { preview?: boolean };

/**
 * The publication rules in force: readers see what is published at `now`; drafts and scheduled
 * articles show only in `next dev` and to editors in preview.
 */
export function publicationOptions(now: Date = new Date(), { preview = false }: ViewOptions = {}): PublicationOptions {
  return publicationRules(now, preview, siteConfig.showDrafts);
}

/** Articles a reader may see at `now` (and in preview, drafts and scheduled ones), newest first. */
export function getPublishedArticles(now: Date = new Date(), view: ViewOptions = {}): ArticleSummary[] {
  return selectPublished(allArticleSummaries(), publicationOptions(now, view));
}

/** The article at `/<section>/<slug>` with its author if a reader (or, in preview, an editor) may see it, or undefined. */
export function getArticle(
  section: string,
  slug: string,
  now: Date = new Date(),
  view: ViewOptions = {},
): { article: ArticleSummary; author: AuthorProfile } | undefined {
  const article = findArticle(allArticleSummaries(), section, slug);
  if (!article || !isPublished(article, publicationOptions(now, view))) return undefined;
  return joinAuthor(article, allAuthorProfiles());
}

/** The compiled MDX body of the article with this url, or undefined. */
export function getArticleBody(url: string): string | undefined {
  return allArticles.find((a) => a.url === url)?.body.code;
}

/** The author with this slug, or undefined. */
export function getAuthor(slug: string): AuthorProfile | undefined {
  return findAuthor(allAuthorProfiles(), slug);
}

/** The compiled MDX bio of the author with this slug, or undefined. */
export function getAuthorBio(slug: string): string | undefined {
  return allAuthors.find((a) => a.slug === slug)?.body.code;
}

/** Author display names by slug, for bylines on cards. */
export function getAuthorNames(): Record<string, string> {
  return Object.fromEntries(allAuthorProfiles().map((a) => [a.slug, a.name]));
}
