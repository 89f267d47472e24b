/**
 * What the site accepts at the door. Next answers some malformed requests with a 500 (a path whose
 * percent-encoding is not valid UTF-8 makes its router throw a decode error and then fail to render
 * an error page) and serves prerendered pages to any method. `proxy.ts` runs this check before
 * routing so such requests get a plain 4xx instead; everything else passes through untouched.
 */

/** Longest path we route; real article addresses are far shorter. */
export const MAX_PATH_LENGTH = 1024;
/**
 * Longest path segment we route. Next's page cache stores a page under its path on disk, adding
 * suffixes such as `.segments` to the last segment, and a file name past 255 bytes fails to write
 * (ENAMETOOLONG); no address of ours comes near this.
 */
export const MAX_SEGMENT_LENGTH = 200;
/** Longest query string we accept (campaign parameters fit easily). */
export const MAX_QUERY_STRING_LENGTH = 2048;

/**
 * What the image optimiser may be asked to convert: an image file under /images (next.config's
 * localPatterns) or a statically imported one. Next answers a directory or a path with a trailing
 * slash here with a 500 ("internal response is invalid"), so those are refused before it runs.
 */
// Every segment starts with a letter, digit, `_` or `-`, so `.` and `..` cannot appear.
const OPTIMISABLE_IMAGE =
  /^\/(?:images|_next\/static\/media)\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:jpe?g|png|webp|avif|gif)$/i;

/** The API route the publishing pipeline revalidates pages through (app/api/revalidate/route.ts). */
export const REVALIDATE_ROUTE = '/api/revalidate';

/** Methods every address but an API route answers. API route handlers decide their own methods. */
export const PAGE_METHODS: readonly string[] = ['GET', 'HEAD'];

/**
 * The API routes (the `route.ts` files under `app/api/`), exactly: the only addresses that get methods other than GET
 * and HEAD. Not the whole `/api/` prefix: Next hands an `/api/<x>` that no API route claims to the
 * site's dynamic routes (`/api/feed.xml` is `[section]/feed.xml`), whose responses are cached per
 * address whatever the method — an OPTIONS there stored Next's automatic 204 as the page, and every
 * later request for it failed with a 500 until it was regenerated.
 */
export const API_ROUTES: readonly string[] = ['/api/health', '/api/preview', '/api/preview/exit', REVALIDATE_ROUTE];

/** True when `decodedPath` is one of the API routes. */
export function isApiRoute(decodedPath: string): boolean {
  return API_ROUTES.includes(decodedPath);
}

export type RequestVerdict = { ok: true } | { ok: false; status: 400 | 405 | 414; reason: string; allow?: string };

type RequestLine = {
  method: string;
  /** The path exactly as received, still percent-encoded. */
  pathname: string;
  /**
   * The query string, with or without the leading `?`. Next re-encodes it before the proxy sees it
   * and parses it leniently; pages ignore it, so only its length is checked.
   */
  search: string;
};

/** Control characters, including NUL, have no place in an address once decoded. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** True when `text` holds a control character (NUL to U+001F, or DEL). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

function decodes(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Checks a request's method, path and query before routing: a well-formed path, short enough, no
 * traversal, no control characters, a method the address supports, and for the image optimiser an
 * image file of ours as the source.
 */
export function checkRequest({ method, pathname, search }: RequestLine): RequestVerdict {
  if (!pathname.startsWith('/')) return { ok: false, status: 400, reason: 'path must start with /' };
  if (pathname.length > MAX_PATH_LENGTH) return { ok: false, status: 414, reason: 'path too long' };
  if (pathname.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) {
    return { ok: false, status: 414, reason: 'path segment too long' };
  }
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_STRING_LENGTH) return { ok: false, status: 414, reason: 'query too long' };

  const decodedPath = decodes(pathname);
  if (decodedPath === undefined) return { ok: false, status: 400, reason: 'malformed percent-encoding in path' };
  if (CONTROL_CHARACTERS.test(decodedPath)) return { ok: false, status: 400, reason: 'control character in path' };
  if (decodedPath.includes('\\')) return { ok: false, status: 400, reason: 'backslash in path' };
  if (decodedPath.split('/').some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 400, reason: 'dot segment in path' };
  }

  if (!isApiRoute(decodedPath) && !PAGE_METHODS.includes(method)) {
    return { ok: false, status: 405, reason: 'method not allowed', allow: PAGE_METHODS.join(', ') };
  }
  if (decodedPath === '/_next/image') {
    const sources = new URLSearchParams(query).getAll('url');
    const source = sources[0];
    if (sources.length !== 1 || source === undefined || !OPTIMISABLE_IMAGE.test(source)) {
      return { ok: false, status: 400, reason: 'not an image this site optimises' };
    }
  }

  return { ok: true };
}
