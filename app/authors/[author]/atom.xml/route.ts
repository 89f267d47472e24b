import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { authorScope, feedNotFound, feedResponse } from '@/lib/seo/feed-routes';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { author: string };

// Rebuilt at most every 60 s, like the pages, so a scheduled article joins the feed without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** An author's Atom feed: its latest 50 published articles. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const scope = authorScope((await params).author);
  return scope ? feedResponse(scope, 'atom', renderFeedArticleHtml) : feedNotFound();
}
