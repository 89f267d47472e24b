import { allArticleSummaries, allAuthorProfiles, allStandingPages } from '@/lib/content/store';
import { siteSitemapEntries, sitemapDocument } from '@/lib/seo/sitemap';

// Rebuilt at most every 60 s, like the pages, so a scheduled article is listed without a rebuild.
export const revalidate = 60;

/** Every indexable page; a sitemap index of child sitemaps once there are more than 50,000. */
export function GET(): Response {
  const entries = siteSitemapEntries(allArticleSummaries(), allAuthorProfiles(), new Date(), allStandingPages());
  return new Response(sitemapDocument(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
