/**
 * JSON-LD for every page type, typed with schema-dts. Each page gets one `@graph` whose nodes have
 * stable `@id`s (the canonical URL plus a fragment), so the organisation, the website and people
 * are described once and referenced everywhere else.
 */
import type {
  AboutPage,
  BlogPosting,
  BreadcrumbList,
  CollectionPage,
  ContactPage,
  ContactPoint,
  Graph,
  ImageObject,
  Language,
  LiveBlogPosting,
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
import { liveEntryTitle, type LiveBlog, type LiveEntry } from '../content/live-blogs';
import { MAX_ENTRY_TITLE_LENGTH } from '../content/schema';
import type { StandingPage, StandingPagesPresent } from '../content/standing-pages';
import { lastModified, zonedIsoFromString } from '../format/dates';
import { tagLabel } from '../format/text';
import { languageName } from '../format/languages';
import { MASTHEAD_DESCRIPTION, MASTHEAD_TITLE } from '../config/desks';
import { heroCropUrls } from '../media/hero-crops';
import { getSection } from '../config/sections';
import { ABOUT_PAGE_SLUG, absoluteUrl, liveEntryPermalinkPath, mastheadPath, standingPagePath } from '../config/urls';
import {
  CONTACT_PAGE_SLUG,
  newsroomContacts,
  organizationProfiles,
  POLICY_PROPERTIES,
  policyPages,
  type PolicyProperty,
} from '../config/standing-pages';
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

/** The organisation's policy properties, masthead, contact points and profiles (schema.org names). */
export type OrganizationStanding = Partial<Record<PolicyProperty | 'masthead', string>> & {
  contactPoint?: ContactPoint[];
  sameAs?: string[];
};

/**
 * What the organisation says about its standards, from what exists: each policy property of
 * lib/config/standing-pages.ts whose page is published, the masthead when the site has authors, the
 * contact points when the contact page is published (their `url` is that page), and its profiles
 * elsewhere. A property never points at a page readers cannot open.
 */
export function organizationStanding(present: StandingPagesPresent): OrganizationStanding {
  const standing: OrganizationStanding = {};
  for (const property of POLICY_PROPERTIES) {
    const slug = policyPages[property];
    if (present.pages.has(slug)) standing[property] = absoluteUrl(standingPagePath(slug));
  }
  if (present.masthead) standing.masthead = absoluteUrl(mastheadPath);
  if (present.pages.has(CONTACT_PAGE_SLUG)) {
    const url = absoluteUrl(standingPagePath(CONTACT_PAGE_SLUG));
    standing.contactPoint = newsroomContacts.map(({ contactType, email }) => ({
      '@type': 'ContactPoint',
      contactType,
      email,
      url,
    }));
  }
  if (organizationProfiles.length > 0) standing.sameAs = [...organizationProfiles];
  return standing;
}

/**
 * The newsroom as publisher: name, legal name and logo — on every page, so each page's references
 * resolve within it. With `present` (the front page and the standing pages), also its standards
 * (`organizationStanding`): the full description lives on those pages, and every other page's node
 * shares its `@id`.
 */
export function organizationNode(present?: StandingPagesPresent): NewsMediaOrganization {
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
    ...(present ? organizationStanding(present) : {}),
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

/** The site-wide nodes every graph carries, so its references resolve within the page; `present` as for `organizationNode`. */
function siteNodes(present?: StandingPagesPresent): [WebSite, NewsMediaOrganization] {
  return [websiteNode(), organizationNode(present)];
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
function personReference(author: AuthorProfile): {
  '@type': 'Person';
  '@id': string;
  name: string;
  url: string;
  jobTitle: string;
} {
  return {
    '@type': 'Person',
    '@id': jsonLdIds.person(author.url),
    name: author.name,
    url: absoluteUrl(author.url),
    jobTitle: author.role,
  };
}

/** The WebPage of an article (or of one page of a live blog, at `pagePath`): the page the story is the main entity of. */
function articleWebPage(
  article: ArticleSummary,
  pagePath: string,
  name: string,
  published: string,
  modified: string,
): WebPage {
  return {
    '@type': 'WebPage',
    '@id': jsonLdIds.page(pagePath),
    url: absoluteUrl(pagePath),
    name,
    description: article.standfirst,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    breadcrumb: ref(jsonLdIds.breadcrumb(pagePath)),
    datePublished: published,
    dateModified: modified,
  };
}

/**
 * What a NewsArticle and a LiveBlogPosting say alike: headline, description, the hero's three crops,
 * dates with offsets, authors, publisher, section, keywords, the WebPage it is the main entity of.
 */
function storyProperties(
  article: ArticleSummary,
  authors: readonly AuthorProfile[],
  pagePath: string,
  published: string,
  modified: string,
) {
  return {
    '@id': jsonLdIds.article(article.url),
    url: absoluteUrl(article.url),
    headline: article.title,
    description: article.standfirst,
    image: heroCropUrls(article.hero.src),
    datePublished: published,
    dateModified: modified,
    author: authors.map(personReference),
    publisher: ref(jsonLdIds.organization()),
    mainEntityOfPage: ref(jsonLdIds.page(pagePath)),
    isPartOf: ref(jsonLdIds.website()),
    articleSection: getSection(article.section)?.name ?? article.section,
    keywords: article.tags.map(tagLabel),
    inLanguage: siteConfig.language,
    isAccessibleForFree: true,
  } as const;
}

/**
 * An article page: NewsArticle (with three hero crops, dates with offsets, author, publisher),
 * its WebPage, the BreadcrumbList of the visible breadcrumb, and the site-wide nodes.
 */
export function articleGraph(article: ArticleSummary, author: AuthorProfile, crumbs: readonly Crumb[]): Graph {
  const published = zonedIsoFromString(article.publishedAt);
  const modified = zonedIsoFromString(lastModified(article));
  const page = articleWebPage(article, article.url, article.title, published, modified);
  const newsArticle: NewsArticle = {
    '@type': 'NewsArticle',
    ...storyProperties(article, [author], article.url, published, modified),
    wordCount: article.wordCount,
  };
  return graph([newsArticle, page, breadcrumbNode(article.url, crumbs), ...siteNodes()]);
}

/** One entry of a live blog, as its `liveBlogUpdate` describes it. */
export type LiveBlogUpdateInput = {
  entry: Pick<LiveEntry, 'id' | 'title' | 'publishedAt' | 'modifiedAt'>;
  author: AuthorProfile;
  /** The words a reader gets from its body (lib/mdx/reader-text.ts). */
  text: string;
  /** Where the entry is now: `/world/blog/page/2#entry-id`. */
  location: string;
};

/**
 * An entry's `headline`: its title, or else the start of its text cut at a word to at most
 * `max` characters with "…" (a headline is at most MAX_ENTRY_TITLE_LENGTH, like a title), or else
 * "Update at 14:32 EST".
 */
export function liveEntryHeadline(
  entry: Pick<LiveEntry, 'title' | 'publishedAt'>,
  text: string,
  max: number = MAX_ENTRY_TITLE_LENGTH,
): string {
  if (entry.title) return entry.title;
  const words = text.trim();
  if (words === '') return liveEntryTitle(entry);
  if (words.length <= max) return words;
  const cut = words.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A single word longer than a headline is cut where it must be.
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

/** One update of a live blog: a BlogPosting identified by the entry's lasting permalink. */
function liveBlogUpdate(blogUrl: string, { entry, author, text, location }: LiveBlogUpdateInput): BlogPosting {
  return {
    '@type': 'BlogPosting',
    '@id': absoluteUrl(liveEntryPermalinkPath(blogUrl, entry.id)),
    url: absoluteUrl(location),
    headline: liveEntryHeadline(entry, text),
    datePublished: zonedIsoFromString(entry.publishedAt),
    dateModified: zonedIsoFromString(entry.modifiedAt),
    author: personReference(author),
    articleBody: text,
    inLanguage: siteConfig.language,
  };
}

/**
 * A page of a live blog (`/world/blog`, `/world/blog/page/2`): a LiveBlogPosting in place of the
 * NewsArticle (the same properties; `dateModified` the coverage's latest change; the coverage's
 * start, and its end once over; the entries of this page as `liveBlogUpdate`s, in page order), the
 * WebPage of this page, the BreadcrumbList of the visible breadcrumb, and the site-wide nodes.
 */
export function liveBlogGraph({
  blog,
  authors,
  crumbs,
  pagePath,
  pageName,
  modifiedAt,
  updates,
}: {
  blog: LiveBlog;
  /** The blog's author first, then the entries' other authors. */
  authors: readonly AuthorProfile[];
  crumbs: readonly Crumb[];
  /** This page's address: the blog's own, or `/world/blog/page/<n>`. */
  pagePath: string;
  /** This page's name: the headline, with "(page n)" on later pages. */
  pageName: string;
  /** The coverage's latest change: the blog's or any visible entry's `modifiedAt` (`coverageModifiedAt`). */
  modifiedAt: string;
  /** The entries this page shows, in its order. */
  updates: readonly LiveBlogUpdateInput[];
}): Graph {
  const published = zonedIsoFromString(blog.publishedAt);
  const modified = zonedIsoFromString(modifiedAt);
  const page = articleWebPage(blog, pagePath, pageName, published, modified);
  const endedAt = blog.live.status === 'ended' ? blog.live.endedAt : undefined;
  const posting: LiveBlogPosting = {
    '@type': 'LiveBlogPosting',
    ...storyProperties(blog, authors, pagePath, published, modified),
    coverageStartTime: published,
    ...(endedAt ? { coverageEndTime: zonedIsoFromString(endedAt) } : {}),
    liveBlogUpdate: updates.map((u) => liveBlogUpdate(blog.url, u)),
  };
  return graph([posting, page, breadcrumbNode(pagePath, crumbs), ...siteNodes()]);
}

/** The home page: the WebSite and the NewsMediaOrganization, with its standards when `present` is given. */
export function homeGraph(present?: StandingPagesPresent): Graph {
  return graph(siteNodes(present));
}

/**
 * A standing page: an AboutPage (the about page), a ContactPage (the contact page) or a WebPage
 * (a policy), about the organisation and published by it, with the breadcrumb it shows and the
 * organisation's full node (`organizationNode(present)`).
 */
export function standingPageGraph(
  page: Pick<StandingPage, 'slug' | 'url' | 'title' | 'standfirst' | 'updatedAt'>,
  crumbs: readonly Crumb[],
  present: StandingPagesPresent,
): Graph {
  const common = {
    '@id': jsonLdIds.page(page.url),
    url: absoluteUrl(page.url),
    name: page.title,
    description: page.standfirst,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    breadcrumb: ref(jsonLdIds.breadcrumb(page.url)),
    dateModified: zonedIsoFromString(page.updatedAt),
    about: ref(jsonLdIds.organization()),
    publisher: ref(jsonLdIds.organization()),
  };
  const node: AboutPage | ContactPage | WebPage =
    page.slug === ABOUT_PAGE_SLUG
      ? { '@type': 'AboutPage', ...common }
      : page.slug === CONTACT_PAGE_SLUG
        ? { '@type': 'ContactPage', ...common }
        : { '@type': 'WebPage', ...common };
  return graph([node, breadcrumbNode(page.url, crumbs), ...siteNodes(present)]);
}

/** A listing page (a section or a tag): a CollectionPage. */
export function collectionGraph({
  path,
  name,
  description,
  breadcrumb,
  image,
  featured = [],
}: {
  path: string;
  name: string;
  description: string;
  /** The visible breadcrumb, when the page shows one. */
  breadcrumb?: readonly Crumb[];
  /** Absolute URLs of the page's main image (a topic hub's hero crops). */
  image?: readonly string[];
  /**
   * Stories the page shows first (a topic hub's pinned stories): its `hasPart`, each the NewsArticle
   * of its own page (same `@id`), in the page's order.
   */
  featured?: readonly Pick<ArticleSummary, 'url' | 'title'>[];
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
    ...(image && image.length > 0 ? { image: [...image] } : {}),
    ...(featured.length > 0
      ? {
          hasPart: featured.map((story): NewsArticle => ({
            '@type': 'NewsArticle',
            '@id': jsonLdIds.article(story.url),
            url: absoluteUrl(story.url),
            headline: story.title,
          })),
        }
      : {}),
  };
  return graph([page, ...(breadcrumb ? [breadcrumbNode(path, breadcrumb)] : []), ...siteNodes()]);
}

/** An author page: a ProfilePage whose main entity is the Person. */
export function profileGraph(author: AuthorProfile): Graph {
  const own = absoluteUrl(author.url);
  const sameAs = externalProfiles(author);
  const knowsLanguage: Language[] = author.languages.flatMap((code) => {
    const name = languageName(code);
    return name ? [{ '@type': 'Language', name, alternateName: code }] : [];
  });
  const person: Person = {
    ...personReference(author),
    description: author.summary,
    ...(author.avatar ? { image: absoluteUrl(author.avatar) } : {}),
    ...(author.covers.length > 0 ? { knowsAbout: [...author.covers] } : {}),
    ...(knowsLanguage.length > 0 ? { knowsLanguage } : {}),
    ...(author.email ? { email: author.email } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    worksFor: ref(jsonLdIds.organization()),
    mainEntityOfPage: ref(jsonLdIds.page(author.url)),
  };
  const page: ProfilePage = {
    '@type': 'ProfilePage',
    '@id': jsonLdIds.page(author.url),
    url: own,
    name: author.name,
    description: author.summary,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    mainEntity: ref(jsonLdIds.person(author.url)),
  };
  return graph([page, person, ...siteNodes()]);
}

/**
 * The author's profiles on other sites: the `https://` addresses among their links, in their order.
 * Pages of this site (their own page, a relative link) and `mailto:` links are not profiles.
 */
export function externalProfiles(author: Pick<AuthorProfile, 'links'>): string[] {
  const site = new URL(absoluteUrl('/')).host;
  return author.links.flatMap(({ url }) => {
    if (!/^https:\/\//i.test(url)) return [];
    const parsed = URL.parse(url);
    return parsed && parsed.host !== site ? [parsed.href] : [];
  });
}

/**
 * The masthead: a CollectionPage about the organisation whose main entity is the list of its people
 * in the masthead's order (each a reference to the Person of their own page, with their job title),
 * with the breadcrumb it shows. The organisation is described in full, as on the standing pages.
 */
export function mastheadGraph(
  people: readonly AuthorProfile[],
  crumbs: readonly Crumb[],
  present?: StandingPagesPresent,
): Graph {
  const page: CollectionPage = {
    '@type': 'CollectionPage',
    '@id': jsonLdIds.page(mastheadPath),
    url: absoluteUrl(mastheadPath),
    name: `${MASTHEAD_TITLE} of ${siteConfig.name}`,
    description: MASTHEAD_DESCRIPTION,
    inLanguage: siteConfig.language,
    isPartOf: ref(jsonLdIds.website()),
    about: ref(jsonLdIds.organization()),
    breadcrumb: ref(jsonLdIds.breadcrumb(mastheadPath)),
    mainEntity: {
      '@type': 'ItemList',
      '@id': `${absoluteUrl(mastheadPath)}#people`,
      numberOfItems: people.length,
      itemListElement: people.map((person, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: { ...personReference(person), worksFor: ref(jsonLdIds.organization()) },
      })),
    },
  };
  return graph([page, breadcrumbNode(mastheadPath, crumbs), ...siteNodes(present)]);
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
