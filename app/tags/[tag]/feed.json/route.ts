import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { feedNotFound, feedResponse, tagScope } from '@/lib/seo/feed-routes';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { tag: string };

// Rebuilt at most every 60 s, like the pages, so a scheduled article joins the feed without a rebuild.
export const revalidate = 60;

// A scheduled article can bring a new tag with it.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** A tag's JSON Feed 1.1 feed: its latest 50 published articles. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = tagScope((await params).tag);
  return scope ? feedResponse(scope, 'json', renderFeedArticleHtml) : feedNotFound();
}
