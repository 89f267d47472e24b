/**
 * The site's listings — a section, a tag, an author — and their pages. Routes call these for both
 * the page and its metadata, so the two never disagree, and every page of a listing (the first and
 * the later ones) draws on the same articles. Listings read summaries only, never bodies.
 */
import { cache } from 'react';
import { countTags, type ArticleSummary } from './articles';
import {
  allArticleSummaries,
  allAuthorProfiles,
  allTopicHubs,
  contentSnapshot,
  getAuthorBio,
  getAuthorBioSource,
  getAuthorNames,
  getPublishedArticles,
  getTopicHub,
  getTopicIntroduction,
  getTopicIntroductionSource,
} from './store';
import { laterPagesToPrerender, pageCount, paginate, parsePageParam, type Page } from './pagination';
import { inScope, scopePath, type ListingKind, type ListingScope, type Scope } from './scopes';
import { markTopicHubs, selectHubStories, splitHubStories, type TagIndexEntry, type TopicHub } from './topic-hubs';
import { listingScope, publicationOptions, tagsWithPages, type RenderOptions, type ViewOptions } from './visibility';
import { bodyEmbeds, type BodyEmbed } from '../mdx/embeds';
import { sections } from '../config/sections';
import { siteConfig } from '../config/site-config';

/** The scope's articles among `published`, in the order given (newest first). */
export function selectListing(published: readonly ArticleSummary[], scope: Scope): ArticleSummary[] {
  return published.filter((a) => inScope(a, scope));
}

/** The tag scope with its topic hub attached when it has one (lib/content/topic-hubs.ts). */
function withHub(scope: ListingScope): ListingScope {
  if (scope.kind !== 'tag') return scope;
  const hub = getTopicHub(scope.tag);
  return hub ? { ...scope, hub } : scope;
}

/**
 * What the scope's pages list for this viewer at `now`, newest first: its stories, except on a tag
 * with a hub, whose pinned stories are shown above the list and left out of it (see `selectHubStories`).
 */
function listedStories(scope: Scope, now: Date, view: ViewOptions): ArticleSummary[] {
  if (scope.kind === 'tag' && scope.hub) {
    return selectHubStories(scope.hub, allArticleSummaries(), publicationOptions(now, view)).listed;
  }
  return selectListing(getPublishedArticles(now, view), scope);
}

/**
 * The listing of `kind` named `name` (a section slug, a tag, an author slug) if it has a page for
 * this viewer at `now` (lib/content/visibility.ts), or undefined.
 */
export function findListing(kind: ListingKind, name: string, { now = new Date(), preview = false }: RenderOptions = {}): ListingScope | undefined {
  const scope = listingScope(kind, name, contentSnapshot(), publicationOptions(now, { preview }));
  return scope && withHub(scope);
}

/**
 * Page `page` of the scope's listing as this viewer sees it at `now`, or undefined past its last
 * page. In preview every page counts drafts and scheduled stories alike, so the pages of a listing
 * never disagree about what is in it.
 */
export function getListingPage(
  scope: Scope,
  page: number,
  now: Date = new Date(),
  view: ViewOptions = {},
): Page<ArticleSummary> | undefined {
  return paginate(listedStories(scope, now, view), page, siteConfig.listingPageSize);
}

/** Everything one page of a listing shows. */
export type ListingPageData = {
  scope: ListingScope;
  page: Page<ArticleSummary>;
  /** Author display names by slug, for the bylines on the cards. */
  authorNames: Readonly<Record<string, string>>;
  /** The author's compiled MDX bio: on the first page of an author's listing only. */
  bioCode: string | undefined;
  /** The topic hub's front: on the first page of a tag with a hub only (later pages show its title). */
  hubFront: HubFront | undefined;
  /** The `<Embed>`s of the bio or the hub's introduction this page shows: it loads the embed module only when there is one. */
  embeds: readonly BodyEmbed[];
};

/** What the first page of a tag with a hub shows above the list. */
export type HubFront = {
  hub: TopicHub;
  /** The pinned stories this viewer can see, in the editor's order (lib/content/topic-hubs.ts). */
  pinned: ArticleSummary[];
  /** The compiled MDX introduction; undefined when the hub has none. */
  introductionCode: string | undefined;
};

// Compiled once per request: the page and its metadata both load the listing.
const compiledBio = cache((slug: string) => getAuthorBio(slug));
const compiledIntroduction = cache((tag: string) => getTopicIntroduction(tag));

function hubFront(hub: TopicHub, now: Date, view: ViewOptions): HubFront {
  return {
    hub,
    pinned: selectHubStories(hub, allArticleSummaries(), publicationOptions(now, view)).pinned,
    introductionCode: compiledIntroduction(hub.tag),
  };
}

