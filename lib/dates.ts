import { siteConfig } from './site-config';
import { zonedIso } from './time-zone';

/**
 * An instant as an ISO 8601 / W3C date-time with the newsroom's UTC offset, e.g.
 * `2024-11-14T10:00:00-05:00`: what crawlers read in JSON-LD, Open Graph and sitemaps. The offset
 * is explicit, so the instant is never ambiguous, and the wall-clock time is the one editors wrote.
 */
export function toZonedIso(iso: string, timeZone: string = siteConfig.timeZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date-time: "${iso}"`);
  return zonedIso(date, timeZone);
}

/** The date an article last changed in substance: its latest update or correction, or its publication. */
export function lastModified(article: { publishedAt: string; updatedAt?: string; modifiedAt?: string }): string {
  return article.modifiedAt ?? article.updatedAt ?? article.publishedAt;
}
