import { renderFeedEntryHtml } from '@/components/feed/feed-article';
import { renderOnFirstRequest } from '@/lib/content/prerender';
import { liveFeedRoute } from '@/lib/seo/feed-routes';

// Rebuilt at most every 60 s, like the pages (and at once on publication, lib/serving/revalidation.ts),
// so a new or scheduled entry joins the feed without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export const generateStaticParams = renderOnFirstRequest;

/** A live blog's RSS 2.0 feed: its latest 50 entries; a 404 (`no-store`) for anything that is not a live blog. */
export const GET = liveFeedRoute('rss', renderFeedEntryHtml);
