/**
 * The request target is the part of the request line between the method and the HTTP version.
 * Browsers send the origin form (`/path?query`). Next's router answers other forms badly, before
 * any app code, proxy or configured header runs: the asterisk form (`OPTIONS *`, `GET *`) makes it
 * throw "Invalid URL" and reply 500; the absolute form (`GET http://elsewhere.example/ HTTP/1.1`,
 * which HTTP/1.1 servers must accept) gets a 308 redirect to that other host; and its own 308 for
 * repeated or trailing slashes goes out without the security headers. So these are handled at the
 * HTTP server, ahead of Next (by lib/serving/http-layer.ts), as are the methods the Fetch API
 * forbids (TRACE made Next's middleware fail with a 500), CONNECT (which Node drops unanswered when no
 * one listens for it), and methods but GET and HEAD on `/_next/static/` files (a 500 from Next's
 * static file server). A request body framed by a transfer coding
 * other than chunked is refused with a 400 before Next starts reading it.
 *
 * Likewise a few request headers: Next's static file server answers an unsatisfiable or malformed
 * `Range` and a failed `If-Match`/`If-Unmodified-Since` with a 500 (it tries to render a /416 or
 * /412 page the app router does not have). HTTP lets a server ignore ranges, and these
 * preconditions guard against lost updates, which GET and HEAD cannot cause; so they are dropped
 * from GET and HEAD requests. `If-None-Match`/`If-Modified-Since` (304 revalidation) are kept.
 */
export type TargetVerdict =
  | { kind: 'route'; url: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'reject' }
  | { kind: 'method not allowed' };

/**
 * Methods the Fetch API forbids: Next cannot even construct a request for them (TRACE got a 500),
 * and no page or API route of ours answers them.
 */
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/**
 * Next's static file server answers any method but GET and HEAD on one of its files with a 500.
 */
const STATIC_FILES_PREFIX = '/_next/static/';

/** `normalizeRequestTarget`, after refusing methods no part of the site answers. */
export function checkRequestLine(method: string, target: string): TargetVerdict {
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) return { kind: 'method not allowed' };
  const verdict = normalizeRequestTarget(target);
  if (verdict.kind === 'route' && verdict.url.startsWith(STATIC_FILES_PREFIX) && !SAFE_METHODS.includes(method)) {
    return { kind: 'method not allowed' };
  }
  return verdict;
}

const SAFE_METHODS: readonly string[] = ['GET', 'HEAD'];

/**
 * What to do with request target `target`: route it (origin form as is; absolute http(s) form reduced
 * to its path and query, as RFC 9112 §3.2.2 has the server ignore the host it names), redirect it
 * (repeated slashes, backslashes or a trailing slash in the path, to the tidied path, as Next itself
 * would — but here the redirect carries the security headers), or reject it (asterisk form and
 * anything else).
 */
export function normalizeRequestTarget(target: string): TargetVerdict {
  let url: string;
  if (target.startsWith('/')) {
    url = target;
  } else if (/^https?:\/\//i.test(target)) {
    // Only the path and query are kept; the scheme and host named in the target are ignored.
    const afterScheme = target.slice(target.indexOf('//') + 2);
    const pathStart = afterScheme.search(/[/?]/);
    if (pathStart === -1) url = '/';
    else url = afterScheme[pathStart] === '?' ? `/${afterScheme.slice(pathStart)}` : afterScheme.slice(pathStart);
  } else {
    return { kind: 'reject' };
  }
  const queryStart = url.indexOf('?');
  const path = decodeUnreserved(queryStart === -1 ? url : url.slice(0, queryStart));
  url = path + (queryStart === -1 ? '' : url.slice(queryStart));
  if (/\/\/|\\/.test(path) || (path.length > 1 && path.endsWith('/'))) {
    const collapsed = path.replaceAll('\\', '/').replace(/\/{2,}/g, '/');
    const trimmed = collapsed.length > 1 ? collapsed.replace(/\/+$/, '') || '/' : collapsed;
    return { kind: 'redirect', location: trimmed + (queryStart === -1 ? '' : url.slice(queryStart)) };
  }
  return { kind: 'route', url };
}

/**
 * `path` with percent-encoded unreserved characters (letters, digits, `-`, `.`, `_`, `~`) decoded, as
 * RFC 3986 §6.2.2.2 makes them equivalent: Next's router, given `/%73earch` or `/feed%2exml` for a
 * static route, hands the request back to itself until it gives up with a 500. A segment that would
 * decode to `.` or `..` is left as it is (the request guard refuses it).
 */
export function decodeUnreserved(path: string): string {
  if (!path.includes('%')) return path;
  return path
    .split('/')
    .map((segment) => {
      const decoded = segment.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
        const char = String.fromCharCode(Number.parseInt(hex, 16));
        return /^[A-Za-z0-9._~-]$/.test(char) ? char : escape;
      });
      return decoded === '.' || decoded === '..' ? segment : decoded;
    })
    .join('/');
}

/** Request headers dropped from GET and HEAD requests (see above). */
export const IGNORED_ON_SAFE_METHODS = ['range', 'if-range', 'if-match', 'if-unmodified-since'] as const;

/** Removes from `headers` (in place) what Next cannot answer calmly on a GET or HEAD. */
export function dropIgnoredHeaders(method: string, headers: Record<string, unknown>): void {
  if (method !== 'GET' && method !== 'HEAD') return;
  for (const name of IGNORED_ON_SAFE_METHODS) Reflect.deleteProperty(headers, name);
}

/**
 * Whether a request's `Transfer-Encoding` (if any) ends in `chunked`, the only framing of a request
 * body HTTP/1.1 has besides Content-Length (RFC 9112 §6.3). Node passes on a request with another
 * (`identity`, `gzip`) and fails on its body later, while Next is reading it.
 */
export function transferEncodingUnderstood(value: string | undefined): boolean {
  if (value === undefined) return true;
  return value.split(',').at(-1)?.trim().toLowerCase() === 'chunked';
}
