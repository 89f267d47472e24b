import { renderLiveEntryHtml } from '@/components/live/live-entry';
import { isLiveBlog } from '@/lib/content/live-blogs';
import { loadStore } from '@/lib/content/index-loader';
import { liveEndedNotice, liveUpdatedText } from '@/lib/content/live-page';
import { getArticle, getAuthorNames, getLiveEntryBody } from '@/lib/content/store';
import { publicationOptions } from '@/lib/content/visibility';
import { matchesIfNoneMatch, notFoundResponse } from '@/lib/format/http';
import {
  LIVE_UPDATES_CACHE_CONTROL,
  LIVE_UPDATES_CONTENT_TYPE,
  memoisedLiveUpdates,
  type LiveUpdatesInputs,
} from '@/lib/serving/live-updates';

// Answered per request from the in-process memo (lib/serving/live-updates.ts), never from the page
// cache: an ISR copy could be up to 60 s old, longer than the poll it answers. In production the HTTP
// layer keeps each answer for one second (lib/serving/response-cache.ts) and answers the crowd,
// 304s included, without entering Next.
export const dynamic = 'force-dynamic';

type Params = { section: string; slug: string };

/**
 * `GET /<section>/<slug>/updates`: the live blog's status, its "updated" line, the ids and versions
 * of every visible entry in page order and the HTML of page 1's, as JSON, for the live-updates
 * module (components/live/live-updates.enhance.ts). One answer for every reader, cached for five
 * seconds, with an ETag. A 404 (`no-store`) for anything that is not a published live blog; an
 * ended blog still answers, so a tab left open learns that the coverage ended.
 */
export async function GET(request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { section, slug } = await params;
  const now = new Date();
  const found = getArticle(section, slug, now);
  if (!found || !isLiveBlog(found.article)) return notFoundResponse({ 'Cache-Control': 'no-store' });
  const blog = found.article;
  const names = getAuthorNames();
  const inputs: LiveUpdatesInputs = {
    updatedText: liveUpdatedText,
    endedNotice: liveEndedNotice,
    render: (entry, pinned) =>
      renderLiveEntryHtml({
        entry,
        blogUrl: blog.url,
        authorName: names[entry.authorSlug] ?? entry.authorSlug,
        code: getLiveEntryBody(entry),
        pinned,
      }),
  };
  const answer = await memoisedLiveUpdates(loadStore(), blog, publicationOptions(now), inputs);
  const headers = { 'Cache-Control': LIVE_UPDATES_CACHE_CONTROL, ETag: answer.etag };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), answer.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(answer.body, { headers: { ...headers, 'Content-Type': LIVE_UPDATES_CONTENT_TYPE } });
}
