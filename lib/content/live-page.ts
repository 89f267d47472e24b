/**
 * Everything a page of a live blog shows, in one call, as lib/content/article-page.ts is for an
 * article: the blog's page (`/world/some-blog`) and its older pages (`/world/some-blog/page/2`), and
 * their `generateMetadata`, make it, so page, head and JSON-LD never disagree. A page reads the
 * bodies of its own entries only (at most LIVE_ENTRIES_PER_PAGE and the pinned one), whatever the
 * length of the coverage; the summary, the author's bio and the related stories only on page 1.
 */
import { cache } from 'react';
import { publicationStatus, selectRelated, selectSectionNeighbours } from './articles';
import { findAuthor, type AuthorProfile } from './authors';
import { articleBreadcrumb } from './breadcrumbs';
import {
  coverageModifiedAt,
  entriesOnPage,
  entryLocation,
  isLiveBlog,
  layoutEntries,
  visibleEntries,
  type LiveBlog,
  type LiveEntry,
} from './live-blogs';
import { RELATED_COUNT, type ArticlePage } from './article-page';
import {
  allArticleSummaries,
  allAuthorProfiles,
  getArticle,
  getArticleBody,
  getArticleSource,
  getAuthorBio,
  getAuthorNames,
  getLiveEntrySource,
} from './store';
import { publicationOptions, type RenderOptions } from './visibility';
import { blurPlaceholder } from '../media/blur-placeholder';
import { compileMdx } from '../mdx/compile';
import { bodyEmbeds, embedsInTree, type BodyEmbed } from '../mdx/embeds';
import { parseMdx } from '../mdx/parse';
import { readerTextFromTree } from '../mdx/reader-text';
import { formatDate, formatTime } from '../format/dates';
import { getSection } from '../config/sections';
import { listingPagePath } from '../config/urls';

/** One entry as a page shows it. */
export type LivePageEntry = {
  entry: LiveEntry;
  /** The entry's own author (who may not be the blog's). */
  author: AuthorProfile;
  /** The compiled MDX body. */
  code: string;
  /** The words a reader gets from the body (lib/mdx/reader-text.ts): the JSON-LD's `articleBody`. */
  text: string;
  /** In the pinned slot: first on page 1, with a "Pinned" label. */
  pinned: boolean;
  /** Where the entry is now: `/world/blog#entry-id` or `/world/blog/page/3#entry-id`. */
  location: string;
};

/** A key event as the list at the top of every page links to it. */
export type LiveKeyEvent = {
  id: string;
  /** The entry's title; an untitled one is linked by its time ("Update at 14:32 EST"). */
  title?: string;
  publishedAt: string;
  /** Where the entry is now, on whichever page (see `entryLocation`). */
  location: string;
};

/**
 * A page of a live blog's content, and the inputs of its metadata and JSON-LD: an article page's
 * chrome (author, status, bio, hero placeholder, breadcrumb, section, neighbours, related stories,
 * author names) with the coverage in place of the body. The hero placeholder and the neighbours are
 * page 1's only (empty on later pages).
 */
export type LivePage = Pick<
  ArticlePage,
  | 'author'
  | 'status'
  | 'authorBioCode'
  | 'heroPlaceholder'
  | 'breadcrumb'
  | 'section'
  | 'neighbours'
  | 'related'
  | 'authorNames'
> & {
  blog: LiveBlog;
  /** The other authors of visible entries, in the order they first wrote: "with …" in the byline. */
  contributors: AuthorProfile[];
  /** 1-based; page 1 is the blog's own address. */
  page: number;
  /** At least 1. */
  totalPages: number;
  /** This page's address: the blog's, or `/world/some-blog/page/<n>`. */
  path: string;
  /** This page's entries in order: the pinned one first on page 1, then newest first. */
  entries: LivePageEntry[];
  /** Key entries, newest first, each linked to wherever it is now. */
  keyEvents: LiveKeyEvent[];
  /** The latest change of the coverage (the blog or any visible entry): the page's `dateModified`. */
  modifiedAt: string;
  /** The compiled summary (the blog's body), shown on page 1 only (empty on later pages). */
  summaryCode: string;
  /** The `<Embed>`s of what this page shows (summary and entries): the page loads the embed module only when there is one. */
  embeds: BodyEmbed[];
};

/** The words of the "updated" line for an instant: "Updated 14:32 EST, 2 December 2026". */
export function liveUpdatedText(iso: string): string {
  return `Updated ${formatTime(iso)}, ${formatDate(iso)}`;
}

/** The end of the coverage in words: "19:05 EST, 9 December 2025". */
export function liveEndedAtText(iso: string): string {
  return `${formatTime(iso)}, ${formatDate(iso)}`;
}

/** The notice an ended blog shows in place of the Live badge (and the updates module on an open page). */
export function liveEndedNotice(blog: Pick<LiveBlog, 'live'>): string {
  const { endedAt } = blog.live;
  return endedAt
    ? `This live coverage has ended. It closed at ${liveEndedAtText(endedAt)}.`
    : 'This live coverage has ended.';
}

