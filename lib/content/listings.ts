/**
 * The site's listings — a section, a tag, an author — and their pages. Routes call these for both
 * the page and its metadata, so the two never disagree. Listings read summaries only, never bodies.
 */
import { selectByAuthor, selectBySection, selectByTag, type ArticleSummary } from './articles';
import { getPublishedArticles, type ViewOptions } from './store';
import { laterPagesToPrerender, pageCount, paginate, type Page } from './pagination';
import type { SectionSlug } from '../config/sections';
import { siteConfig } from '../config/site-config';

/** Which listing: a section, a tag or an author. */
export type ListingKey = { kind: 'section'; slug: SectionSlug } | { kind: 'tag'; tag: string } | { kind: 'author'; slug: string };

/** The listing's own address, which is also the address of its first page. */
export function listingPath(key: ListingKey): string {
  switch (key.kind) {
    case 'section':
      return `/${key.slug}`;
    case 'tag':
      return `/tags/${key.tag}`;
    case 'author':
      return `/authors/${key.slug}`;
  }
}

/** The listing's articles among `published`, in the order given (newest first). */
export function selectListing(published: readonly ArticleSummary[], key: ListingKey): ArticleSummary[] {
  switch (key.kind) {
    case 'section':
      return selectBySection(published, key.slug);
    case 'tag':
      return selectByTag(published, key.tag);
    case 'author':
      return selectByAuthor(published, key.slug);
  }
}

/** Page `page` of the listing as published now, or undefined past its last page. */
export function getListingPage(
  key: ListingKey,
  page: number,
  now: Date = new Date(),
  view: ViewOptions = {},
): Page<ArticleSummary> | undefined {
  return paginate(selectListing(getPublishedArticles(now, view), key), page, siteConfig.listingPageSize);
}

/** The later pages (2, 3, …) of the listing to prerender at build; the rest render on first request. */
export function listingPagesToPrerender(key: ListingKey, published: readonly ArticleSummary[]): number[] {
  const total = pageCount(selectListing(published, key).length, siteConfig.listingPageSize);
  return laterPagesToPrerender(total, siteConfig.prerenderListingPages);
}

/** " (page 2)" for page titles past the first; nothing on the first. */
export function pageSuffix(page: number): string {
  return page > 1 ? ` (page ${page})` : '';
}
