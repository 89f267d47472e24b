import { NextResponse, type NextRequest } from 'next/server';
import { checkRequest } from '@/lib/request-guard';

/**
 * Turns malformed or unsupported requests into a plain 4xx before routing (see lib/request-guard.ts).
 * Security headers are not set here: next.config.mjs applies them to every response, these included.
 */
export function proxy(request: NextRequest): NextResponse {
  const verdict = checkRequest({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
  });
  if (verdict.ok) return NextResponse.next();
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