/** An entry's body: read, compiled and parsed once per request (the page and its metadata both ask). */
const entryContent = cache((bodyFile: string, sourceFile: string): { code: string; text: string; embeds: BodyEmbed[] } => {
  const source = getLiveEntrySource({ bodyFile, sourceFile });
  const parsed = parseMdx(source);
  return {
    code: compileMdx(source),
    text: parsed.ok ? readerTextFromTree(parsed.tree) : '',
    embeds: parsed.ok ? embedsInTree(parsed.tree) : [],
  };
});
const compiledSummary = cache((url: string) => getArticleBody(url));
const summaryEmbeds = cache((url: string) => bodyEmbeds(getArticleSource(url) ?? ''));
const compiledBio = cache((slug: string) => getAuthorBio(slug));

/** The profile of `slug`; throws, as for an article's byline, when the checker's rule was bypassed. */
function authorOf(authors: readonly AuthorProfile[], slug: string, where: string): AuthorProfile {
  const author = findAuthor(authors, slug);
  if (!author) throw new Error(`${where} names unknown author "${slug}"`);
  return author;
}

/**
 * The other authors of `entries` (newest first), oldest contribution first, without the blog's
 * own author.
 */
export function entryContributors(
  entries: readonly Pick<LiveEntry, 'authorSlug'>[],
  blogAuthor: string,
  authors: readonly AuthorProfile[],
): AuthorProfile[] {
  const slugs: string[] = [];
  for (const e of [...entries].reverse()) {
    if (e.authorSlug !== blogAuthor && !slugs.includes(e.authorSlug)) slugs.push(e.authorSlug);
  }
  return slugs.flatMap((slug) => findAuthor(authors, slug) ?? []);
}

/**
 * Page `page` (1-based) of the live blog at `/<section>/<slug>` as this viewer sees it at `now` (in
 * preview, draft and scheduled entries too); undefined when there is no such live blog for them, or
 * no such page (a plain article is not a live blog: its page is lib/content/article-page.ts's).
 */
export async function getLivePage(
  section: string,
  slug: string,
  page: number,
  { now = new Date(), preview = false }: RenderOptions = {},
): Promise<LivePage | undefined> {
  const found = getArticle(section, slug, now, { preview });
  if (!found || !isLiveBlog(found.article)) return undefined;
  const blog = found.article;
  const { author } = found;
  const options = publicationOptions(now, { preview });
  const visible = visibleEntries(blog.live, options);
  const layout = layoutEntries(visible);
  const shown = entriesOnPage(layout, page);
  if (!shown) return undefined;
  const first = page === 1;
  const summaryCode = first ? compiledSummary(blog.url) : '';
  if (summaryCode === undefined) return undefined;
  const authors = allAuthorProfiles();
  const entries = shown.map((entry): LivePageEntry => {
    const content = entryContent(entry.bodyFile, entry.sourceFile);
    return {
      entry,
      author: authorOf(authors, entry.authorSlug, `Entry "${entry.id}" of "${blog.url}"`),
      code: content.code,
      text: content.text,
      pinned: entry === layout.pinned && first,
      // Always defined: every entry shown is visible.
      location: entryLocation(blog.url, layout, entry.id) ?? blog.url,
    };
  });
  const all = allArticleSummaries();
  return {
    blog,
    author,
    contributors: entryContributors(visible, blog.authorSlug, authors),
    status: publicationStatus(blog, now),
    page,
    totalPages: layout.pages.length,
    path: listingPagePath(blog.url, page),
    entries,
    keyEvents: layout.keyEvents.map((e) => ({
      id: e.id,
      ...(e.title ? { title: e.title } : {}),
      publishedAt: e.publishedAt,
      location: entryLocation(blog.url, layout, e.id) ?? blog.url,
    })),
    modifiedAt: coverageModifiedAt(blog, visible),
    summaryCode,
    authorBioCode: compiledBio(author.slug) ?? '',
    embeds: [
      ...(first ? summaryEmbeds(blog.url) : []),
      ...entries.flatMap((e) => entryContent(e.entry.bodyFile, e.entry.sourceFile).embeds),
    ],
    heroPlaceholder: first ? await blurPlaceholder(blog.hero.src) : '',
    breadcrumb: articleBreadcrumb(blog),
    section: getSection(blog.section),
    neighbours: first ? selectSectionNeighbours(all, blog, options) : { previous: undefined, next: undefined },
    related: first ? selectRelated(all, blog, RELATED_COUNT, options) : [],
    authorNames: getAuthorNames(),
  };
}

/**
 * Where the entry `id` of the live blog at `/<section>/<slug>` is now for this viewer
 * (`/world/blog/page/3#entry-id`): what its permalink redirects to. Reads no body. Undefined when
 * there is no such live blog or visible entry.
 */
export function getLiveEntryLocation(
  section: string,
  slug: string,
  id: string,
  { now = new Date(), preview = false }: RenderOptions = {},
): string | undefined {
  const found = getArticle(section, slug, now, { preview });
  if (!found || !isLiveBlog(found.article)) return undefined;
  const blog = found.article;
  return entryLocation(blog.url, layoutEntries(visibleEntries(blog.live, publicationOptions(now, { preview }))), id);
}
