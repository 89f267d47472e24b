/**
 * The Pagefind search bundle: written by scripts/build-search-index.ts into `.pagefind/` (a build
 * folder, like `.next/`), served by app/pagefind/[...path]/route.ts at `/pagefind/…`. These pure
 * functions decide which request paths are bundle files, and how each is typed and cached.
 *
 * There are two bundles. The main one is written by the full build (`npm run search-index`). The
 * delta, in its `delta/` folder, is written by `--delta` after each publication: the records of
 * every article added or changed since the main bundle was built, and the list of the main bundle's
 * records that are out of date (`delta.json`). The search page merges the two
 * (components/search/full-text-search.enhance.ts). The full build leaves an empty delta (a
 * `delta.json` of no records), so the search page always finds the file: a missing one would be a
 * 404, which browsers report as an error on every search.
 */
import { isPlainObject } from '../format/json';

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
 * The delta's fixed names (its entry file, engine, list of superseded records): replaced at every
 * publication, which must reach readers within seconds (the budget is 30 s from commit to search).
 */
const DELTA_SHORT = 'public, max-age=10';
/**
 * The delta's content-hashed files. Their names change with their content, but the hashes are short
 * (seven hex digits) and the delta is rebuilt at every publication, so an hour bounds what a clash
 * of two deltas' names could ever cost, rather than a year.
 */
const DELTA_HASHED = 'public, max-age=3600';

/** The delta bundle's folder inside the main bundle (`.pagefind/delta/`, served at `/pagefind/delta/`). */
export const SEARCH_DELTA_DIR = 'delta';

/** What the delta holds and supersedes (`DeltaList`), beside its Pagefind files. */
export const DELTA_FILE = 'delta.json';

/** The URL path of the delta bundle, with the trailing slash Pagefind's `mergeIndex` takes. */
export const SEARCH_DELTA_PATH = `${SEARCH_BUNDLE_PATH}/${SEARCH_DELTA_DIR}/`;

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
  // The delta: the same kinds of file (no loader: the main bundle's loads both), and its list.
  {
    pattern: /^delta\/pagefind-entry\.json$/,
    contentType: 'application/json; charset=utf-8',
    cacheControl: DELTA_SHORT,
  },
  { pattern: /^delta\/delta\.json$/, contentType: 'application/json; charset=utf-8', cacheControl: DELTA_SHORT },
  {
    pattern: /^delta\/wasm\.[a-z0-9_-]+\.pagefind$/,
    contentType: 'application/octet-stream',
    cacheControl: DELTA_SHORT,
  },
  {
    pattern: /^delta\/pagefind\.[a-z0-9_-]+\.pf_meta$/,
    contentType: 'application/octet-stream',
    cacheControl: DELTA_HASHED,
  },
  {
    pattern: /^delta\/index\/[a-z0-9_-]+\.pf_index$/,
    contentType: 'application/octet-stream',
    cacheControl: DELTA_HASHED,
  },
  {
    pattern: /^delta\/fragment\/[a-z0-9_-]+\.pf_fragment$/,
    contentType: 'application/octet-stream',
    cacheControl: DELTA_HASHED,
  },
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

/**
 * The main bundle's records that are out of date: their articles changed (the delta has their
 * current record) or are no longer published (taken down, made drafts, renamed). `pages` are the
 * records' Pagefind names (a search result's `id`), which the search page drops without fetching
 * anything; `urls` are their articles' addresses, for people and tests.
 */
export type Superseded = { pages: string[]; urls: string[] };

/**
 * What `delta.json` says: how many records the delta's Pagefind bundle holds (0: there is no bundle
 * to merge, as after a full build or when articles were only taken down), and what it supersedes.
 */
export type DeltaList = Superseded & { records: number };

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** `delta.json` as parsed JSON, checked; undefined when it is not one. */
export function parseDeltaList(value: unknown): DeltaList | undefined {
  if (!isPlainObject(value)) return undefined;
  const { records, pages, urls } = value;
  if (typeof records !== 'number' || !Number.isInteger(records) || records < 0) return undefined;
  return isStringArray(pages) && isStringArray(urls) ? { records, pages, urls } : undefined;
}