function pageData(scope: ListingScope, number: number, now: Date, view: ViewOptions): ListingPageData | undefined {
  const page = getListingPage(scope, number, now, view);
  if (!page) return undefined;
  const bioCode = scope.kind === 'author' && page.page === 1 ? compiledBio(scope.author.slug) : undefined;
  const front = scope.kind === 'tag' && scope.hub && page.page === 1 ? hubFront(scope.hub, now, view) : undefined;
  const shownBody =
    bioCode !== undefined && scope.kind === 'author'
      ? getAuthorBioSource(scope.author.slug)
      : front?.introductionCode !== undefined && scope.kind === 'tag'
        ? getTopicIntroductionSource(scope.tag)
        : undefined;
  const embeds = shownBody === undefined ? [] : bodyEmbeds(shownBody);
  return { scope, page, authorNames: getAuthorNames(), bioCode, hubFront: front, embeds };
}

/**
 * The first page of the listing of `kind` named `name` (`/world`, `/tags/climate`,
 * `/authors/priya-raman`), or undefined when it has no page for this viewer.
 */
export function getListing(kind: ListingKind, name: string, { now = new Date(), preview = false }: RenderOptions = {}): ListingPageData | undefined {
  const scope = findListing(kind, name, { now, preview });
  return scope ? pageData(scope, 1, now, { preview }) : undefined;
}

/** What `/<listing>/page/<param>` answers: a later page, or a redirect (page 1 has one address, the listing's own). */
export type LaterListingPage = { kind: 'page'; listing: ListingPageData } | { kind: 'redirect'; path: string };

/**
 * What `/<listing>/page/<param>` of the listing of `kind` named `name` is for this viewer, or
 * undefined when it names nothing (an unknown listing, a page past the last, `0`, `02`, `two`).
 */
export function getLaterListingPage(
  kind: ListingKind,
  name: string,
  param: string,
  { now = new Date(), preview = false }: RenderOptions = {},
): LaterListingPage | undefined {
  const scope = findListing(kind, name, { now, preview });
  if (!scope) return undefined;
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') return { kind: 'redirect', path: scopePath(scope) };
  if (parsed.kind === 'invalid') return undefined;
  const listing = pageData(scope, parsed.page, now, { preview });
  return listing ? { kind: 'page', listing } : undefined;
}

/** The later pages (2, 3, …) of the listing to prerender at build; the rest render on first request. */
export function listingPagesToPrerender(scope: Scope, published: readonly ArticleSummary[]): number[] {
  const stories = selectListing(published, scope);
  const listed = scope.kind === 'tag' && scope.hub ? splitHubStories(scope.hub, stories).listed : stories;
  const total = pageCount(listed.length, siteConfig.listingPageSize);
  return laterPagesToPrerender(total, siteConfig.prerenderListingPages);
}

/** The name of a listing in its address: the section slug, the tag, the author slug. */
function listingName(scope: ListingScope): string {
  switch (scope.kind) {
    case 'section':
      return scope.section.slug;
    case 'tag':
      return scope.tag;
    case 'author':
      return scope.author.slug;
  }
}

/** Every listing of `kind` that has a page for readers at `now`. */
function listingsOfKind(kind: ListingKind, now: Date): ListingScope[] {
  switch (kind) {
    case 'section':
      return sections.map((section) => ({ kind: 'section', section }));
    case 'tag':
      return tagsWithPages(contentSnapshot().articles, publicationOptions(now)).map((tag) => withHub({ kind: 'tag', tag }));
    case 'author':
      return allAuthorProfiles().map((author) => ({ kind: 'author', author }));
  }
}

/**
 * The later pages of every listing of `kind` to prerender at build, as the listing's name and the
 * page number of their address (`/tags/<name>/page/<page>`).
 */
export function laterListingPagesToPrerender(kind: ListingKind, now: Date = new Date()): { name: string; page: string }[] {
  const published = getPublishedArticles(now);
  return listingsOfKind(kind, now).flatMap((scope) =>
    listingPagesToPrerender(scope, published).map((n) => ({ name: listingName(scope), page: String(n) })),
  );
}

/** " (page 2)" for page titles past the first; nothing on the first. */
export function pageSuffix(page: number): string {
  return page > 1 ? ` (page ${page})` : '';
}

/**
 * The topics index (`/tags`): every tag readers can open at `now`, alphabetically, with its number of
 * stories and, for a tag with a topic hub, the hub's title and standfirst.
 */
export function getTagIndex(now: Date = new Date()): TagIndexEntry[] {
  return markTopicHubs(countTags(getPublishedArticles(now)), allTopicHubs());
}
