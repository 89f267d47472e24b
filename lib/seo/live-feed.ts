/**
 * A live blog's own feeds (`/world/some-blog/feed.xml`, `atom.xml`, `feed.json`): RSS 2.0, Atom and
 * JSON Feed 1.1 of its entries, newest first, so a reader can follow the coverage update by update.
 * Each item is one entry: its id and link are the entry's permalink (`/world/some-blog/entries/<id>`,
 * which always finds the entry however far newer ones push it down the pages), so a feed reader
 * never shows an entry twice and its link never goes stale. Pure functions over the blog's summary
 * and pre-rendered entry HTML; the route handlers feed them through `lib/seo/feed-routes.ts`.
 */
import { Feed, type FeedOptions } from 'feed';
import { isPublished } from '../content/articles';
import type { AuthorProfile } from '../content/authors';
import { liveEntryTitle, visibleEntries, type LiveBlog, type LiveEntry } from '../content/live-blogs';
import { yearOf } from '../format/dates';
import { escapeHtmlText } from '../format/xml';
import { absoluteUrl, feedFormats, feedPath, homePath, liveEntryPermalinkPath, type FeedFormat } from '../config/urls';
import { siteConfig } from '../config/site-config';
import { FEED_MEDIA_TYPES, type JsonFeed } from './feeds';
import { siteLogo, type FeedLink } from './metadata';

/** How many of the newest entries a live blog's feed carries: as many as the site's feeds carry articles. */
export const LIVE_FEED_LIMIT = 50;

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

/**
 * The `<link rel="alternate">` entries for a live blog's three feeds, for its page's head (announced
 * before the site's and the section's, as the most specific). Named after the blog's headline, which
 * is the feeds' own title.
 */
export function liveFeedLinks(blog: Pick<LiveBlog, 'url' | 'title'>): FeedLink[] {
  return feedFormats.map((format) => ({
    type: FEED_MEDIA_TYPES[format],
    url: feedPath(blog.url, format),
    title: `${blog.title} (${FORMAT_NAMES[format]})`,
  }));
}

/**
 * The entries of a live blog's feed at `now`: the newest `limit` entries readers may see (never a
 * draft or an entry scheduled after `now`, whatever the environment), newest first by their time;
 * the pinned entry takes its place in time like any other, as a feed has no top of the page.
 * Nothing when the blog itself is not published at `now`.
 */
export function selectLiveFeedEntries(blog: LiveBlog, now: Date, limit: number = LIVE_FEED_LIMIT): LiveEntry[] {
  if (!isPublished(blog, { now })) return [];
  return visibleEntries(blog.live, { now }).slice(0, limit);
}

/** An entry ready for a feed: its author and its HTML. */
export type LiveFeedItem = {
  entry: LiveEntry;
  /** The entry's own author (who may not be the blog's). */
  author: AuthorProfile;
  /** The entry as HTML with absolute URLs (components/feed/feed-article.tsx). */
  html: string;
};

export type LiveFeedInput = {
  blog: LiveBlog;
  /** Newest first, at most LIVE_FEED_LIMIT (see `selectLiveFeedEntries`). */
  items: readonly LiveFeedItem[];
  /** When the feed is built; its copyright year. */
  now: Date;
};

/** The entry's lasting address, absolute: both its feed id and its link. */
function permalink(blog: LiveBlog, entry: LiveEntry): string {
  return absoluteUrl(liveEntryPermalinkPath(blog.url, entry.id));
}

/**
 * When the feed last changed: the newest change (`modifiedAt`: publication, update or correction) of
 * the entries it carries — an entry published or corrected is what a subscriber is told about. With
 * no entry yet, the blog's own last change.
 */
export function liveFeedUpdated({ blog, items }: Pick<LiveFeedInput, 'blog' | 'items'>): Date {
  if (items.length === 0) return new Date(blog.modifiedAt);
  return new Date(Math.max(...items.map(({ entry }) => Date.parse(entry.modifiedAt))));
}

