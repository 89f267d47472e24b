/**
 * The head (metadata) and JSON-LD of each kind of page, from the same page data the page renders
 * (lib/content/article-page.ts, lib/content/listings.ts): a route's `generateMetadata` and its page
 * make one data call each and cannot describe different things.
 */
import type { Metadata } from 'next';
import type { Graph } from 'schema-dts';
import type { ArticlePage } from '../content/article-page';
import type { LivePage } from '../content/live-page';
import { pageSuffix, type ListingPageData } from '../content/listings';
import { laterPageDescription, scopeDescription, scopePagePath, scopePath, scopeTitle } from '../content/scopes';
import { lastModified, zonedIsoFromString } from '../format/dates';
import { tagLabel } from '../format/text';
import { heroCropPath, heroCropUrls, heroCrops } from '../media/hero-crops';
import type { CorrectionsLogPage } from '../content/corrections-log';
import { correctionsBreadcrumb } from '../content/breadcrumbs';
import type { StandingPageView } from '../content/standing-page-view';
import { mastheadPeople, type Masthead } from '../content/masthead';
import { MASTHEAD_DESCRIPTION, MASTHEAD_TITLE } from '../config/desks';
import { correctionsPagePath, correctionsPath, homePath, mastheadPath } from '../config/urls';
import { siteConfig } from '../config/site-config';
import { CORRECTIONS_DESCRIPTION, CORRECTIONS_TITLE, correctionsFeedLinks } from './corrections-feed';
import { feedLinks } from './feeds';
import { liveFeedLinks } from './live-feed';
import { generatedCard, pageMetadata, type SocialImage } from './metadata';
import {
  articleGraph,
  collectionGraph,
  liveBlogGraph,
  mastheadGraph,
  profileGraph,
  standingPageGraph,
} from './structured-data';

/** An article page's head: its hero crop as the preview image, `og:type` article, and `noindex` unless published. */
export function articleMetadata({ article, author, section, status }: ArticlePage): Metadata {
  return pageMetadata({
    title: article.title,
    description: article.standfirst,
    path: article.url,
    image: { url: heroCropPath(article.hero.src, '16x9'), ...heroCrops['16x9'], alt: article.hero.alt },
    article: {
      publishedTime: zonedIsoFromString(article.publishedAt),
      modifiedTime: zonedIsoFromString(lastModified(article)),
      section: section?.name ?? article.section,
      tags: article.tags.map(tagLabel),
      authors: [author.url],
    },
    feeds: [...feedLinks({ kind: 'site' }), ...(section ? feedLinks({ kind: 'section', section }) : [])],
    // Drafts and scheduled articles only render where editors look (development, preview): never
    // index them.
    indexable: status === 'published',
  });
}

/** An article page's JSON-LD: the NewsArticle, its WebPage and the breadcrumb it shows. */
export function articlePageGraph({ article, author, breadcrumb }: ArticlePage): Graph {
  return articleGraph(article, author, breadcrumb);
}

/**
 * A live blog's page's head, like an article's: its hero crop, `og:type` article with
 * `modifiedTime` the coverage's latest change, the blog's own feeds first, and `noindex` unless
 * published. Older pages (`/world/blog/page/2`) are pages of their own: canonical to themselves and
 * indexable, titled with their number.
 */
export function liveBlogMetadata({
  blog,
  author,
  contributors,
  section,
  status,
  page,
  path,
  modifiedAt,
}: LivePage): Metadata {
  return pageMetadata({
    title: `${blog.title}${pageSuffix(page)}`,
    description: blog.standfirst,
    path,
    image: { url: heroCropPath(blog.hero.src, '16x9'), ...heroCrops['16x9'], alt: blog.hero.alt },
    article: {
      publishedTime: zonedIsoFromString(blog.publishedAt),
      modifiedTime: zonedIsoFromString(modifiedAt),
      section: section?.name ?? blog.section,
      tags: blog.tags.map(tagLabel),
      authors: [author.url, ...contributors.map((c) => c.url)],
    },
    feeds: [
      ...liveFeedLinks(blog),
      ...feedLinks({ kind: 'site' }),
      ...(section ? feedLinks({ kind: 'section', section }) : []),
    ],
    indexable: status === 'published',
  });
}

/** A live blog's page's JSON-LD: the LiveBlogPosting with this page's entries, its WebPage and breadcrumb. */
export function livePageGraph({
  blog,
  author,
  contributors,
  breadcrumb,
  page,
  path,
  modifiedAt,
  entries,
}: LivePage): Graph {
  return liveBlogGraph({
    blog,
    authors: [author, ...contributors],
    crumbs: breadcrumb,
    pagePath: path,
    pageName: `${blog.title}${pageSuffix(page)}`,
    modifiedAt,
    updates: entries.map(({ entry, author: by, text, location }) => ({ entry, author: by, text, location })),
  });
}

