import { correctionsFeedRoute } from '@/lib/seo/feed-routes';

// Rebuilt at most every 60 s, like the pages, so a new correction joins the feed without a rebuild.
export const revalidate = 60;

/** The corrections log's JSON Feed 1.1 feed: the latest 50 corrections of published articles. */
export const GET = correctionsFeedRoute('json');
