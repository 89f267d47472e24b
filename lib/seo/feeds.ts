/**
 * RSS 2.0, Atom and JSON Feed 1.1 for the whole site, a section, a tag or an author. Pure functions
 * over article summaries and pre-rendered article HTML, so they are unit-tested with fixtures; the
 * route handlers feed them through `lib/seo/feed-routes.ts`.
 */
import { Feed, type Category, type Extension, type FeedOptions } from 'feed';
import { selectPublished, type ArticleSummary } from '../content/articles';
import type { AuthorProfile } from '../content/authors';
import { lastModified } from '../format/dates';
import { yearOf } from '../format/dates';
import { tagLabel } from '../format/text';
import { inScope, scopeDescription, scopeFeedPath, scopePath, type Scope } from '../content/scopes';
import { getSection } from '../config/sections';
import {
  absoluteUrl,
  feedFormats,
  homePath,
  sectionPath,
  tagIndexPath,
  tagPath,
  type FeedFormat,
} from '../config/urls';
import { siteLogo, type FeedLink } from './metadata';
import { siteConfig } from '../config/site-config';
import { escapeHtmlText, escapeXml } from '../format/xml';

/** How many of the newest articles a feed carries. */
export const FEED_LIMIT = 50;

/** The media type each format is served and announced with. */
export const FEED_MEDIA_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const satisfies Record<FeedFormat, FeedLink['type']>;

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/** The feed's title as a reader's subscription list shows it. */
export function feedTitle(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return siteConfig.name;
    case 'section':
      return `${siteConfig.name}: ${scope.section.name}`;
    case 'tag':
      return scope.hub
        ? `${siteConfig.name}: ${scope.hub.title}`
        : `${siteConfig.name}: stories about ${tagLabel(scope.tag)}`;
    case 'author':
      return `${siteConfig.name}: ${scope.author.name}`;
  }
}

/** The `<link rel="alternate">` entries for the scope's three feeds. */
export function feedLinks(scope: Scope): FeedLink[] {
  return feedFormats.map((format) => ({
    type: FEED_MEDIA_TYPES[format],
    url: scopeFeedPath(scope, format),
    title: `${feedTitle(scope)} (${FORMAT_NAMES[format]})`,
  }));
}

/**
 * The articles of a feed at `now`: the newest `limit` published articles in the scope. Drafts and
 * articles scheduled after `now` never reach a feed, whatever the environment.
 */
export function selectFeedArticles(
  articles: readonly ArticleSummary[],
  scope: Scope,
  now: Date,
  limit: number = FEED_LIMIT,
): ArticleSummary[] {
  return selectPublished(articles, { now })
    .filter((a) => inScope(a, scope))
    .slice(0, limit);
}

/** An article ready for a feed: its author, its full HTML and its hero's size in bytes. */
export type FeedEntry = {
  article: ArticleSummary;
  author: AuthorProfile;
  /** The article as HTML with absolute URLs: the hero figure and the body. */
  html: string;
  /** Size of the hero file, for the RSS enclosure's `length`. */
  heroBytes: number;
};

export type FeedInput = {
  scope: Scope;
  /** Newest first, at most FEED_LIMIT. */
  entries: readonly FeedEntry[];
  /** When the feed is built; its `updated` date when it has no entries. */
  now: Date;
};

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The media type of an image file from its extension. */
export function imageMediaType(src: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(src)?.[1]?.toLowerCase() ?? '';
  return IMAGE_TYPES[ext] ?? 'application/octet-stream';
}

function newestChange(entries: readonly FeedEntry[], now: Date): Date {
  const times = entries.map((e) => Date.parse(lastModified(e.article)));
  return times.length > 0 ? new Date(Math.max(...times)) : now;
}

function sectionName(article: ArticleSummary): string {
  return getSection(article.section)?.name ?? article.section;
}

function baseOptions({ scope, entries, now }: FeedInput): FeedOptions {
  return {
    id: absoluteUrl(scopeFeedPath(scope, 'atom')),
    title: feedTitle(scope),
    description: scopeDescription(scope),
    link: absoluteUrl(scopePath(scope)),
    language: siteConfig.language,
    image: absoluteUrl(siteLogo.src),
    copyright: `© ${yearOf(now)} ${siteConfig.copyrightHolder}`,
    updated: newestChange(entries, now),
    generator: siteConfig.name,
    author: { name: siteConfig.name, link: absoluteUrl(homePath) },
    feedLinks: {
      rss: absoluteUrl(scopeFeedPath(scope, 'rss')),
      atom: absoluteUrl(scopeFeedPath(scope, 'atom')),
      json: absoluteUrl(scopeFeedPath(scope, 'json')),
    },
  };
}

