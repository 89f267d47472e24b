/**
 * The one module that imports contentlayer's generated data. Everything else asks it for summaries
 * (no bodies) or for one article's body.
 */
import { allArticles, allAuthors, type Article, type Author } from 'contentlayer/generated';
import {
  findArticle,
  isPublished,
  selectPublished,
  selectRoutable,
  type ArticleSummary,
  type PublicationOptions,
} from './articles';
import { findAuthor, joinAuthor, type AuthorProfile } from './authors';
import { siteConfig } from './site-config';

function toSummary(doc: Article): ArticleSummary {
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

/** The publication rules in force: drafts only in development. */
export function publicationOptions(now: Date = new Date()): PublicationOptions {
  return { now, includeDrafts: siteConfig.showDrafts };
}

/** Articles a reader may see now, newest first. */
export function getPublishedArticles(now: Date = new Date()): ArticleSummary[] {
  return selectPublished(allArticleSummaries(), publicationOptions(now));
}

/** Published and scheduled articles (drafts too in development): every article page that can exist. */
export function getRoutableArticles(): ArticleSummary[] {
  return selectRoutable(allArticleSummaries(), siteConfig.showDrafts);
}

/** The published article at `/<section>/<slug>` with its author, or undefined. */
export function getArticle(
  section: string,
  slug: string,
  now: Date = new Date(),
): { article: ArticleSummary; author: AuthorProfile } | undefined {
  const article = findArticle(allArticleSummaries(), section, slug);
  if (!article || !isPublished(article, publicationOptions(now))) return undefined;
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
