/**
 * Loads the content index (lib/content/content-index.ts) once per process — again whenever it changes in
 * development — with lookups by URL. Small on purpose: proxy.ts uses it on every request to tell
 * real article addresses from made-up ones, without loading any rendering code.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareNewestFirst } from './articles';
import type { AuthorProfile } from './authors';
import { CONTENT_INDEX_FILE, type ContentIndex, type IndexedArticle } from './content-index';
import { siteConfig } from '../config/site-config';
import { articlePath } from '../config/urls';

export type Store = {
  index: ContentIndex;
  /**
   * Every article, newest first. Sorted once here so that the queries' own newest-first sorts, run
   * on every page, meet already-ordered input (a linear pass, not an n log n sort of the archive).
   */
  articles: readonly IndexedArticle[];
  byUrl: Map<string, IndexedArticle>;
  authors: readonly AuthorProfile[];
  mtimeMs: number;
};

let store: Store | undefined;

/**
 * Files of the content store are read at run time from paths built at run time. The comment keeps
 * Turbopack's file tracer from listing every document under `.contentlayer/` for every route (tens
 * of thousands of files, each build); scripts/standalone-assets.ts puts the store beside the server.
 */
function indexPath(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', CONTENT_INDEX_FILE);
}

/** The loaded index; throws, saying what to run, when the content has not been built. */
export function loadStore(): Store {
  // In development contentlayer rewrites the index on every edit: reload when it changes.
  if (store && !siteConfig.reloadContent) return store;
  const file = indexPath();
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    throw new Error(`No content index at ${file}: run \`npm run content\` (or \`npm run build\`) first.`);
  }
  if (store && store.mtimeMs === mtimeMs) return store;
  const index: ContentIndex = JSON.parse(readFileSync(file, 'utf8'));
  store = {
    index,
    articles: [...index.articles].sort(compareNewestFirst),
    byUrl: new Map(index.articles.map((a) => [a.url, a])),
    authors: [...index.authors].sort((a, b) => a.name.localeCompare(b.name)),
    mtimeMs,
  };
  return store;
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
