/**
 * What `npm run publish` (scripts/publish.ts) decides, as pure functions: whether the change between
 * two revisions is content only (and so may reach readers without `next build`), and which paths to
 * revalidate once every instance serves the new content store — found by comparing the store before
 * and after, not by guessing from file names, so a change of section, tags, author, status or
 * address refreshes the pages of both its old and its new state
 * (docs/decisions/016-publishing-without-a-build.md).
 */
import type { ContentIndex, IndexedArticle } from '../content/content-index';
import { MAX_BODY_BYTES, MAX_PATHS, pathsForArticle, SITEMAP_PATHS, toArticleAddress } from './revalidation';
import {
  aboutPath,
  authorIndexPath,
  authorPath,
  correctionsFeedPath,
  correctionsPath,
  feedFormats,
  feedPath,
  homePath,
  mastheadPath,
  standingPagePath,
  tagIndexPath,
  tagPath,
} from '../config/urls';

/**
 * The revision whose content the checkout's store holds, recorded by `npm run build` and by every
 * `npm run publish` that built the store (`--no-revalidate` too): where the next publish's diff starts.
 */
export const PUBLISHED_REVISION_FILE = '.contentlayer/published-revision';

/**
 * The last revision whose pages were revalidated (by `npm run build`, which starts a fresh cache, or
 * by a publish that revalidated), and the content index as of it: what the next revalidation
 * compares the new index with — even when an earlier attempt built the new store and then failed,
 * or the checkout was published with `--no-revalidate` since.
 */
export const REVALIDATED_REVISION_FILE = '.contentlayer/revalidated-revision';
export const REVALIDATED_INDEX_FILE = '.contentlayer/revalidated-index.json';

/**
 * What may change without a build: the editors' files and the images they commit. Anything else —
 * code, configuration, dependencies, the rest of public/ — is a deployment (`npm run build`).
 */
export const CONTENT_ROOTS: readonly string[] = ['content/', 'public/images/'];

/** One line of `git diff --name-status --no-renames`: A(dded), M(odified), D(eleted), T(ype changed)… */
export type ChangedFile = { status: string; path: string };

/** Reads `git diff --name-status --no-renames -z` (NUL-separated: status, path, status, path…). */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0').filter((f) => f !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) files.push({ status: fields[i]!, path: fields[i + 1]! });
  return files;
}

/** True for a repository path that publishing may change (`CONTENT_ROOTS`). */
export function isContentPath(file: string): boolean {
  return CONTENT_ROOTS.some((root) => file.startsWith(root)) && !file.split('/').includes('..');
}

/** The changed files split into content (publishable) and everything else (needs a build). */
export function classifyChanges(files: readonly ChangedFile[]): { content: ChangedFile[]; code: ChangedFile[] } {
  return {
    content: files.filter((f) => isContentPath(f.path)),
    code: files.filter((f) => !isContentPath(f.path)),
  };
}

/** `value` as JSON with object keys sorted and `bodyFile` left out, so equal content compares equal wherever its shard put it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'bodyFile') return undefined;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Keys present in either map whose values differ (or exist on one side only), by `changed`. */
function changedKeys<T>(before: Map<string, T>, after: Map<string, T>, changed: (b: T, a: T) => boolean): string[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys.filter((k) => {
    const b = before.get(k);
    const a = after.get(k);
    return b === undefined || a === undefined || changed(b, a);
  });
}

/** Each old address (`redirectFrom`) → the address of the article that claims it. */
function redirectSources(articles: readonly IndexedArticle[]): Map<string, string> {
  return new Map(articles.flatMap((a) => a.redirectFrom.map((source): [string, string] => [source, a.url])));
}

/** A listing or page and its feeds in every format. */
function withFeeds(base: string): string[] {
  return [base, ...feedFormats.map((format) => feedPath(base, format))];
}

/** The corrections log's first page and feeds. */
const CORRECTIONS_PATHS: readonly string[] = [correctionsPath, ...feedFormats.map(correctionsFeedPath)];

/**
 * The paths to revalidate after the content store went from `before` to `after`, the change being
 * `changedFiles` (repository paths, as `git diff` names them). Distinct, in a stable order.
 *
 * - An article (a live blog included) whose summary differs, or whose source file, one of its live
 *   entries' files or its hero image is among the changed files, or that was added or removed:
 *   `pathsForArticle` (lib/serving/revalidation.ts) for its old state and its new state — so a moved
 *   section, a dropped tag, a new author, a takedown and a live blog's later pages and entry feeds
 *   are all refreshed — and the corrections log when either state has corrections.
 * - An old address (`redirectFrom`) that starts or stops redirecting, or now leads elsewhere.
 * - An author added, removed or changed (bio, avatar…): their page and feeds, the authors' index,
 *   the masthead and the sitemaps.
 * - A topic hub: its tag's page and feeds, the tags' index.
 * - A standing page: its page, the about page (which links every policy), the front page and the
 *   sitemaps.
 *
 * `now` decides which live entries readers see, and so how many pages a live blog has.
 */
