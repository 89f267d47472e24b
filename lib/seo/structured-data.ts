/**
 * JSON-LD for every page type, typed with schema-dts. Each page gets one `@graph` whose nodes have
 * stable `@id`s (the canonical URL plus a fragment), so the organisation, the website and people
 * are described once and referenced everywhere else.
 */
import type {
  BreadcrumbList,
  CollectionPage,
  Graph,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  ProfilePage,
  WebPage,
  WebSite,
} from 'schema-dts';
import type { ArticleSummary } from '../content/articles';
import type { AuthorProfile } from '../content/authors';
import type { Crumb } from '../content/breadcrumbs';
import { lastModified, zonedIsoFromString } from '../format/dates';
import { tagLabel } from '../format/text';
import { heroCropUrls } from '../media/hero-crops';
import { getSection } from '../config/sections';
import { absoluteUrl } from '../config/urls';
import { siteLogo } from './metadata';
import { siteConfig } from '../config/site-config';

/** The `@id` of every node that is referenced from more than one page. */
export const jsonLdIds = {
  organization: (): string => `${absoluteUrl('/')}#organization`,
  website: (): string => `${absoluteUrl('/')}#website`,
  logo: (): string => `${absoluteUrl('/')}#logo`,
  person: (authorPath: string): string => `${absoluteUrl(authorPath)}#person`,
  article: (path: string): string => `${absoluteUrl(path)}#article`,
  breadcrumb: (path: string): string => `${absoluteUrl(path)}#breadcrumb`,
  /** A page is identified by its canonical URL. */
  page: (path: string): string => absoluteUrl(path),
};

const ref = (id: string) => ({ '@id': id });

/** The newsroom as publisher: name, legal name and logo. */
export function organizationNode(): NewsMediaOrganization {
  const logo: ImageObject = {
    '@type': 'ImageObject',
    '@id': jsonLdIds.logo(),
    url: absoluteUrl(siteLogo.src),
    contentUrl: absoluteUrl(siteLogo.src),
    width: { '@type': 'QuantitativeValue', value: siteLogo.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: siteLogo.height, unitCode: 'E37' },
    caption: siteConfig.name,
  };
  return {
    '@type': 'NewsMediaOrganization',
    '@id': jsonLdIds.organization(),
    name: siteConfig.name,
    legalName: siteConfig.publisher,
    url: absoluteUrl('/'),
    logo,
    image: ref(jsonLdIds.logo()),
  };
}

/** The website, published by the organisation. */
export function websiteNode(): WebSite {
  return {
    '@type': 'WebSite',
    '@id': jsonLdIds.website(),
    url: absoluteUrl('/'),
    name: siteConfig.name,
    description: siteConfig.description,
    inLanguage: siteConfig.language,
    publisher: ref(jsonLdIds.organization()),
  };
}

/** The site-wide nodes every graph carries, so its references resolve within the page. */
function siteNodes(): [WebSite, NewsMediaOrganization] {
  return [websiteNode(), organizationNode()];
}

function graph(nodes: Graph['@graph']): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** A BreadcrumbList with the same names and links as the visible breadcrumb, positions 1..n. */
export function breadcrumbNode(pagePath: string, crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': jsonLdIds.breadcrumb(pagePath),
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href),
    })),
  };
}

/** A person as a byline: name and the URL of their page on the site. */
function personReference(author: AuthorProfile): { '@type': 'Person'; '@id': string; name: string; url: string } {
  return { '@type': 'Person', '@id': jsonLdIds.person(author.url), name: author.name, url: absoluteUrl(author.url) };
}

/**
 * An article page: NewsArticle (with three hero crops, dates with offsets, author, publisher),
 * its WebPage, the BreadcrumbList of the visible breadcrumb, and the site-wide nodes.
 */
export function articleGraph(article: ArticleSummary, author: AuthorProfile, crumbs: readonly Crumb[]): Graph {
  const url = absoluteUrl(article.url);
  const published = zonedIsoFromString(article.publishedAt);
  const modified = zonedIsoFromString(lastModified(article));
  const page: WebPage = {
    '@type': 'WebPage',
    '@id': jsonLdIds.page(article.url),
    url,
    name: article.title,
    description: article.standfirst,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    breadcrumb: ref(jsonLdIds.breadcrumb(article.url)),
    datePublished: published,
    dateModified: modified,
  };
  const newsArticle: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': jsonLdIds.article(article.url),
    url,
    headline: article.title,
    description: article.standfirst,
    image: heroCropUrls(article.hero.src),
    datePublished: published,
    dateModified: modified,
    author: [personReference(author)],
    publisher: ref(jsonLdIds.organization()),
    mainEntityOfPage: ref(jsonLdIds.page(article.url)),
    isPartOf: ref(jsonLdIds.website()),
    articleSection: getSection(article.section)?.name ?? article.section,
    keywords: article.tags.map(tagLabel),
    wordCount: article.wordCount,
    inLanguage: siteConfig.language,
    isAccessibleForFree: true,
  };
  return graph([newsArticle, page, breadcrumbNode(article.url, crumbs), ...siteNodes()]);
}

/** The home page: the WebSite and the NewsMediaOrganization. */
export function homeGraph(): Graph {
  return graph(siteNodes());
}

/** A listing page (a section or a tag): a CollectionPage. */
export function collectionGraph({
  path,
  name,
  description,
  breadcrumb,
}: {
  path: string;
  name: string;
  description: string;
  /** The visible breadcrumb, when the page shows one. */
  breadcrumb?: readonly Crumb[];
}): Graph {
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': jsonLdIds.page(path),
    url: absoluteUrl(path),
    name,
    description,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    ...(breadcrumb ? { breadcrumb: ref(jsonLdIds.breadcrumb(path)) } : {}),
  };
  return graph([page, ...(breadcrumb ? [breadcrumbNode(path, breadcrumb)] : []), ...siteNodes()]);
}

/** An author page: a ProfilePage whose main entity is the Person. */
export function profileGraph(author: AuthorProfile): Graph {
  const own = absoluteUrl(author.url);
  const sameAs = author.links.map((l) => absoluteUrl(l.url)).filter((u) => u !== own);
  const person: Person = {
    ...personReference(author),
    jobTitle: author.role,
    ...(author.avatar ? { image: absoluteUrl(author.avatar) } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    worksFor: ref(jsonLdIds.organization()),
  };
  const page: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': jsonLdIds.page(author.url),
    url: own,
    name: author.name,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    mainEntity: ref(jsonLdIds.person(author.url)),
  };
  return graph([page, person, ...siteNodes()]);
}

/**
 * The graph as the text of a `<script type="application/ld+json">`. `<`, `>` and `&` become
 * `\u003c`, `\u003e` and `\u0026` (still the same JSON), so no headline can close the script
 * element or open a comment; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: Graph): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
