import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { notFoundResponse } from '@/lib/format/http';
import { resolvePublishedImage } from '@/lib/media/web-images';

type Params = { path: string[] };

/**
 * Images published after the server started. Next serves public/ from the list of files it read when
 * it started, so an image committed with a new article and published by `npm run publish` (no build,
 * no restart) would be a 404 — and so would its resized copies, which the image optimiser fetches
 * through the router. Next tries its own list first and only then this route, so images that were
 * there at start-up never get here. Only web images under public/images are served, as Next serves
 * public files: revalidated on every use (`max-age=0`, with `Last-Modified`; ETags are off).
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const image = resolvePublishedImage((await params).path);
  if (!image) return notFoundResponse({ 'Cache-Control': 'no-store' });
  // Read at run time from the folder the server runs in (a link to the checkout's public/).
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'public', image.relativePath);
  let body: Buffer;
  let modified: Date;
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFoundResponse({ 'Cache-Control': 'no-store' });
    [body, modified] = [await readFile(file), info.mtime];
  } catch {
    return notFoundResponse({ 'Cache-Control': 'no-store' });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': image.contentType,
      'Cache-Control': 'public, max-age=0',
      'Last-Modified': modified.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
