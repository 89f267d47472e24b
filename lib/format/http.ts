/**
 * The plain-text answers route handlers give when there is nothing to serve. Written once, so every
 * feed, card, crop, sitemap part and search-bundle file that does not exist answers alike.
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