export function affectedPaths(
  before: ContentIndex,
  after: ContentIndex,
  changedFiles: readonly string[],
  now: Date,
): string[] {
  const sources = new Set(changedFiles.filter((f) => f.startsWith('content/')).map((f) => f.slice('content/'.length)));
  const images = new Set(
    changedFiles.filter((f) => f.startsWith('public/images/')).map((f) => f.slice('public'.length)),
  );
  const paths: string[] = [];

  const touches = (a: IndexedArticle): boolean =>
    sources.has(a.sourceFile) ||
    images.has(a.hero.src) ||
    (a.live?.entries.some((e) => sources.has(e.sourceFile)) ?? false);
  const oldArticles = byKey(before.articles, (a) => a.url);
  const newArticles = byKey(after.articles, (a) => a.url);
  for (const url of changedKeys(
    oldArticles,
    newArticles,
    (b, a) => canonical(b) !== canonical(a) || touches(b) || touches(a),
  )) {
    const old = oldArticles.get(url);
    const current = newArticles.get(url);
    const address = toArticleAddress(url);
    if (address) {
      paths.push(...pathsForArticle(address, old, now), ...pathsForArticle(address, current, now));
    } else {
      paths.push(url);
    }
    if ((old?.corrections.length ?? 0) > 0 || (current?.corrections.length ?? 0) > 0) paths.push(...CORRECTIONS_PATHS);
  }
  // Old addresses whose redirect appeared, went or now leads elsewhere.
  const oldRedirects = redirectSources(before.articles);
  const newRedirects = redirectSources(after.articles);
  paths.push(...changedKeys(oldRedirects, newRedirects, (b, a) => b !== a));

  const oldAuthors = byKey(before.authors, (a) => a.slug);
  const newAuthors = byKey(after.authors, (a) => a.slug);
  const authorTouched = (a: { avatar?: string }) => a.avatar !== undefined && images.has(a.avatar);
  for (const slug of changedKeys(oldAuthors, newAuthors, (b, a) => canonical(b) !== canonical(a) || authorTouched(a))) {
    paths.push(...withFeeds(authorPath(slug)), authorIndexPath, mastheadPath, ...SITEMAP_PATHS);
  }

  const oldTopics = byKey(before.topics, (t) => t.tag);
  const newTopics = byKey(after.topics, (t) => t.tag);
  const topicTouched = (t: { hero?: { src: string } }) => t.hero !== undefined && images.has(t.hero.src);
  for (const tag of changedKeys(oldTopics, newTopics, (b, a) => canonical(b) !== canonical(a) || topicTouched(a))) {
    paths.push(...withFeeds(tagPath(tag)), tagIndexPath);
  }

  const oldPages = byKey(before.pages, (p) => p.slug);
  const newPages = byKey(after.pages, (p) => p.slug);
  for (const slug of changedKeys(
    oldPages,
    newPages,
    (b, a) => canonical(b) !== canonical(a) || sources.has(a.sourceFile),
  )) {
    paths.push(standingPagePath(slug), aboutPath, homePath, ...SITEMAP_PATHS);
  }

  return [...new Set(paths)];
}

/**
 * `paths` as request bodies for `/api/revalidate`: at most `maxPaths` paths (its `MAX_PATHS`) and
 * `maxBytes` bytes of JSON (its `MAX_BODY_BYTES`) each, in order.
 */
export function chunkPaths(
  paths: readonly string[],
  maxPaths: number = MAX_PATHS,
  maxBytes: number = MAX_BODY_BYTES,
): string[][] {
  const size = (chunk: readonly string[]) => Buffer.byteLength(JSON.stringify({ paths: chunk }));
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const path of paths) {
    if (current.length > 0 && (current.length >= maxPaths || size([...current, path]) > maxBytes)) {
      chunks.push(current);
      current = [];
    }
    current.push(path);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The origins to publish to: each `--target`, else the comma-separated `PUBLISH_TARGETS`, else
 * `http://127.0.0.1:<PORT or 3000>`. Each must be an http(s) origin; only the origin is kept.
 * Throws naming the first that is not.
 */
export function publishTargets(flags: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const listed =
    flags.length > 0
      ? flags
      : (env.PUBLISH_TARGETS ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t !== '');
  const raw = listed.length > 0 ? listed : [`http://127.0.0.1:${env.PORT?.trim() || '3000'}`];
  return [
    ...new Set(
      raw.map((target) => {
        let url: URL;
        try {
          url = new URL(target);
        } catch {
          throw new Error(`target "${target}" is not a URL such as http://10.0.0.5:3000`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
          throw new Error(`target "${target}" must use http or https`);
        return url.origin;
      }),
    ),
  ];
}

/** What `npm run publish` reads of an instance's `/api/health` answer. */
export type TargetHealth = { contentVersion: string | undefined; sharedCache: boolean };

/** Reads the parts of `/api/health`'s JSON that publishing needs (lib/serving/health.ts); undefined when it is not one. */
export function readTargetHealth(body: unknown): TargetHealth | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const content: unknown = Reflect.get(body, 'content');
  const cache: unknown = Reflect.get(body, 'cache');
  const version: unknown =
    typeof content === 'object' && content !== null ? Reflect.get(content, 'version') : undefined;
  const store: unknown = typeof cache === 'object' && cache !== null ? Reflect.get(cache, 'store') : undefined;
  return { contentVersion: typeof version === 'string' ? version : undefined, sharedCache: store === 'redis' };
}

/**
 * The targets to send the revalidation to: one, when every target shares the Redis cache (a
 * revalidation through any instance reaches all); each of them otherwise (each has its own cache).
 */
export function revalidationTargets(targets: readonly { origin: string; health: TargetHealth }[]): string[] {
  if (targets.length > 0 && targets.every((t) => t.health.sharedCache)) return [targets[0]!.origin];
  return targets.map((t) => t.origin);
}
