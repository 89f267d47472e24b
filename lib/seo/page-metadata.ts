/**
 * The head (metadata) and JSON-LD of each kind of page, from the same page data the page renders
 * (lib/content/article-page.ts, lib/content/listings.ts): a route's `generateMetadata` and its page
 * make one data call each and cannot describe different things.
 */
import type { Metadata } from 'next';
import type { Graph } from 'schema-dts';
import type { ArticlePage } from '../content/article-page';
import { pageSuffix, type ListingPageData } from '../content/listings';
import { laterPageDescription, scopeDescription, scopePagePath, scopePath, scopeTitle } from '../content/scopes';
import { lastModified, zonedIsoFromString } from '../format/dates';
import { tagLabel } from '../format/text';
import { heroCropPath, heroCrops } from '../media/hero-crops';
import type { CorrectionsLogPage } from '../content/corrections-log';
import { correctionsBreadcrumb } from '../content/breadcrumbs';
import { correctionsPagePath, correctionsPath, homePath } from '../config/urls';
import { siteConfig } from '../config/site-config';
import { CORRECTIONS_DESCRIPTION, CORRECTIONS_TITLE, correctionsFeedLinks } from './corrections-feed';
import { feedLinks } from './feeds';
import { generatedCard, pageMetadata } from './metadata';
import { articleGraph, collectionGraph, profileGraph } from './structured-data';

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
 * A listing page's head. The first page announces the listing's feeds; later pages say which page
 * of how many they are, and link previews show the listing's card on every page.
 */
export function listingMetadata({ scope, page }: ListingPageData): Metadata {
  const card = generatedCard(scopePath(scope), scopeTitle(scope));
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
 * ProfilePage for an author.
 */
export function listingGraph({ scope, page }: ListingPageData): Graph | undefined {
  if (page.page > 1) return undefined;
  if (scope.kind === 'author') return profileGraph(scope.author);
  return collectionGraph({ path: scopePath(scope), name: scopeTitle(scope), description: scopeDescription(scope) });
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
