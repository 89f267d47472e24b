/**
 * The plain-text answers route handlers give when there is nothing to serve (written once, so every
 * feed, card, crop, sitemap part and search-bundle file that does not exist answers alike), and the
 * conditional-request rule the routes and the HTTP layer's copies share.
 */

/** `Content-Type` of every plain-text answer. */
const PLAIN_TEXT = 'text/plain; charset=utf-8';

/**
 * A 404 with a one-line plain-text body, for a route handler asked for something that does not
 * exist. `headers` adds to (or overrides) the defaults, e.g. `Cache-Control: no-store`.
 */
export function notFoundResponse(headers: Readonly<Record<string, string>> = {}): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': PLAIN_TEXT, ...headers } });
}

/**
 * Whether `If-None-Match` (RFC 9110 §13.1.2, weak comparison) names `etag`, so a 304 will do.
 * `*` matches any current answer.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