/** What an RSS and an Atom item say alike: headline, link, dates, summary and the full article. */
function itemBasics(article: ArticleSummary, html: string) {
  return {
    // Feed readers treat these as HTML: escaping keeps "<" and "&" in a headline literal.
    title: escapeHtmlText(article.title),
    link: absoluteUrl(article.url),
    date: new Date(lastModified(article)),
    published: new Date(article.publishedAt),
    description: escapeHtmlText(article.standfirst),
    content: html,
  };
}

/** RSS 2.0 with content:encoded, dc:creator, categories, the hero as enclosure and media:content. */
export function buildRss(input: FeedInput): string {
  const feed = new Feed(baseOptions(input));
  for (const { article, author, html, heroBytes } of input.entries) {
    const heroUrl = absoluteUrl(article.hero.src);
    const categories: Category[] = [
      { name: sectionName(article), domain: absoluteUrl(sectionPath(article.section)) },
      ...article.tags.map((tag) => ({ name: tagLabel(tag), domain: absoluteUrl(tagPath(tag)) })),
    ];
    // `feed` copies extension attributes verbatim, so they are escaped here; element text it escapes itself.
    const media: Extension = {
      name: 'media:content',
      objects: {
        _attributes: {
          'xmlns:media': 'http://search.yahoo.com/mrss/',
          url: escapeXml(heroUrl),
          type: imageMediaType(article.hero.src),
          medium: 'image',
          width: article.hero.width,
          height: article.hero.height,
        },
        'media:description': { _attributes: { type: 'plain' }, _text: article.hero.alt },
        ...(article.hero.credit ? { 'media:credit': { _text: article.hero.credit } } : {}),
      },
    };
    feed.addItem({
      ...itemBasics(article, html),
      category: categories,
      enclosure: { url: heroUrl, type: imageMediaType(article.hero.src), length: heroBytes },
      extensions: [{ name: 'dc:creator', objects: { _text: author.name } }, media],
    });
  }
  return feed.rss2();
}

/** Atom 1.0 with summary, full content, authors and categories (term + scheme). */
export function buildAtom(input: FeedInput): string {
  const feed = new Feed(baseOptions(input));
  for (const { article, author, html } of input.entries) {
    feed.addItem({
      ...itemBasics(article, html),
      author: [{ name: author.name, link: absoluteUrl(author.url) }],
      category: [
        { name: sectionName(article), term: article.section, scheme: absoluteUrl(homePath) },
        ...article.tags.map((tag) => ({ name: tagLabel(tag), term: tag, scheme: absoluteUrl(`${tagIndexPath}/`) })),
      ],
    });
  }
  return feed.atom1();
}

type JsonFeedAuthor = { name: string; url: string; avatar?: string };

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  icon: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    image: string;
    date_published: string;
    date_modified: string;
    authors: JsonFeedAuthor[];
    tags: string[];
    language: string;
  }[];
};

/**
 * JSON Feed 1.1. `feed` writes version 1 (a singular `author`, no `language`), so this one is a
 * typed object serialised with JSON.stringify, from the same inputs as the XML feeds.
 */
export function buildJsonFeed({ scope, entries }: FeedInput): string {
  const doc: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(scope),
    home_page_url: absoluteUrl(scopePath(scope)),
    feed_url: absoluteUrl(scopeFeedPath(scope, 'json')),
    description: scopeDescription(scope),
    icon: absoluteUrl(siteLogo.src),
    language: siteConfig.language,
    authors: [{ name: siteConfig.name, url: absoluteUrl(homePath) }],
    items: entries.map(({ article, author, html }) => ({
      id: absoluteUrl(article.url),
      url: absoluteUrl(article.url),
      title: article.title,
      summary: article.standfirst,
      content_html: html,
      image: absoluteUrl(article.hero.src),
      date_published: new Date(article.publishedAt).toISOString(),
      date_modified: new Date(lastModified(article)).toISOString(),
      authors: [
        {
          name: author.name,
          url: absoluteUrl(author.url),
          ...(author.avatar ? { avatar: absoluteUrl(author.avatar) } : {}),
        },
      ],
      tags: [sectionName(article), ...article.tags.map(tagLabel)],
      language: siteConfig.language,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

/** The feed in `format`. */
export function buildFeed(input: FeedInput, format: FeedFormat): string {
  switch (format) {
    case 'rss':
      return buildRss(input);
    case 'atom':
      return buildAtom(input);
    case 'json':
      return buildJsonFeed(input);
  }
}