function baseOptions(input: LiveFeedInput): FeedOptions {
  const { blog, now } = input;
  return {
    id: absoluteUrl(feedPath(blog.url, 'atom')),
    title: blog.title,
    description: blog.standfirst,
    link: absoluteUrl(blog.url),
    language: siteConfig.language,
    image: absoluteUrl(siteLogo.src),
    copyright: `© ${yearOf(now)} ${siteConfig.copyrightHolder}`,
    updated: liveFeedUpdated(input),
    generator: siteConfig.name,
    author: { name: siteConfig.name, link: absoluteUrl(homePath) },
    feedLinks: {
      rss: absoluteUrl(feedPath(blog.url, 'rss')),
      atom: absoluteUrl(feedPath(blog.url, 'atom')),
      json: absoluteUrl(feedPath(blog.url, 'json')),
    },
  };
}

/**
 * What an RSS and an Atom item say alike. No `id`: `feed` then uses the link (the permalink) as the
 * Atom id and as an RSS `guid` with `isPermaLink="true"`, which it is.
 */
function itemBasics(blog: LiveBlog, { entry, html }: LiveFeedItem) {
  return {
    // Feed readers treat these as HTML: escaping keeps "<" and "&" in a title literal.
    title: escapeHtmlText(liveEntryTitle(entry)),
    link: permalink(blog, entry),
    date: new Date(entry.modifiedAt),
    published: new Date(entry.publishedAt),
    content: html,
  };
}

/** RSS 2.0: each entry with content:encoded and dc:creator (RSS's `<author>` is for e-mail addresses). */
export function buildLiveRss(input: LiveFeedInput): string {
  const feed = new Feed(baseOptions(input));
  for (const item of input.items) {
    feed.addItem({
      ...itemBasics(input.blog, item),
      extensions: [{ name: 'dc:creator', objects: { _text: item.author.name } }],
    });
  }
  return feed.rss2();
}

/** Atom 1.0: each entry with its id, published and updated dates, author and full content. */
export function buildLiveAtom(input: LiveFeedInput): string {
  const feed = new Feed(baseOptions(input));
  for (const item of input.items) {
    feed.addItem({
      ...itemBasics(input.blog, item),
      author: [{ name: item.author.name, link: absoluteUrl(item.author.url) }],
    });
  }
  return feed.atom1();
}

/**
 * A live blog's JSON Feed 1.1 document: the site's JSON Feed, with items that carry no summary,
 * image or tags (an entry has none of its own) and `expired` once the coverage has ended — the
 * spec's word for a feed that will not be updated again.
 */
export type LiveJsonFeed = Omit<JsonFeed, 'items'> & {
  expired?: true;
  items: Omit<JsonFeed['items'][number], 'summary' | 'image' | 'tags'>[];
};

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), from the same inputs as the XML feeds. */
export function buildLiveJsonFeed({ blog, items }: LiveFeedInput): string {
  const doc: LiveJsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: blog.title,
    home_page_url: absoluteUrl(blog.url),
    feed_url: absoluteUrl(feedPath(blog.url, 'json')),
    description: blog.standfirst,
    icon: absoluteUrl(siteLogo.src),
    language: siteConfig.language,
    authors: [{ name: siteConfig.name, url: absoluteUrl(homePath) }],
    ...(blog.live.status === 'ended' ? { expired: true as const } : {}),
    items: items.map(({ entry, author, html }) => ({
      id: permalink(blog, entry),
      url: permalink(blog, entry),
      title: liveEntryTitle(entry),
      content_html: html,
      date_published: new Date(entry.publishedAt).toISOString(),
      date_modified: new Date(entry.modifiedAt).toISOString(),
      authors: [
        {
          name: author.name,
          url: absoluteUrl(author.url),
          ...(author.avatar ? { avatar: absoluteUrl(author.avatar) } : {}),
        },
      ],
      language: siteConfig.language,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

/** The live blog's feed in `format`. */
export function buildLiveFeed(input: LiveFeedInput, format: FeedFormat): string {
  switch (format) {
    case 'rss':
      return buildLiveRss(input);
    case 'atom':
      return buildLiveAtom(input);
    case 'json':
      return buildLiveJsonFeed(input);
  }
}
