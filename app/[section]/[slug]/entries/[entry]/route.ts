import { getLiveEntryLocation } from '@/lib/content/live-page';
import { notFoundResponse } from '@/lib/format/http';
import { isPreview } from '@/lib/serving/preview';

// Where an entry is changes as newer ones push it down the pages: answered per request, never from
// the page cache.
export const dynamic = 'force-dynamic';

type Params = { section: string; slug: string; entry: string };

/**
 * `GET /<section>/<blog>/entries/<id>`: an entry's lasting address (its feeds' links and the link on
 * its time). A 307 to wherever the entry is now (`/world/blog/page/3#entry-<id>`), `no-store`, as the
 * answer changes with the next entry; a 404 for an entry readers cannot see, or below anything that
 * is not a live blog.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { section, slug, entry } = await params;
  const location = getLiveEntryLocation(section, slug, entry, { now: new Date(), preview: await isPreview() });
  if (!location) return notFoundResponse({ 'Cache-Control': 'no-store' });
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
