/**
 * `npm run search-index`: builds the full-text search index with Pagefind's Node API into
 * `.pagefind/` (served by app/pagefind/[...path]/route.ts). `npm run build` runs it after
 * `next build`.
 *
 * The records come from the content, not from crawled HTML: every article published at this moment
 * is indexed — including the long tail that is not prerendered — with its headline, standfirst and
 * body text. Drafts and articles scheduled for later are left out (their words must not leak
 * through the index before publication); a scheduled article becomes searchable by its full text at
 * the next build (the no-JavaScript search finds it by headline as soon as it is live).
 *
 * The new bundle is written beside the old one and swapped in with renames, so a running server
 * never serves half an index.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { selectPublished } from '../lib/content/articles';
import { allArticleSummaries, getArticleSource } from '../lib/content/store';
import { SEARCH_BUNDLE_DIR } from '../lib/search/bundle';
import { searchRecord } from '../lib/search/records';
import { siteConfig } from '../lib/config/site-config';

const started = performance.now();
const root = process.cwd();
const target = path.join(root, SEARCH_BUNDLE_DIR);
const staging = `${target}.new`;
const previous = `${target}.old`;

// What production publishes now: never drafts, whatever NODE_ENV this script runs under.
const published = selectPublished(allArticleSummaries(), { now: new Date(), includeDrafts: false });

const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: siteConfig.language });
if (!index) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);

// Records go to Pagefind's indexer process in batches rather than one round trip at a time: at
// 10,000 articles that halves the time spent adding them.
const BATCH = 250;
for (let start = 0; start < published.length; start += BATCH) {
  await Promise.all(
    published.slice(start, start + BATCH).map(async (article) => {
      const body = getArticleSource(article.url);
      if (body === undefined) throw new Error(`no body for ${article.url}`);
      const { errors } = await index.addCustomRecord(searchRecord(article, body, siteConfig.language));
      if (errors.length > 0) throw new Error(`pagefind: ${article.url}: ${errors.join('; ')}`);
    }),
  );
}

rmSync(staging, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: staging });
if (written.errors.length > 0) throw new Error(`pagefind: could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();

rmSync(previous, { recursive: true, force: true });
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });

console.log(
  `search index: ${published.length} published articles in ${SEARCH_BUNDLE_DIR}/ in ${Math.round(performance.now() - started)} ms`,
);
