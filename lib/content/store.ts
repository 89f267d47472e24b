/**
 * The content store: summaries and profiles from the content index (lib/content/content-index.ts), and one
 * article's body at a time from contentlayer's per-document file. Nothing here imports the generated
 * collection, so no route bundles the archive, and listing pages never touch a body.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findArticle, isPublished, selectPublished, type ArticleSummary } from './articles';
import { findAuthor, joinAuthor, type AuthorProfile } from './authors';
import { loadStore } from './index-loader';
import { findTopicHub, type TopicHub } from './topic-hubs';
import type { LiveEntry } from './live-blogs';
import {
  aboutGroupLinks,
  findStandingPage,
  isStandingPageVisible,
  standingPagesPresent,
  type AboutLink,
  type StandingPage,
  type StandingPagesPresent,
} from './standing-pages';
import { publicationOptions, type ContentSnapshot, type ViewOptions } from './visibility';
import { compileMdx } from '../mdx/compile';
import { siteConfig } from '../config/site-config';

/** Every article in the content folder, drafts and future ones included, as summaries. */
export function allArticleSummaries(): readonly ArticleSummary[] {
  return loadStore().articles;
}

/** Every author profile, sorted by name. */
export function allAuthorProfiles(): readonly AuthorProfile[] {
  return loadStore().authors;
}

/** Every article and author, for the page rules of lib/content/visibility.ts. */
export function contentSnapshot(): ContentSnapshot {
  return { articles: allArticleSummaries(), authors: allAuthorProfiles() };
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

/** The MDX after the frontmatter of an editor's source file. */
function bodyOfSource(text: string): string {
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? text.slice(match[0].length) : text;
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
 * words, not the compiled page. Reads that one article's file (in development, the editor's source
 * file, so a body edit shows on the next request).
 */
export function getArticleSource(url: string): string | undefined {
  const entry = loadStore().byUrl.get(url);
  return entry ? readBody(entry) : undefined;
}

/**
 * The raw MDX body of an indexed document: contentlayer's per-document file in production, the
 * editor's source file in development (so a body edit shows on the next request).
 */
function readBody(entry: { bodyFile: string; sourceFile: string }): string {
  if (siteConfig.reloadContent) {
    return bodyOfSource(readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'content', entry.sourceFile), 'utf8'));
  }
  // Not traced by Turbopack (see lib/content/index-loader.ts).
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', entry.bodyFile);
  const doc: { body?: { raw?: unknown } } = JSON.parse(readFileSync(file, 'utf8'));
  const raw = doc.body?.raw;
  if (typeof raw !== 'string') throw new Error(`${file} has no body`);
  return raw;
}

/**
 * The compiled MDX body of one live-blog entry (for `MdxContent`): reads that entry's file only, as
 * `getArticleBody` does for an article (in development, the editor's source file).
 */
export function getLiveEntryBody(entry: Pick<LiveEntry, 'bodyFile' | 'sourceFile'>): string {
  return compileMdx(readBody(entry));
}

/** The raw MDX body of one live-blog entry: for the search index, as `getArticleSource` is for an article. */
export function getLiveEntrySource(entry: Pick<LiveEntry, 'bodyFile' | 'sourceFile'>): string {
  return readBody(entry);
}

/** Every standing page (content/pages/), drafts included. */
export function allStandingPages(): readonly StandingPage[] {
  return loadStore().index.pages;
}

/** The standing page with this slug if this viewer may see it (drafts only in preview and `next dev`), or undefined. */
export function getStandingPage(slug: string, view: ViewOptions = {}): StandingPage | undefined {
  const page = findStandingPage(allStandingPages(), slug);
  return page && isStandingPageVisible(page, publicationOptions(new Date(), view)) ? page : undefined;
}

/** The raw MDX body of the standing page with this slug, or undefined. */
export function getStandingPageSource(slug: string): string | undefined {
  const entry = findStandingPage(loadStore().index.pages, slug);
  return entry ? readBody(entry) : undefined;
}

/** The compiled MDX body of the standing page with this slug (for `MdxContent`), or undefined. */
export function getStandingPageBody(slug: string): string | undefined {
  const raw = getStandingPageSource(slug);
  return raw === undefined ? undefined : compileMdx(raw);
}

/** Which standing pages readers can open, and whether there is a masthead: the input of the organisation's JSON-LD and the footer. */
export function getStandingPagesPresent(): StandingPagesPresent {
  return standingPagesPresent(allStandingPages(), allAuthorProfiles().length);
}

/** The footer's links to the standing pages readers can open, and the masthead, in the configured order. */
export function getAboutLinks(): AboutLink[] {
  return aboutGroupLinks(getStandingPagesPresent());
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

/** The raw MDX bio of the author with this slug (to find its embeds), or undefined. */
export function getAuthorBioSource(slug: string): string | undefined {
  return loadStore().index.authors.find((a) => a.slug === slug)?.bio;
}

/** Author display names by slug, for bylines on cards. */
export function getAuthorNames(): Record<string, string> {
  return Object.fromEntries(allAuthorProfiles().map((a) => [a.slug, a.name]));
}

/** Every topic hub (content/topics/<tag>.mdx), sorted by tag. */
export function allTopicHubs(): readonly TopicHub[] {
  return loadStore().index.topics;
}

/** The hub of `tag`, or undefined when the tag has none (its page is the plain listing). */
export function getTopicHub(tag: string): TopicHub | undefined {
  return findTopicHub(allTopicHubs(), tag);
}

/** The raw MDX introduction of the hub of `tag` (to find its embeds), or undefined when it has no hub. */
export function getTopicIntroductionSource(tag: string): string | undefined {
  return findTopicHub(loadStore().index.topics, tag)?.introduction;
}

/** The compiled MDX introduction of the hub of `tag` (for `MdxContent`), or undefined when it has none. */
export function getTopicIntroduction(tag: string): string | undefined {
  const hub = findTopicHub(loadStore().index.topics, tag);
  return hub && hub.introduction.trim() !== '' ? compileMdx(hub.introduction) : undefined;
}
