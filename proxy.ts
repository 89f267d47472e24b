import { NextResponse, type NextRequest } from 'next/server';
import { checkRequest } from '@/lib/serving/request-guard';
import { contentLookups, scopedFileAddressExists, twoSegmentAddressExists } from '@/lib/serving/known-addresses';

/** Next's draft-mode cookie: previews may open drafts, which only the page itself can vet. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';

/** A two-segment address that names nothing (see lib/serving/known-addresses.ts); previews are left to the page. */
function isMadeUpAddress(request: NextRequest): boolean {
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return false;
  const { pathname } = request.nextUrl;
  const lookups = contentLookups(new Date());
  return twoSegmentAddressExists(pathname, lookups) === false || scopedFileAddressExists(pathname, lookups) === false;
}

/**
 * Turns malformed or unsupported requests into a plain 4xx before routing (see lib/serving/request-guard.ts).
 * Security headers are not set here: next.config.mjs applies them to every response, these included.
 */
export function proxy(request: NextRequest): NextResponse {
  const verdict = checkRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
  });
  if (verdict.ok) {
    // `/__unknown` can never be a section (section slugs are plain words), so Next answers it as it
    // answers any unknown section: its not-found page, status 404, `no-store`, nothing rendered or
    // cached. (Not `/404`: Next serves that path with a year-long `s-maxage`.)
    if (isMadeUpAddress(request)) return NextResponse.rewrite(new URL('/__unknown', request.url));
    return NextResponse.next();
  }
  const headers: Record<string, string> = {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  };
  if (verdict.allow) headers.Allow = verdict.allow;
  const text = verdict.status === 405 ? 'Method Not Allowed' : verdict.status === 414 ? 'URI Too Long' : 'Bad Request';
  return new NextResponse(`${text}\n`, { status: verdict.status, headers });
}

export const config = {
  // Hashed build assets are served straight from disk; everything else is checked.
  matcher: ['/((?!_next/static/).*)'],
};
