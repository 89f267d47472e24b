/**
 * The XML sitemaps, written here rather than by Next's `app/sitemap.ts`, which puts image entries
 * before `<lastmod>` where the sitemaps.org schema wants `loc, lastmod, changefreq, priority` and
 * then extensions. Pure functions over article summaries, so the 50,000-URL split and the News
 * sitemap's 48-hour window (for a running live blog, from its newest entry) are unit-tested with fixtures.
 */
import { selectPublished, type ArticleSummary } from '../content/articles';
import { isLiveNow, visibleEntries } from '../content/live-blogs';
import { tagsWithPages } from '../content/visibility';
import type { AuthorProfile } from '../content/authors';
import { publishedStandingPages, type StandingPage } from '../content/standing-pages';
import { lastModified, zonedIsoFromString } from '../format/dates';
import { sections } from '../config/sections';
import {
  absoluteUrl,
  authorPath,
  childSitemapPath,
  homePath,
  mastheadPath,
  sectionPath,
  tagPath,
} from '../config/urls';
import { siteConfig } from '../config/site-config';
import { escapeXml } from '../format/xml';

/** The sitemaps.org limit on URLs in one sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

/** Google News: articles published in the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_LIMIT = 1_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export type ChangeFrequency = 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never';

/** One `<url>` of a sitemap. */
export type SitemapEntry = {
  /** Absolute URL. */
  loc: string;
  /** W3C date-time with an offset. */
  lastmod?: string;
  changefreq?: ChangeFrequency;
  /** 0.0–1.0. */
  priority?: number;
  /** Absolute URLs of images on the page (Google image extension). */
  images?: readonly string[];
};

/** `<name>text</name>` with the text escaped. */
function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function urlElement(entry: SitemapEntry): string {
  const children = [
    element('loc', entry.loc),
    entry.lastmod === undefined ? '' : element('lastmod', entry.lastmod),
    entry.changefreq === undefined ? '' : element('changefreq', entry.changefreq),
    entry.priority === undefined ? '' : element('priority', entry.priority.toFixed(1)),
    ...(entry.images ?? []).map((src) => `<image:image>${element('image:loc', src)}</image:image>`),
  ];
  return `<url>${children.join('')}</url>`;
}

/** A `<urlset>` document: children of each `<url>` in the order the schema requires. */
export function renderUrlset(entries: readonly SitemapEntry[]): string {
  const needsImages = entries.some((e) => (e.images?.length ?? 0) > 0);
  const ns = needsImages ? ` xmlns:image="${IMAGE_NS}"` : '';
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}"${ns}>`, ...entries.map(urlElement), '</urlset>', ''].join(
    '\n',
  );
}

/** One `<sitemap>` of a sitemap index. */
export type SitemapReference = { loc: string; lastmod?: string };

/** A `<sitemapindex>` document. */
export function renderSitemapIndex(sitemaps: readonly SitemapReference[]): string {
  const items = sitemaps.map(
    (s) => `<sitemap>${element('loc', s.loc)}${s.lastmod === undefined ? '' : element('lastmod', s.lastmod)}</sitemap>`,
  );
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...items, '</sitemapindex>', ''].join('\n');
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

function latest(dates: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const d of dates) {
    if (d === undefined) continue;
    const t = Date.parse(d);
    if (t > bestTime) {
      best = d;
      bestTime = t;
    }
  }
  return best;
}

/**
 * `/sitemap.xml`: a `<urlset>` of every entry while they fit in one file, otherwise a
 * `<sitemapindex>` of child sitemaps of at most `maxUrls` each (see `childSitemap`).
 */
export function sitemapDocument(entries: readonly SitemapEntry[], maxUrls: number = MAX_URLS_PER_SITEMAP): string {
  if (entries.length <= maxUrls) return renderUrlset(entries);
  return renderSitemapIndex(
    chunk(entries, maxUrls).map((part, i) => ({
      loc: absoluteUrl(childSitemapPath(i + 1)),
      lastmod: latest(part.map((e) => e.lastmod)),
    })),
  );
}

/**
 * The n-th child sitemap (1-based) of a split sitemap, or undefined when the sitemap is not split
 * or has no such child.
 */
export function childSitemap(
  entries: readonly SitemapEntry[],
  n: number,
  maxUrls: number = MAX_URLS_PER_SITEMAP,
): string | undefined {
  if (entries.length <= maxUrls || !Number.isInteger(n) || n < 1) return undefined;
  const part = entries.slice((n - 1) * maxUrls, n * maxUrls);
  return part.length > 0 ? renderUrlset(part) : undefined;
}

