import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { scopedFeedRoute } from '@/lib/seo/feed-routes';

// Rebuilt at most every 60 s, like the pages, so a scheduled article joins the feed without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** A section's Atom feed: its latest 50 published articles; a 404 when it has no page. */
export const GET = scopedFeedRoute('section', 'atom', renderFeedArticleHtml);
