import { allTopicHubs, getPublishedArticles } from '@/lib/content/store';
import { notFoundResponse } from '@/lib/format/http';
import { findCroppedHero, isCropRatio, renderHeroCrop } from '@/lib/media/hero-crops';

type Params = { ratio: string; image: string[] };

/**
 * A 16:9, 4:3 or 1:1 crop of a published article's hero or a topic hub's hero, for structured data
 * and link previews. Anything that is not one of those heroes is a 404, so this never crops arbitrary
 * files. A crop's URL names its source file, so it can be cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const { ratio, image } = await params;
  if (!isCropRatio(ratio)) return notFoundResponse();
  const src = findCroppedHero(
    [
      ...getPublishedArticles().map((a) => a.hero.src),
      ...allTopicHubs().flatMap((hub) => (hub.hero ? [hub.hero.src] : [])),
    ],
    image,
  );
  if (!src) return notFoundResponse();
  const body = await renderHeroCrop(src, ratio);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(body.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