/**
 * Every page a search engine should index at `now`: home, sections, published articles (lastmod =
 * updated or published), tags of published articles, authors and the masthead, and the published
 * standing pages (lastmod = their last update). Drafts and articles dated after `now` are never
 * listed, whatever the environment.
 */
export function siteSitemapEntries(
  articles: readonly ArticleSummary[],
  authors: readonly AuthorProfile[],
  now: Date,
  pages: readonly StandingPage[] = [],
): SitemapEntry[] {
  const published = selectPublished(articles, { now });
  // One pass: the newest change per listing page, so the cost stays linear at any archive size.
  const newest = new Map<string, { time: number; iso: string }>();
  const touch = (key: string, iso: string) => {
    const time = Date.parse(iso);
    if ((newest.get(key)?.time ?? -Infinity) < time) newest.set(key, { time, iso });
  };
  for (const a of published) {
    const changed = lastModified(a);
    for (const key of [homePath, sectionPath(a.section), authorPath(a.authorSlug), ...a.tags.map(tagPath)]) {
      touch(key, changed);
    }
  }
  const listing = (path: string, changefreq: ChangeFrequency): SitemapEntry => {
    const changed = newest.get(path);
    return { loc: absoluteUrl(path), ...(changed ? { lastmod: zonedIsoFromString(changed.iso) } : {}), changefreq };
  };
  return [
    listing(homePath, 'hourly'),
    ...sections.map((s) => listing(sectionPath(s.slug), 'hourly')),
    ...published.map((a) => ({
      loc: absoluteUrl(a.url),
      lastmod: zonedIsoFromString(lastModified(a)),
      images: [absoluteUrl(a.hero.src)],
    })),
    ...tagsWithPages(published, { now }).map((tag) => listing(tagPath(tag), 'daily')),
    ...authors.map((author) => listing(author.url, 'daily')),
    // The masthead lists the authors: it exists while they do.
    ...(authors.length > 0 ? [{ loc: absoluteUrl(mastheadPath), changefreq: 'monthly' as const }] : []),
    ...publishedStandingPages(pages).map((page) => ({
      loc: absoluteUrl(page.url),
      lastmod: zonedIsoFromString(page.updatedAt),
      changefreq: 'monthly' as const,
    })),
  ];
}

/**
 * The moment the News window is measured from at `now`: an article's publication; for a live blog
 * still running (`isLiveNow`), its newest entry readers can see, since the coverage is news for as
 * long as it is being added to (and its publication when it has no entry yet). An ended blog is an
 * ordinary article again: its publication.
 */
export function newsTime(article: ArticleSummary, now: Date): number {
  const published = Date.parse(article.publishedAt);
  if (!isLiveNow(article)) return published;
  const newest = visibleEntries(article.live, { now })[0];
  return newest ? Math.max(published, Date.parse(newest.publishedAt)) : published;
}

/**
 * The articles for the Google News sitemap at `now`: published (never drafts or scheduled ones)
 * within the last 48 hours — exactly 48 hours ago still counts — measured by `newsTime` (a running
 * live blog by its newest entry), newest first by that time, at most 1,000.
 */
export function selectNewsArticles(articles: readonly ArticleSummary[], now: Date): ArticleSummary[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return selectPublished(articles, { now })
    .map((article) => ({ article, time: newsTime(article, now) }))
    .filter(({ time }) => time >= since)
    .sort((a, b) => b.time - a.time)
    .slice(0, NEWS_LIMIT)
    .map(({ article }) => article);
}

/**
 * A Google News sitemap of `articles`: each `<url>` with `news:publication` (name, ISO 639
 * language), `news:publication_date` and `news:title`. With no recent articles it is an empty
 * `<urlset>`: see docs/decisions/003-own-sitemap-writer.md on why that is served rather than an error.
 *
 * A live blog's `publication_date` is the blog's `publishedAt` (when the coverage began), not its
 * newest entry's time, though the entry is what keeps it in the sitemap (`newsTime`): Google defines
 * the field as the article's original publication date, the same date as the page's
 * `datePublished`; new entries are changes to that article, which its `dateModified` and the normal
 * sitemap's `lastmod` report.
 */
export function renderNewsSitemap(articles: readonly ArticleSummary[]): string {
  const urls = articles.map((a) =>
    [
      '<url>',
      element('loc', absoluteUrl(a.url)),
      '<news:news>',
      '<news:publication>',
      element('news:name', siteConfig.name),
      element('news:language', siteConfig.language),
      '</news:publication>',
      element('news:publication_date', zonedIsoFromString(a.publishedAt)),
      element('news:title', a.title),
      '</news:news>',
      '</url>',
    ].join(''),
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...urls, '</urlset>', ''].join(
    '\n',
  );
}
