import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { isPreviewSecret, sitePath } from '@/lib/serving/preview';

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/**
 * `GET /api/preview?secret=…&path=/section/slug` turns preview on for this browser and goes to `path`.
 * A wrong or missing secret (or preview switched off) gets the same bare 401, whatever the path.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  if (!isPreviewSecret(params.get('secret'))) {
    return new Response('Unauthorized\n', { status: 401, headers: PLAIN });
  }
  const path = sitePath(params.get('path'));
  if (path === undefined) {
    return new Response('path must be a path on this site, such as /world/some-story\n', {
      status: 400,
      headers: PLAIN,
    });
  }
  (await draftMode()).enable();
  redirect(path);
}
