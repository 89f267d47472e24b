/**
 * The corrections log's feeds (`/corrections/feed.xml`, `atom.xml`, `feed.json`): RSS 2.0, Atom and
 * JSON Feed 1.1, one item per correction, newest first, each linking to the correction on its
 * article's page and dated by the correction. Pure functions over the log's entries
 * (lib/content/corrections-log.ts).
 */
import { Feed, type FeedOptions } from 'feed';
import type { CorrectionLogEntry } from '../content/corrections-log';
import { yearOf } from '../format/dates';
import { escapeHtmlText } from '../format/xml';
import {
  absoluteUrl,
  correctionsFeedPath,
  correctionsPath,
  feedFormats,
  homePath,
  type FeedFormat,
} from '../config/urls';
import { siteConfig } from '../config/site-config';
import { FEED_MEDIA_TYPES, type JsonFeed } from './feeds';
import { siteLogo, type FeedLink } from './metadata';

/** How many of the newest corrections the feeds carry. */
export const CORRECTIONS_FEED_LIMIT = 50;

/** The corrections log's title, on its page and its feeds. */
export const CORRECTIONS_TITLE = 'Corrections';

/** What the corrections log is, on its page and its feeds. */
export const CORRECTIONS_DESCRIPTION = `Every correction ${siteConfig.name} has made to its stories, newest first.`;

const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

function feedTitle(): string {
  return `${siteConfig.name}: ${CORRECTIONS_TITLE.toLowerCase()}`;
}

/** The `<link rel="alternate">` entries for the corrections log's three feeds. */
export function correctionsFeedLinks(): FeedLink[] {
  return feedFormats.map((format) => ({
    type: FEED_MEDIA_TYPES[format],
    url: correctionsFeedPath(format),
    title: `${feedTitle()} (${FORMAT_NAMES[format]})`,
  }));
}

export type CorrectionsFeedInput = {
  /** Newest first, at most CORRECTIONS_FEED_LIMIT. */
  entries: readonly CorrectionLogEntry[];
  /** When the feed is built; its `updated` date when it has no entries. */
  now: Date;
};

function itemTitle(entry: CorrectionLogEntry): string {
  return `Correction: ${entry.headline}`;
}

function baseOptions({ entries, now }: CorrectionsFeedInput): FeedOptions {
  const newest = entries[0];
  return {
    id: absoluteUrl(correctionsFeedPath('atom')),
    title: feedTitle(),
    description: CORRECTIONS_DESCRIPTION,
    link: absoluteUrl(correctionsPath),
    language: siteConfig.language,
    image: absoluteUrl(siteLogo.src),
    copyright: `© ${yearOf(now)} ${siteConfig.copyrightHolder}`,
    updated: newest ? new Date(newest.date) : now,
    generator: siteConfig.name,
    author: { name: siteConfig.name, link: absoluteUrl(homePath) },
    feedLinks: {
      rss: absoluteUrl(correctionsFeedPath('rss')),
      atom: absoluteUrl(correctionsFeedPath('atom')),
      json: absoluteUrl(correctionsFeedPath('json')),
    },
  };
}

function xmlFeed(input: CorrectionsFeedInput): Feed {
  const feed = new Feed(baseOptions(input));
  for (const entry of input.entries) {
    const date = new Date(entry.date);
    feed.addItem({
      // Feed readers treat these as HTML: escaping keeps "<" and "&" literal.
      title: escapeHtmlText(itemTitle(entry)),
      id: absoluteUrl(entry.href),
      link: absoluteUrl(entry.href),
      date,
      published: date,
      description: escapeHtmlText(entry.text),
      content: `<p>${escapeHtmlText(entry.text)}</p>`,
    });
  }
  return feed;
}

/** A JSON Feed 1.1 document whose items have no image and no tags. */
type CorrectionsJsonFeed = Omit<JsonFeed, 'items'> & { items: Omit<JsonFeed['items'][number], 'image' | 'tags'>[] };

/** The corrections log's JSON Feed 1.1 document. */
function jsonFeed({ entries }: CorrectionsFeedInput): CorrectionsJsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(),
    home_page_url: absoluteUrl(correctionsPath),
    feed_url: absoluteUrl(correctionsFeedPath('json')),
    description: CORRECTIONS_DESCRIPTION,
    icon: absoluteUrl(siteLogo.src),
    language: siteConfig.language,
    authors: [{ name: siteConfig.name, url: absoluteUrl(homePath) }],
    items: entries.map((entry) => {
      const date = new Date(entry.date).toISOString();
      return {
        id: absoluteUrl(entry.href),
        url: absoluteUrl(entry.href),
        title: itemTitle(entry),
        summary: entry.text,
        content_html: `<p>${escapeHtmlText(entry.text)}</p>`,
        date_published: date,
        date_modified: date,
        authors: [{ name: siteConfig.name, url: absoluteUrl(homePath) }],
        language: siteConfig.language,
      };
    }),
  };
}

/** The corrections log's feed in `format`. */
export function buildCorrectionsFeed(input: CorrectionsFeedInput, format: FeedFormat): string {
  switch (format) {
    case 'rss':
      return xmlFeed(input).rss2();
    case 'atom':
      return xmlFeed(input).atom1();
    case 'json':
      return JSON.stringify(jsonFeed(input), null, 2);
  }
}
