import { allArticleSummaries, allAuthorProfiles, allStandingPages } from '@/lib/content/store';
import { notFoundResponse } from '@/lib/format/http';
import { parseChildSitemapName } from '@/lib/config/urls';
import { childSitemap, siteSitemapEntries } from '@/lib/seo/sitemap';

type Params = { file: string };

// Rebuilt at most every 60 s, like /sitemap.xml, which lists these files once the site outgrows one.
export const revalidate = 60;

/** `/sitemaps/sitemap-<n>.xml`: the n-th part of a sitemap split at 50,000 URLs; 404 otherwise. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const n = parseChildSitemapName((await params).file);
  const entries = siteSitemapEntries(allArticleSummaries(), allAuthorProfiles(), new Date(), allStandingPages());
  const xml = n === undefined ? undefined : childSitemap(entries, n);
  if (xml === undefined) return notFoundResponse();
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
