/**
 * `npm run search-index`: builds the full-text search index with Pagefind's Node API into
 * `.pagefind/` (served by app/pagefind/[...path]/route.ts). `npm run build` runs it after
 * `next build`. `tsx scripts/build-search-index.ts --delta` (run by `npm run publish` after each
 * publication) brings the index up to date in a second or two instead.
 *
 * The records come from the content, not from crawled HTML: every article published at this moment
 * is indexed — including the long tail that is not prerendered — with its headline, standfirst and
 * body text, and a live blog with its entries (lib/search/records.ts). Drafts, articles scheduled
 * for later and entries not yet published are left out (their words must not leak through the index
 * before publication); a scheduled article becomes searchable by its full text at the next build or
 * delta after its time (the no-JavaScript search finds it by headline as soon as it is live).
 *
 * Full build: every record, from the record cache when its article has not changed
 * (lib/search/record-cache.ts), into a new main bundle, written beside the old one and swapped in
 * with renames, so a running server never serves half an index. Its manifest says what it holds.
 * Its delta is empty; articles published while it ran are then put into it.
 *
 * `--delta`: the main bundle stays. A small second bundle (`.pagefind/delta/`) is rebuilt with the
 * records of every article added or changed since the main bundle was built, with the list of the
 * main bundle's records readers must no longer get (lib/search/delta.ts); the search page merges the
 * two. Without a main bundle (or its manifest) it makes a full build.
 *
 * Where the standalone server has its own copy of the bundle (`.next/standalone/.pagefind`,
 * scripts/standalone-assets.ts), the delta is put there too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { isPublished } from '../lib/content/articles';
import type { IndexedArticle } from '../lib/content/content-index';
import { loadStore } from '../lib/content/index-loader';
import type { LiveEntry } from '../lib/content/live-blogs';
import { getArticleSource, getLiveEntrySource } from '../lib/content/store';
import { SEARCH_BUNDLE_DIR, SEARCH_DELTA_DIR } from '../lib/search/bundle';
import {
  clearDelta,
  copyDelta,
  deltaStaging,
  installDelta,
  pagesOfBundle,
  readManifest,
  withLock,
  writeDeltaList,
  writeManifest,
} from '../lib/search/bundle-files';
import { isEmptyDelta, planDelta, type BundleManifest } from '../lib/search/delta';
import {
  BodyHashes,
  codeVersion,
  RECORD_CACHE_DIR,
  RecordCache,
  recordKey,
  sourceKey,
} from '../lib/search/record-cache';
import { deltaRecord, indexedEntries, recordFields, searchRecord, type SearchRecord } from '../lib/search/records';
import { siteConfig } from '../lib/config/site-config';

const root = process.cwd();
const bundleDir = path.join(root, SEARCH_BUNDLE_DIR);
/** The folder the store's `bodyFile`s are relative to (lib/content/content-index.ts). */
const storeDir = path.join(root, '.contentlayer');
const cacheDir = path.join(root, RECORD_CACHE_DIR);
/** Beside the bundle, not in it: the full build swaps the whole folder. */
const lockFile = `${bundleDir}.lock`;
/** The standalone server's copy of the bundle, when there is one. */
const standaloneBundle = path.join(root, '.next', 'standalone', SEARCH_BUNDLE_DIR);

/** An article published now, with what its record is made from. */
type Indexed = { article: IndexedArticle; entries: LiveEntry[]; source: string };

function bodyOf(article: IndexedArticle): string {
  const body = getArticleSource(article.url);
  if (body === undefined) throw new Error(`no body for ${article.url}`);
  return body;
}

/**
 * Every article production publishes at `now` — never drafts, whatever NODE_ENV this script runs
 * under — with its source key. Reads no body that has not changed since the last run.
 */
function publishedNow(now: Date, hashes: BodyHashes): Indexed[] {
  return loadStore()
    .articles.filter((article) => isPublished(article, { now, includeDrafts: false }))
    .map((article) => {
      const entries = indexedEntries(article, now);
      const bodies = [
        hashes.hash(article.bodyFile, () => bodyOf(article)),
        ...entries.map((entry) => hashes.hash(entry.bodyFile, () => getLiveEntrySource(entry))),
      ];
      return { article, entries, source: sourceKey(recordFields(article, entries), bodies) };
    });
}

/** The record of `item`: from the cache, or made (and cached) when its article is new or changed. */
function recordOf(
  item: Indexed,
  version: string,
  cache: RecordCache,
  used: Set<string>,
): { record: SearchRecord; made: boolean } {
  const key = recordKey(version, item.source);
  used.add(key);
  const cached = cache.get(key);
  if (cached) return { record: cached, made: false };
  const entries = item.entries.map((entry) => ({ title: entry.title, body: getLiveEntrySource(entry) }));
  const record = searchRecord(item.article, bodyOf(item.article), siteConfig.language, entries);
  cache.put(key, record);
  return { record, made: true };
}

