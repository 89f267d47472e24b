import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { notFoundResponse } from '@/lib/format/http';
import { resolveBundleFile, SEARCH_BUNDLE_DIR } from '@/lib/search/bundle';

type Params = { path: string[] };

/**
 * Serves the Pagefind search bundle from `.pagefind/` (written after `next build` by
 * scripts/build-search-index.ts), and its delta from `.pagefind/delta/` (written by `--delta` after
 * each publication): only the files the search page's loader fetches, with their content types and
 * caching (lib/search/bundle.ts). Read from disk on each request, so a rebuilt index or a new delta
 * is served as soon as it is swapped in.
 */
export async function GET(_request: Request, { params }: { params: Promise<Params> }): Promise<Response> {
  const file = resolveBundleFile((await params).path);
  if (!file) return notFoundResponse();
  let body: Buffer;
  try {
    // Not traced into the server build: the bundle is written after `next build`, so any copy
    // traced at build time would be the previous build's (a standalone deploy copies .pagefind/).
    body = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), SEARCH_BUNDLE_DIR, file.relativePath));
  } catch {
    return notFoundResponse({ 'Cache-Control': 'no-store' });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': file.contentType,
      'Cache-Control': file.cacheControl,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