/**
 * The link-preview image of a listing: a topic hub's hero (its 16:9 crop, as for articles) when the
 * tag's hub has one, otherwise the listing's generated card.
 */
function listingImage(scope: ListingPageData['scope']): SocialImage {
  const hero = scope.kind === 'tag' ? scope.hub?.hero : undefined;
  if (hero) return { url: heroCropPath(hero.src, '16x9'), ...heroCrops['16x9'], alt: hero.alt };
  return generatedCard(scopePath(scope), scopeTitle(scope));
}

/**
 * A listing page's head. The first page announces the listing's feeds; later pages say which page
 * of how many they are, and link previews show the listing's card (a topic hub's hero) on every page.
 * A tag with a topic hub takes its title and standfirst from the hub (lib/content/scopes.ts).
 */
export function listingMetadata({ scope, page }: ListingPageData): Metadata {
  const card = listingImage(scope);
  if (page.page > 1) {
    return pageMetadata({
      title: `${scopeTitle(scope)}${pageSuffix(page.page)}`,
      description: laterPageDescription(scope, page.page, page.totalPages),
      path: scopePagePath(scope, page.page),
      image: card,
    });
  }
  return pageMetadata({
    title: scopeTitle(scope),
    description: scopeDescription(scope),
    path: scopePath(scope),
    image: card,
    feeds: [...feedLinks(scope), ...feedLinks({ kind: 'site' })],
  });
}

/**
 * A listing page's JSON-LD, on its first page only: a CollectionPage for a section or a tag, a
 * ProfilePage for an author. A topic hub's CollectionPage carries its standfirst, its hero's crops
 * and, as `hasPart`, the pinned stories the page shows.
 */
export function listingGraph({ scope, page, hubFront }: ListingPageData): Graph | undefined {
  if (page.page > 1) return undefined;
  if (scope.kind === 'author') return profileGraph(scope.author);
  const hero = hubFront?.hub.hero;
  return collectionGraph({
    path: scopePath(scope),
    name: scopeTitle(scope),
    description: scopeDescription(scope),
    ...(hero ? { image: heroCropUrls(hero.src) } : {}),
    featured: hubFront?.pinned ?? [],
  });
}

/**
 * A page of the corrections log's head: the first announces its feeds; later pages say which page of
 * how many they are.
 */
export function correctionsMetadata({ page }: CorrectionsLogPage): Metadata {
  const image = generatedCard(homePath, siteConfig.name);
  if (page.page > 1) {
    return pageMetadata({
      title: `${CORRECTIONS_TITLE}${pageSuffix(page.page)}`,
      description: `Page ${page.page} of ${page.totalPages} of every correction ${siteConfig.name} has made, newest first.`,
      path: correctionsPagePath(page.page),
      image,
    });
  }
  return pageMetadata({
    title: CORRECTIONS_TITLE,
    description: CORRECTIONS_DESCRIPTION,
    path: correctionsPath,
    image,
    feeds: [...correctionsFeedLinks(), ...feedLinks({ kind: 'site' })],
  });
}

/** The corrections log's JSON-LD, on its first page only: a CollectionPage with its breadcrumb. */
export function correctionsGraph({ page }: CorrectionsLogPage): Graph | undefined {
  if (page.page > 1) return undefined;
  return collectionGraph({
    path: correctionsPath,
    name: CORRECTIONS_TITLE,
    description: CORRECTIONS_DESCRIPTION,
    breadcrumb: correctionsBreadcrumb(),
  });
}

/**
 * A standing page's head: its standfirst as the description, the site's card as the preview image,
 * and `noindex` for a draft (shown only in preview and `next dev`).
 */
export function standingPageMetadata({ page, status }: StandingPageView): Metadata {
  return pageMetadata({
    title: page.title,
    description: page.standfirst,
    path: page.url,
    image: generatedCard(homePath, siteConfig.name),
    indexable: status === 'published',
  });
}

/** The masthead's head: the site's card as the preview image. */
export function mastheadMetadata(): Metadata {
  return pageMetadata({
    title: MASTHEAD_TITLE,
    description: MASTHEAD_DESCRIPTION,
    path: mastheadPath,
    image: generatedCard(homePath, siteConfig.name),
  });
}

/** The masthead's JSON-LD: a CollectionPage listing its people, the breadcrumb, and the organisation in full. */
export function mastheadPageGraph(masthead: Masthead): Graph {
  return mastheadGraph(mastheadPeople(masthead), masthead.breadcrumb, masthead.present);
}

/** A standing page's JSON-LD: its AboutPage, ContactPage or WebPage, the breadcrumb, and the organisation in full. */
export function standingPagePageGraph({ page, breadcrumb, present }: StandingPageView): Graph {
  return standingPageGraph(page, breadcrumb, present);
}
