import type { Metadata } from 'next';
import { siteConfig } from '../config/site-config';
import { absoluteUrl } from '../config/urls';

/** The publisher's logo, a committed file in public/ (512×512). */
export const siteLogo = { src: '/logo.png', width: 512, height: 512 } as const;

/** The size of the generated Open Graph cards: the 1.91:1 that Facebook, LinkedIn and X crop to. */
export const OG_CARD_SIZE = { width: 1200, height: 630 } as const;

/** An image for link previews: `url` is a site path or an absolute URL. */
export type SocialImage = { url: string; width: number; height: number; alt: string };

/** A `<link rel="alternate">` to a feed. */
export type FeedLink = {
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
  /** Site path of the feed, e.g. /world/feed.xml. */
  url: string;
  title: string;
};

/** What Open Graph says about an article (`og:type` article). */
export type OpenGraphArticle = {
  /** ISO 8601 date-times with an offset. */
  publishedTime: string;
  modifiedTime: string;
  /** The section's display name. */
  section: string;
  tags: readonly string[];
  /** Site paths of the authors' pages. */
  authors: readonly string[];
};

type PageMetadataInput = {
  /** The page's own title; the layout's template adds the site name unless `absoluteTitle`. */
  title: string;
  /** Use `title` as it is, without the site-name template (the home page). */
  absoluteTitle?: boolean;
  description: string;
  /** Site-relative path of the canonical URL, e.g. /world/some-story. */
  path: string;
  /** The link-preview image: an article's hero crop, or the page's generated card. */
  image: SocialImage;
  /** Present on article pages only: makes `og:type` article and adds the article:* properties. */
  article?: OpenGraphArticle;
  /** Feeds announced in the head, most specific first. */
  feeds?: readonly FeedLink[];
  /**
   * False for pages that must stay out of search results (a draft shown in development or preview).
   * Defaults to true.
   */
  indexable?: boolean;
};

/** The card generated for a page without a hero (see the `og-image.png` routes). */
export function generatedCard(pagePath: string, title: string): SocialImage {
  const base = pagePath === '/' ? '' : pagePath.replace(/\/$/, '');
  const alt = title.includes(siteConfig.name) ? title : `${title} — ${siteConfig.name}`;
  return { url: `${base}/og-image.png`, ...OG_CARD_SIZE, alt };
}

function groupFeeds(feeds: readonly FeedLink[]): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of feeds) {
    (types[feed.type] ??= []).push({ url: absoluteUrl(feed.url), title: feed.title });
  }
  return types;
}

/**
 * Everything a search engine or a link preview reads from a page's head: title, description,
 * canonical URL, Open Graph, Twitter card, robots and feed links. Every route builds its metadata
 * here, so all pages say the same things the same way.
 */
export function pageMetadata({
  title,
  absoluteTitle = false,
  description,
  path,
  image,
  article,
  feeds = [],
  indexable = true,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const ogImage = { url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt };
  const common = {
    title,
    description,
    url,
    siteName: siteConfig.name,
    locale: siteConfig.locale,
    images: [ogImage],
  };
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, ...(feeds.length > 0 ? { types: groupFeeds(feeds) } : {}) },
    openGraph: article
      ? {
          ...common,
          type: 'article',
          publishedTime: article.publishedTime,
          modifiedTime: article.modifiedTime,
          section: article.section,
          tags: [...article.tags],
          authors: article.authors.map(absoluteUrl),
        }
      : { ...common, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title,
      description,
      images: [{ url: ogImage.url, alt: ogImage.alt }],
    },
    // Large previews let Google Discover and Top Stories show the hero full width.
    robots: indexable ? { index: true, follow: true, 'max-image-preview': 'large' } : { index: false, follow: true },
  };
}
