import { allArticleSummaries } from '@/lib/content/store';
import { renderNewsSitemap, selectNewsArticles } from '@/lib/seo/sitemap';

// The 48-hour window is measured at request time: never frozen into the build.
export const dynamic = 'force-dynamic';

/** The Google News sitemap: articles published in the last 48 hours, at most 1,000. */
export function GET(): Response {
  return new Response(renderNewsSitemap(selectNewsArticles(allArticleSummaries(), new Date())), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      // Crawlers may reuse it for five minutes; fresher than that is not useful to them.
      'Cache-Control': 'public, max-age=300',
    },
  });
}
