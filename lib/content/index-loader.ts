/**
 * Loads the content index (lib/content/content-index.ts) with lookups by URL, and loads it again when
 * the file changes: `npm run publish` writes a new index (by renaming it into place) while the server
 * runs, and the server must serve it without a restart. Small on purpose: the HTTP layer uses it on
 * every request to tell real article addresses from made-up ones, without loading any rendering code.
 *
 * In production the file is looked at (one `statSync`) at most once a second, and read again only
 * when its modification time or size changed; in between, a call costs one clock read. In
 * development (`contentlayer2 dev` rewrites the index on every edit) it is looked at on every call.
 * The old-address table (`redirectFor`) is derived from the loaded store, so a renamed article's old
 * address redirects as soon as the store that renames it is loaded — not only after a build.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareNewestFirst } from './articles';
import type { AuthorProfile } from './authors';
import { CONTENT_INDEX_FILE, type ContentIndex, type IndexedArticle } from './content-index';
import { redirectTable } from './redirects';
import { siteConfig } from '../config/site-config';
import { articlePath } from '../config/urls';

/** How long production trusts the loaded index before it looks at the file again. */
export const INDEX_CHECK_MS = 1000;

/** The version reported for a store written without one (by a content build older than versions). */
export const UNVERSIONED = 'unversioned';

/** Which store a process has loaded: what `/api/health` reports as `content`. */
export type LoadedContent = {
  /** The store's `version` (lib/content/content-index.ts). */
  version: string;
  /** When the store was written (ISO 8601), or undefined when it does not say. */
  builtAt?: string;
  /** When this process loaded it (ISO 8601). */
  loadedAt: string;
};

export type Store = {
  index: ContentIndex;
  /**
   * Every article, newest first. Sorted once here so that the queries' own newest-first sorts, run
   * on every page, meet already-ordered input (a linear pass, not an n log n sort of the archive).
   */
  articles: readonly IndexedArticle[];
  byUrl: Map<string, IndexedArticle>;
  authors: readonly AuthorProfile[];
  /** The index file as it was when loaded: a different modification time or size means a new store. */
  mtimeMs: number;
  size: number;
  loaded: LoadedContent;
};

let store: Store | undefined;
/** When the file was last looked at (ms since the epoch). */
let checkedAt = Number.NEGATIVE_INFINITY;

/**
 * Files of the content store are read at run time from paths built at run time. The comment keeps
 * Turbopack's file tracer from listing every document under `.contentlayer/` for every route (tens
 * of thousands of files, each build); scripts/standalone-assets.ts links the store beside the server.
 */
function indexPath(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', CONTENT_INDEX_FILE);
}

/** The store built from `index`, read from a file of modification time `mtimeMs` and `size` bytes at `now`. */
export function storeFromIndex(index: ContentIndex, mtimeMs: number, size: number, now: number): Store {
  return {
    index,
    articles: [...index.articles].sort(compareNewestFirst),
    byUrl: new Map(index.articles.map((a) => [a.url, a])),
    authors: [...index.authors].sort((a, b) => a.name.localeCompare(b.name)),
    mtimeMs,
    size,
    loaded: {
      version: index.version ?? UNVERSIONED,
      ...(index.builtAt ? { builtAt: index.builtAt } : {}),
      loadedAt: new Date(now).toISOString(),
    },
  };
}

/**
 * The loaded index; throws, saying what to run, when the content has not been built. Once a store is
 * loaded, a file that cannot be read or parsed (it never should: the build renames a whole file into
 * place) keeps the previous store, with the reason in the log, rather than taking the site down.
 */
export function loadStore(now: number = Date.now()): Store {
  if (store && !siteConfig.reloadContent && now - checkedAt < INDEX_CHECK_MS && now >= checkedAt) return store;
  checkedAt = now;
  const file = indexPath();
  let mtimeMs: number;
  let size: number;
  try {
    ({ mtimeMs, size } = statSync(file));
  } catch {
    if (store) return store;
    throw new Error(`No content index at ${file}: run \`npm run content\` (or \`npm run build\`) first.`);
  }
  if (store && store.mtimeMs === mtimeMs && store.size === size) return store;
  let index: ContentIndex;
  try {
    index = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (!store) throw error;
    console.error(`content: cannot read ${file}; still serving content ${store.loaded.version}`, error);
    return store;
  }
  const previous = store?.loaded.version;
  store = storeFromIndex(index, mtimeMs, size, now);
  if (previous !== undefined && !siteConfig.reloadContent) {
    console.log(`content: loaded ${store.loaded.version} (was ${previous})`);
  }
  return store;
}

type RedirectCache = { store: Store; from: number; until: number; table: ReadonlyMap<string, string> };
let redirects: RedirectCache | undefined;

/**
 * The current address of the article whose old address (`redirectFrom`) is `pathname`, matched
 * without regard to case as Next matches its redirects; undefined when none. The table is
 * lib/content/redirects.ts's for the loaded store at `now` (no redirect yet for a draft or a
 * scheduled article), kept until the store changes or the next scheduled article with old addresses
 * is published.
 */
export function redirectFor(pathname: string, now: number = Date.now()): string | undefined {
  const current = loadStore(now);
  let cache = redirects;
  if (!cache || cache.store !== current || now < cache.from || now >= cache.until) {
    const table = new Map<string, string>();
    for (const r of redirectTable(current.index.articles, new Date(now))) table.set(r.source.toLowerCase(), r.destination);
    let until = Number.POSITIVE_INFINITY;
    for (const a of current.index.articles) {
      const at = Date.parse(a.publishedAt);
      if (!a.draft && a.redirectFrom.length > 0 && at > now && at < until) until = at;
    }
    cache = redirects = { store: current, from: now, until, table };
  }
  return cache.table.get(pathname.toLowerCase());
}

/** Which store this process serves now (looking at the file first, as any request would). */
export function loadedContent(now: number = Date.now()): LoadedContent {
  return loadStore(now).loaded;
}

/**
 * True when `/<section>/<slug>` is the address of an article in the build that readers can or will
 * be able to see without a rebuild: published or scheduled, drafts only where drafts are shown.
 * Whether it is published yet is the page's decision.
 */
export function isArticleAddress(section: string, slug: string): boolean {
  const article = loadStore().byUrl.get(articlePath(section, slug));
  return article !== undefined && (!article.draft || siteConfig.showDrafts);
}