/** Writes `records` as a Pagefind bundle into `outputPath`. */
async function writeBundle(records: Iterable<SearchRecord>, outputPath: string): Promise<number> {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: siteConfig.language });
  if (!index) throw new Error(`pagefind: could not create an index: ${createErrors.join('; ')}`);
  // Records go to Pagefind's indexer process in batches rather than one round trip at a time: at
  // 10,000 articles that halves the time spent adding them.
  const BATCH = 250;
  let batch: Promise<void>[] = [];
  let count = 0;
  for (const record of records) {
    count++;
    batch.push(
      index.addCustomRecord(record).then(({ errors }) => {
        if (errors.length > 0) throw new Error(`pagefind: ${record.url}: ${errors.join('; ')}`);
      }),
    );
    if (batch.length === BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return count;
}

/** The standalone server's copy of the bundle, if it has one of its own (not a link to this one). */
function standaloneCopy(): string | undefined {
  if (!existsSync(standaloneBundle)) return undefined;
  return realpathSync(standaloneBundle) === realpathSync(bundleDir) ? undefined : standaloneBundle;
}

/** Puts this bundle's delta into the standalone copy. Not fatal: `npm run build` may be replacing that copy just now. */
function updateStandaloneCopy(): void {
  const copy = standaloneCopy();
  if (!copy) return;
  try {
    copyDelta(bundleDir, copy);
  } catch (error) {
    console.warn(`search index: could not update the delta of ${path.relative(root, copy)}/: ${String(error)}`);
  }
}

function elapsed(started: number): string {
  return `${Math.round(performance.now() - started)} ms`;
}

async function fullBuild(): Promise<void> {
  const started = performance.now();
  const staging = `${bundleDir}.new`;
  const previous = `${bundleDir}.old`;
  const now = new Date();
  const version = codeVersion();
  const hashes = new BodyHashes(cacheDir, storeDir);
  const cache = new RecordCache(cacheDir);
  const used = new Set<string>();
  const published = publishedNow(now, hashes);
  let made = 0;
  function* records(): Generator<SearchRecord> {
    for (const item of published) {
      const { record, made: isNew } = recordOf(item, version, cache, used);
      if (isNew) made++;
      yield record;
    }
  }
  const count = await writeBundle(records(), staging);
  const pages = pagesOfBundle(staging);
  const manifest: BundleManifest = { codeVersion: version, builtAt: now.toISOString(), records: {} };
  for (const { article, source } of published) {
    const page = pages.get(article.url);
    if (page === undefined) throw new Error(`pagefind: no record of ${article.url} in the bundle written`);
    manifest.records[article.url] = { key: source, page };
  }
  writeManifest(staging, manifest);
  writeDeltaList(path.join(staging, SEARCH_DELTA_DIR));
  // Not while a delta is being swapped in: the lock orders the two.
  await withLock(lockFile, async () => {
    rmSync(previous, { recursive: true, force: true });
    if (existsSync(bundleDir)) renameSync(bundleDir, previous);
    renameSync(staging, bundleDir);
    rmSync(previous, { recursive: true, force: true });
  });
  hashes.save();
  cache.prune(used);
  console.log(
    `search index: ${count} published articles in ${SEARCH_BUNDLE_DIR}/ (${count - made} records from the cache) in ${elapsed(started)}`,
  );
  // Articles published while this build ran are not in it: a delta brings it up to date (and,
  // when nothing was published meanwhile, clears the old delta, here and in the standalone copy).
  // In a process of its own, which reads the content store afresh.
  const script = process.argv[1];
  if (!script) throw new Error('search index: cannot tell which script is running');
  const delta = spawnSync(process.execPath, [...process.execArgv, script, '--delta'], { stdio: 'inherit' });
  if (delta.status !== 0) throw new Error('search index: the delta after the full build failed');
}

/** Rebuilds the delta; false when there is no main bundle to build one against. */
async function deltaBuild(): Promise<boolean> {
  const started = performance.now();
  return withLock(lockFile, async () => {
    const manifest = readManifest(bundleDir);
    if (!manifest) return false;
    const now = new Date();
    const version = codeVersion();
    if (manifest.codeVersion !== version) {
      console.warn(
        'search index: the code that makes records changed since the main bundle was built; run `npm run search-index`',
      );
    }
    const hashes = new BodyHashes(cacheDir, storeDir);
    const published = publishedNow(now, hashes);
    const plan = planDelta(
      manifest.records,
      published.map(({ article, source }) => ({ url: article.url, key: source })),
    );
    if (isEmptyDelta(plan)) {
      clearDelta(bundleDir);
      updateStandaloneCopy();
      hashes.save();
      console.log(`search index: the main bundle is current; no delta (${elapsed(started)})`);
      return true;
    }
    const changed = new Set(plan.changed);
    const cache = new RecordCache(cacheDir);
    const used = new Set<string>();
    const records = published
      .filter(({ article }) => changed.has(article.url))
      .map((item) => deltaRecord(recordOf(item, version, cache, used).record));
    const staging = deltaStaging(bundleDir);
    // Articles only taken down: no Pagefind bundle, only the list of what is superseded.
    const count = records.length > 0 ? await writeBundle(records, staging) : 0;
    installDelta(bundleDir, { records: count, ...plan.superseded });
    updateStandaloneCopy();
    hashes.save();
    console.log(
      `search index: delta of ${count} new or changed articles, ${plan.superseded.urls.length} superseded, since the main bundle of ${manifest.builtAt} (${elapsed(started)})`,
    );
    return true;
  });
}

if (process.argv.includes('--delta')) {
  if (!(await deltaBuild())) {
    console.log(`search index: no main bundle (or no manifest) in ${SEARCH_BUNDLE_DIR}/: building it in full`);
    await fullBuild();
  }
} else {
  await fullBuild();
}
