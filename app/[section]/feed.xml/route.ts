import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { feedNotFound, feedResponse, sectionScope } from '@/lib/seo/feed-routes';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { section: string };

// Rebuilt at most every 60 s, like the pages, so a scheduled article joins the feed without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** A section's RSS 2.0 feed: its latest 50 published articles. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = sectionScope((await params).section);
  return scope ? feedResponse(scope, 'rss', renderFeedArticleHtml) : feedNotFound();
}
