/**
 * The content store: summaries and profiles from the content index (lib/content-index.ts), and one
 * article's body at a time from contentlayer's per-document file. Nothing here imports the generated
 * collection, so no route bundles the archive, and listing pages never touch a body.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  findArticle,
  isPublished,
  selectPublished,
  type ArticleSummary,
  type PublicationOptions,
} from './articles';
import { findAuthor, joinAuthor, type AuthorProfile } from './authors';
import { CONTENT_INDEX_FILE, type ContentIndex, type IndexedArticle } from './content-index';
import { compileMdx } from './mdx';
import { siteConfig } from './site-config';

type Store = {
  index: ContentIndex;
  articles: readonly IndexedArticle[];
  byUrl: Map<string, IndexedArticle>;
  authors: readonly AuthorProfile[];
  mtimeMs: number;
};

let store: Store | undefined;

function indexPath(): string {
  return path.join(process.cwd(), '.contentlayer', CONTENT_INDEX_FILE);
}

function loadStore(): Store {
  // In development contentlayer rewrites the index on every edit: reload when it changes.
  if (store && !siteConfig.reloadContent) return store;
  const file = indexPath();
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new Error(`No content index at ${file}: run \`npm run content\` (or \`npm run build\`) first.`);
  }
  if (store && store.mtimeMs === mtimeMs) return store;
  const index: ContentIndex = JSON.parse(readFileSync(file, 'utf8'));
  store = {
    index,
    articles: index.articles,
    byUrl: new Map(index.articles.map((a) => [a.url, a])),
    authors: [...index.authors].sort((a, b) => a.name.localeCompare(b.name)),
    mtimeMs,
  };
  return store;
}

/** Every article in the content folder, drafts and future ones included, as summaries. */
export function allArticleSummaries(): readonly ArticleSummary[] {
  return loadStore().articles;
}

/** Every author profile, sorted by name. */
export function allAuthorProfiles(): readonly AuthorProfile[] {
  return loadStore().authors;
}

/** The publication rules in force: drafts only in development. */
export function publicationOptions(now: Date = new Date()): PublicationOptions {
  return { now, includeDrafts: siteConfig.showDrafts };
}

/** Articles a reader may see now, newest first. */
export function getPublishedArticles(now: Date = new Date()): ArticleSummary[] {
  return selectPublished(allArticleSummaries(), publicationOptions(now));
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

/**
 * The compiled MDX body of the article at `url` (for `MdxContent`), or undefined. Reads that one
 * article's file: the cost of a page is its own body, whatever the size of the archive.
 */
export function getArticleBody(url: string): string | undefined {
  const raw = getArticleSource(url);
  return raw === undefined ? undefined : compileMdx(raw);
}

/**
 * The raw MDX body of the article at `url`, or undefined: for the search index, which needs the
 * words, not the compiled page. Reads that one article's file.
 */
export function getArticleSource(url: string): string | undefined {
  const entry = loadStore().byUrl.get(url);
  if (!entry) return undefined;
  const file = path.join(process.cwd(), '.contentlayer', 'generated', 'Article', entry.bodyFile);
  const doc: { body?: { raw?: unknown } } = JSON.parse(readFileSync(file, 'utf8'));
  const raw = doc.body?.raw;
  if (typeof raw !== 'string') throw new Error(`${file} has no body`);
  return raw;
}

/** The author with this slug, or undefined. */
export function getAuthor(slug: string): AuthorProfile | undefined {
  return findAuthor(allAuthorProfiles(), slug);
}

/** The compiled MDX bio of the author with this slug, or undefined. */
export function getAuthorBio(slug: string): string | undefined {
  const author = loadStore().index.authors.find((a) => a.slug === slug);
  return author ? compileMdx(author.bio) : undefined;
}

/** Author display names by slug, for bylines on cards. */
export function getAuthorNames(): Record<string, string> {
  return Object.fromEntries(allAuthorProfiles().map((a) => [a.slug, a.name]));
}
