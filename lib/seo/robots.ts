import type { MetadataRoute } from 'next';
import { absoluteUrl } from '../config/urls';

/** Paths no crawler should fetch: API routes and editors' previews of unpublished articles. */
export const disallowedPaths = ['/api/', '/preview/'] as const;

/**
 * `/robots.txt`: every public page open to every crawler, API and preview paths closed, and both
 * sitemaps named with absolute URLs.
 */
export function robotsConfig(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [...disallowedPaths] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
