import { siteConfig } from './site-config';

const zonedFormatters = new Map<string, Intl.DateTimeFormat>();

function zonedFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = zonedFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    zonedFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * An instant as an ISO 8601 / W3C date-time with the newsroom's UTC offset, e.g.
 * `2024-11-14T10:00:00-05:00`: what crawlers read in JSON-LD, Open Graph and sitemaps. The offset
 * is explicit, so the instant is never ambiguous, and the wall-clock time is the one editors wrote.
 */
export function toZonedIso(iso: string, timeZone: string = siteConfig.timeZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date-time: "${iso}"`);
  const parts = Object.fromEntries(zonedFormatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  // longOffset is "GMT-05:00", "GMT+05:30", or plain "GMT" at zero offset.
  const offset = (parts.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The date an article last changed in substance: its latest update or correction, or its publication. */
export function lastModified(article: { publishedAt: string; updatedAt?: string; modifiedAt?: string }): string {
  return article.modifiedAt ?? article.updatedAt ?? article.publishedAt;
}
