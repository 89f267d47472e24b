import { renderFeedArticleHtml } from '@/components/feed/feed-article';
import { siteFeedRoute } from '@/lib/seo/feed-routes';

// Rebuilt at most every 60 s, like the pages, so a scheduled article joins the feed without a rebuild.
export const revalidate = 60;

/** The site's Atom feed: the latest 50 published articles. */
export const GET = siteFeedRoute('atom', renderFeedArticleHtml);
