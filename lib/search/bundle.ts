/**
 * The Pagefind search bundle: written by scripts/build-search-index.ts into `.pagefind/` (a build
 * folder, like `.next/`), served by app/pagefind/[...path]/route.ts at `/pagefind/…`. These pure
 * functions decide which request paths are bundle files, and how each is typed and cached.
 */

/** The bundle's folder, relative to the project root. */
export const SEARCH_BUNDLE_DIR = '.pagefind';

/** The URL path the bundle is served under; the browser imports `${SEARCH_BUNDLE_PATH}/pagefind.js`. */
export const SEARCH_BUNDLE_PATH = '/pagefind';

export type BundleFile = {
  /** Path relative to the bundle folder, with `/` separators. */
  relativePath: string;
  contentType: string;
  cacheControl: string;
};

/** Content-hashed files: their name changes whenever their content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Fixed names (the entry file, the loader): a rebuild must be picked up within minutes. */
const SHORT = 'public, max-age=300, stale-while-revalidate=60';

/**
 * The files of the bundle that the search page's Pagefind loader fetches, and nothing else: the
 * loader and its worker, the entry file, the WebAssembly search engine, and the index, metadata and
 * fragment chunks. Pagefind's optional UI files are not served.
 */
const SERVED: { pattern: RegExp; contentType: string; cacheControl: string }[] = [
  { pattern: /^pagefind(?:-worker)?\.js$/, contentType: 'text/javascript; charset=utf-8', cacheControl: SHORT },
  { pattern: /^pagefind-entry\.json$/, contentType: 'application/json; charset=utf-8', cacheControl: SHORT },
  // Gzipped WebAssembly that the loader unpacks itself: opaque bytes to the browser.
  { pattern: /^wasm\.[a-z0-9_-]+\.pagefind$/, contentType: 'application/octet-stream', cacheControl: SHORT },
  { pattern: /^pagefind\.[a-z0-9_-]+\.pf_meta$/, contentType: 'application/octet-stream', cacheControl: IMMUTABLE },
  { pattern: /^index\/[a-z0-9_-]+\.pf_index$/, contentType: 'application/octet-stream', cacheControl: IMMUTABLE },
  { pattern: /^fragment\/[a-z0-9_-]+\.pf_fragment$/, contentType: 'application/octet-stream', cacheControl: IMMUTABLE },
];

/**
 * The bundle file a request for `/pagefind/<segments…>` names, or undefined when it names nothing we
 * serve (which also rules out `..`, absolute paths and any other way out of the folder).
 */
export function resolveBundleFile(segments: readonly string[]): BundleFile | undefined {
  const relativePath = segments.join('/');
  const rule = SERVED.find((r) => r.pattern.test(relativePath));
  return rule ? { relativePath, contentType: rule.contentType, cacheControl: rule.cacheControl } : undefined;
}
