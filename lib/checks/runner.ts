/**
 * Reads content/ and public/ from disk and applies the content rules to every file. Used by
 * `npm run check`, which every build runs first.
 *
 * Speed: reading YAML and parsing MDX (phase 1) is almost all the work, and its result depends only on
 * a file's text. So results are cached by content hash in node_modules/.cache/content-check/ (keyed
 * also by a hash of the rules' source, so a rule change invalidates the cache), and when many files
 * need parsing the work is shared between the main thread and worker threads. Everything that
 * depends on other files, on images or on the clock (phase 2 and the site rules) runs every time.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  analyseArticle,
  analyseAuthor,
  compareProblems,
  resolveArticle,
  resolveAuthor,
  slugFromPath,
  type AnalysedArticle,
  type AnalysedAuthor,
  type ImageInfo,
  type Problem,
  type RuleContext,
} from './article-rules';
import { sectionSlugs } from '../config/sections';
import { BREAKING_NEWS_FILE_NAME } from '../config/site-config';
import { isPlainObject } from '../format/json';
import { readImageHeader } from '../media/dimensions';
import { checkHeadlineChange, checkSite, type ArticleEntry, type AuthorEntry, type SiteContext } from './site-rules';
import {
  analysePage,
  checkStandingPolicies,
  PAGES_DIR,
  resolvePage,
  STANDING_PAGES_CONFIG,
  type PageEntry,
} from './page-rules';
import { checkBreakingNews } from './breaking-rules';
import { checkTopics, TOPICS_DIR } from './topic-rules';
import {
  analyseDocument,
  classifyLiveFile,
  liveBlogArticles,
  liveLinkTargets,
  LIVE_DIR,
  resolveLive,
  type AnalysedDocument,
  type DocumentKind,
  type LiveBlogFile,
  type LiveContent,
  type LiveEntryFile,
  type LiveFile,
} from './live-rules';

export type CheckOptions = {
  /** The moment to check scheduled articles against (default: now). */
  now?: Date;
  /** Reuse cached phase-1 results (default true). */
  cache?: boolean;
  /** Threads for phase 1, main thread included (default: all cores when there are many files to parse). */
  workers?: number;
  /** Compare headlines with this git revision (default `HEAD`); `false` skips the comparison. */
  since?: string | false;
};

export type ContentReport = {
  problems: Problem[];
  articleCount: number;
  authorCount: number;
  /** Live blogs (content/live/<slug>/index.mdx) and their entries. */
  liveBlogCount: number;
  liveEntryCount: number;
  /** Files whose phase-1 result came from the cache, and files parsed this time. */
  cached: number;
  analysed: number;
  /** Threads used for parsing. */
  threads: number;
  /** What the headline comparison did, e.g. "headlines compared with HEAD". */
  history: string;
};

/** Below this many files to parse, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 400;
/** Files per message to a worker: small enough to share the work evenly, large enough to be cheap. */
const MAX_BATCH = 100;
const IMAGE_HEADER_BYTES = 128 * 1024;

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Every file under `dir`, except hidden ones (`.DS_Store`, editors' swap files), sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(dir, file)
          .split(path.sep)
          .some((segment) => segment.startsWith('.')),
    )
    .sort();
}

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * The standing pages under `<root>/content/pages`, phase 1 done (a handful of files: not cached), and
 * the source of lib/config/standing-pages.ts, where a policy without its page is reported.
 */
function readStandingPages(root: string): { pages: PageEntry[]; configText: string } {
  const pages = listMdx(path.join(root, PAGES_DIR)).map((file) => ({
    path: relative(root, file),
    facts: analysePage(readFileSync(file, 'utf8')),
  }));
  let configText = '';
  try {
    configText = readFileSync(fileURLToPath(new URL(`../../${STANDING_PAGES_CONFIG}`, import.meta.url)), 'utf8');
  } catch {
    // Positions fall back to 1:1; the problems themselves do not depend on the text.
  }
  return { pages, configText };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * A hash of the code phase 1 can run — every source file of the layers the checks use — and of the
 * installed packages (the lockfile), so the cache is dropped whenever a rule, a schema field or a
 * parser changes. Hashing whole folders means a new rule file can never be left out.
 */
function rulesVersion(): string | undefined {
  try {
    const hash = createHash('sha1');
    const lib = fileURLToPath(new URL('..', import.meta.url));
    for (const layer of RULE_LAYERS) {
      const folder = path.join(lib, layer);
      for (const name of readdirSync(folder).sort()) {
        if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(folder, name)));
      }
    }
    hash.update(readFileSync(path.join(lib, '..', 'package-lock.json')));
    return hash.digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

/** The lib/ folders whose code decides a file's phase-1 result. */
const RULE_LAYERS = ['checks', 'mdx', 'media', 'content', 'config', 'format'] as const;

type ImageCacheEntry = { mtimeMs: number; size: number; info: ImageInfo };
type CacheFile = {
  version: string;
  articles: Record<string, AnalysedArticle>;
  authors: Record<string, AnalysedAuthor>;
  /** Live blogs and entries, keyed by `<kind>:<content hash>` (the same text is read differently as each). */
  live: Record<string, AnalysedDocument>;
  images: Record<string, ImageCacheEntry>;
};

function cachePath(root: string, version: string): string {
  return path.join(root, 'node_modules', '.cache', 'content-check', `facts-${version}.json`);
}

/**
 * A cache file written by this version of the rules. Its entries are not checked one by one: they
 * are this code's own output, keyed by content hash, under a version that changes with the code.
 */
function isCacheFile(value: unknown, version: string): value is CacheFile {
  return (
    isPlainObject(value) &&
    Reflect.get(value, 'version') === version &&
    ['articles', 'authors', 'live', 'images'].every((key) => isPlainObject(Reflect.get(value, key)))
  );
}

function loadCache(file: string, version: string): CacheFile {
  const empty: CacheFile = { version, articles: {}, authors: {}, live: {}, images: {} };
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isCacheFile(parsed, version)) return parsed;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return empty;
}

function saveCache(file: string, cache: CacheFile): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file and a hard-linked copy is never modified.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(cache));
    renameSync(temporary, file);
  } catch {
    // A read-only checkout just runs without a cache.
  }
}

/**
 * Reads an image's format and displayed pixel size (EXIF orientation applied, by the same reader the
 * pages use) from its header; the whole file only when the header is not enough.
 */
function readImageInfo(file: string, size: number): ImageInfo {
  const attempt = (bytes: number): ImageInfo | undefined => {
    const buffer = Buffer.alloc(Math.min(bytes, size));
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, 0);
    } finally {
      closeSync(fd);
    }
    const header = readImageHeader(buffer);
    return header && { kind: 'image', ...header };
  };
  return (
    attempt(IMAGE_HEADER_BYTES) ??
    (size > IMAGE_HEADER_BYTES ? attempt(size) : undefined) ?? {
      kind: 'not-an-image',
      detail: 'its content is not a format the site can read',
    }
  );
}

type Batch = { start: number; end: number };

/** One file for phase 1: its kind and its text. */
type Job = { kind: DocumentKind; text: string };

function analyseJob(job: Job | undefined): AnalysedDocument {
  return analyseDocument(job?.kind ?? 'article', job?.text ?? '');
}

/** Phase 1 for many files, shared between this thread and `threads - 1` worker threads. */
async function analyseDocuments(jobs: readonly Job[], threads: number): Promise<AnalysedDocument[]> {
  const results: AnalysedDocument[] = new Array<AnalysedDocument>(jobs.length);
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 4))));
  const queue: Batch[] = [];
  for (let start = 0; start < jobs.length; start += size)
    queue.push({ start, end: Math.min(jobs.length, start + size) });
  const shim = fileURLToPath(new URL('./worker.mjs', import.meta.url));
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(shim));
  const loops = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let current: Batch | undefined;
        const send = () => {
          current = queue.shift();
          if (!current) {
            resolve();
            return;
          }
          worker.postMessage({ start: current.start, jobs: jobs.slice(current.start, current.end) });
        };
        worker.on('message', (message: { start: number; results: AnalysedDocument[] }) => {
          message.results.forEach((facts, i) => {
            results[message.start + i] = facts;
          });
          send();
        });
        // A worker that cannot start (or dies) hands its batch back to this thread.
        worker.on('error', () => {
          if (current) queue.push(current);
          current = undefined;
          resolve();
        });
        send();
      }),
  );
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (let i = batch.start; i < batch.end; i++) results[i] = analyseJob(jobs[i]);
    // Let finished workers pick up their next batch.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(loops);
  // Batches handed back by failed workers.
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (let i = batch.start; i < batch.end; i++) results[i] = analyseJob(jobs[i]);
  }
  await Promise.all(workers.map((w) => w.terminate()));
  return results;
}

function git(root: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', args, {
    cwd: root,
    input,
    stdio: ['pipe', 'pipe', 'ignore'],
    maxBuffer: 512 * 1024 * 1024,
  });
}

/**
 * The text at `revision` of each article that git says changed since then (renames followed), keyed
 * by the article's current path relative to `root`. Undefined with a reason when git cannot tell.
 */
function previousVersions(root: string, revision: string, current: ReadonlySet<string>): Map<string, string> | string {
  let top: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    return `headlines not compared: not a git checkout, or no revision ${revision}`;
  }
  const prefix = path.relative(top, path.resolve(root)).split(path.sep).join('/');
  const inRepo = (p: string) => (prefix ? `${prefix}/${p}` : p);
  const fromRepo = (p: string) => (prefix ? p.slice(prefix.length + 1) : p);
  const changed = git(root, [
    'diff',
    '--name-status',
    '-M',
    '-z',
    revision,
    '--',
    inRepo('content/articles'),
    inRepo(LIVE_DIR),
  ])
    .toString('utf8')
    .split('\0');
  const pairs: { old: string; now: string }[] = [];
  for (let i = 0; i < changed.length;) {
    const status = changed[i] ?? '';
    if (status.startsWith('R') || status.startsWith('C')) {
      pairs.push({ old: changed[i + 1] ?? '', now: fromRepo(changed[i + 2] ?? '') });
      i += 3;
    } else {
      if (status.startsWith('M')) pairs.push({ old: changed[i + 1] ?? '', now: fromRepo(changed[i + 1] ?? '') });
      i += 2;
    }
  }
  const wanted = pairs.filter((p) => current.has(p.now));
  const versions = new Map<string, string>();
  if (wanted.length === 0) return versions;
  const output = git(top, ['cat-file', '--batch'], wanted.map((p) => `${revision}:${p.old}\n`).join(''));
  let offset = 0;
  for (const pair of wanted) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] !== 'blob' || !Number.isFinite(size)) {
      offset = headerEnd + 1;
      continue;
    }
    versions.set(pair.now, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return versions;
}

/** The problems of `<root>/content/breaking.yml` at `now`; none when there is no such file. */
function checkBreakingNewsFile(root: string, now: Date): Problem[] {
  const file = path.join(root, 'content', BREAKING_NEWS_FILE_NAME);
  if (!existsSync(file)) return [];
  return checkBreakingNews({ path: relative(root, file), text: readFileSync(file, 'utf8') }, now);
}

/** The files under `<root>/content/live` with their texts, by what their place makes them. */
function readLiveFiles(root: string): { files: LiveFile[]; texts: Map<string, string> } {
  const files = listFiles(path.join(root, LIVE_DIR)).map((file) => classifyLiveFile(relative(root, file)));
  const texts = new Map<string, string>();
  for (const file of files) {
    if (file.kind !== 'other') texts.set(file.path, readFileSync(path.join(root, file.path), 'utf8'));
  }
  return { files, texts };
}

/**
 * Checks every article and author under `<root>/content`, resolving images and files under
 * `<root>/public`. Returns all problems at once, sorted by file and line.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<ContentReport> {
  const now = options.now ?? new Date();
  const contentDir = path.join(root, 'content');
  const publicDir = path.resolve(root, 'public');
  const articleFiles = listMdx(path.join(contentDir, 'articles'));
  const authorFiles = listMdx(path.join(contentDir, 'authors'));
  const articleTexts = articleFiles.map((f) => readFileSync(f, 'utf8'));
  const authorTexts = authorFiles.map((f) => readFileSync(f, 'utf8'));

  const version = options.cache === false ? undefined : rulesVersion();
  const cacheFile = version ? cachePath(root, version) : undefined;
  const cache: CacheFile =
    cacheFile && version
      ? loadCache(cacheFile, version)
      : { version: '', articles: {}, authors: {}, live: {}, images: {} };
  const next: CacheFile = { version: cache.version, articles: {}, authors: {}, live: {}, images: {} };

  const articleHashes = articleTexts.map(sha1);
  const missing: number[] = [];
  const articleFacts: (AnalysedArticle | undefined)[] = articleHashes.map((hash, i) => {
    const hit = cache.articles[hash];
    if (!hit) missing.push(i);
    return hit;
  });
  // Live blogs and entries are parsed with the articles: cached by content, shared between threads.
  const liveFiles = readLiveFiles(root);
  const liveJobs = liveFiles.files.flatMap((file) => {
    if (file.kind === 'other') return [];
    const kind: DocumentKind = file.kind === 'blog' ? 'live-blog' : 'live-entry';
    const text = liveFiles.texts.get(file.path) ?? '';
    return [{ file, kind, text, key: `${kind}:${sha1(text)}` }];
  });
  const liveFacts = new Map<string, AnalysedDocument>();
  const liveMissing = liveJobs.filter((job) => {
    const hit = cache.live[job.key];
    if (hit) liveFacts.set(job.key, hit);
    return !hit;
  });
  const toParse = missing.length + liveMissing.length;
  const threads = Math.max(1, options.workers ?? (toParse >= PARALLEL_THRESHOLD ? availableParallelism() : 1));
  const used = toParse === 0 ? 0 : Math.min(threads, toParse);
  const fresh = await analyseDocuments(
    [
      ...missing.map((i): Job => ({ kind: 'article', text: articleTexts[i] ?? '' })),
      ...liveMissing.map(({ kind, text }): Job => ({ kind, text })),
    ],
    Math.max(1, used),
  );
  missing.forEach((fileIndex, k) => {
    const result = fresh[k];
    if (result?.kind === 'article') articleFacts[fileIndex] = result.facts;
  });
  liveMissing.forEach((job, k) => {
    const result = fresh[missing.length + k];
    if (result) liveFacts.set(job.key, result);
  });
  let dirty = toParse > 0;
  const authorFacts = authorTexts.map((text) => {
    const hash = sha1(text);
    const hit = cache.authors[hash];
    if (!hit) dirty = true;
    const facts = hit ?? analyseAuthor(text);
    next.authors[hash] = facts;
    return facts;
  });

  const articles: ArticleEntry[] = articleFiles.map((file, i) => {
    const facts = articleFacts[i] ?? analyseArticle(articleTexts[i] ?? '');
    next.articles[articleHashes[i] ?? ''] = facts;
    return { path: relative(root, file), facts };
  });
  const authors: AuthorEntry[] = authorFiles.map((file, i) => ({
    path: relative(root, file),
    facts: authorFacts[i] ?? analyseAuthor(''),
  }));
  const blogs: LiveBlogFile[] = [];
  const entries: LiveEntryFile[] = [];
  for (const { file, kind, text, key } of liveJobs) {
    const found = liveFacts.get(key) ?? analyseDocument(kind, text);
    next.live[key] = found;
    if (file.kind === 'blog' && found.kind === 'live-blog') blogs.push({ ...file, facts: found.facts });
    if (file.kind === 'entry' && found.kind === 'live-entry') entries.push({ ...file, facts: found.facts });
  }
  const live: LiveContent = {
    blogs,
    entries,
    others: liveFiles.files.flatMap((file) => (file.kind === 'other' ? [file] : [])),
  };
  // A live blog is an article to every rule across articles: slugs, redirects, links, topic hubs.
  const articlesAndBlogs: ArticleEntry[] = [...articles, ...liveBlogArticles(live)];

  type PublicFile = { file: string; size: number; mtimeMs: number };
  const fileCache = new Map<string, PublicFile | undefined>();
  const statPublic = (src: string): PublicFile | undefined => {
    if (fileCache.has(src)) return fileCache.get(src);
    let decoded = src;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      // Keep the path as written.
    }
    const file = path.resolve(publicDir, `.${decoded}`);
    let found: PublicFile | undefined;
    if (file.startsWith(publicDir + path.sep)) {
      try {
        const stat = statSync(file);
        if (stat.isFile()) found = { file, size: stat.size, mtimeMs: stat.mtimeMs };
      } catch {
        found = undefined;
      }
    }
    fileCache.set(src, found);
    return found;
  };
  const ctx: RuleContext = {
    sections: sectionSlugs,
    authorSlugs: new Set(authors.map((a) => slugFromPath(a.path))),
    imageInfo(src) {
      const stat = statPublic(src);
      if (!stat) return { kind: 'missing' };
      const known = next.images[src] ?? cache.images[src];
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) {
        next.images[src] = known;
        return known.info;
      }
      const info = readImageInfo(stat.file, stat.size);
      next.images[src] = { mtimeMs: stat.mtimeMs, size: stat.size, info };
      dirty = true;
      return info;
    },
  };
  const standing = readStandingPages(root);
  const siteCtx: SiteContext = {
    now,
    sections: ctx.sections,
    authorSlugs: ctx.authorSlugs,
    publicFileExists: (p) => statPublic(p) !== undefined,
    pages: standing.pages,
    liveEntries: liveLinkTargets(live, ctx.sections),
  };

  const problems = [
    ...authors.flatMap((a) => resolveAuthor(a.path, a.facts, ctx)),
    ...articles.flatMap((a) => resolveArticle(a.path, a.facts, ctx)),
    ...checkSite(articlesAndBlogs, authors, siteCtx),
    ...resolveLive(live, articlesAndBlogs, ctx, siteCtx),
    ...standing.pages.flatMap((p) => resolvePage(p.path, p.facts, ctx)),
    ...checkStandingPolicies(standing.pages, standing.configText),
    ...checkBreakingNewsFile(root, now),
    ...checkTopics(
      listMdx(path.join(root, TOPICS_DIR)).map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') })),
      articlesAndBlogs,
      ctx,
      siteCtx,
    ),
  ];

  let history = 'headlines not compared';
  const since = options.since ?? 'HEAD';
  if (since !== false) {
    const versions = previousVersions(root, since, new Set(articlesAndBlogs.map((a) => a.path)));
    if (typeof versions === 'string') {
      history = versions;
    } else {
      history = `headlines compared with ${since}`;
      for (const article of articlesAndBlogs) {
        const old = versions.get(article.path);
        if (old === undefined) continue;
        const found = checkHeadlineChange(article.path, article.facts, analyseArticle(old), since, now);
        if (found) problems.push(found);
      }
    }
  }

  const pruned =
    Object.keys(cache.articles).length !== Object.keys(next.articles).length ||
    Object.keys(cache.authors).length !== Object.keys(next.authors).length ||
    Object.keys(cache.live).length !== Object.keys(next.live).length ||
    Object.keys(cache.images).length !== Object.keys(next.images).length;
  if (cacheFile && (dirty || pruned)) {
    saveCache(cacheFile, next);
  }

  return {
    problems: problems.sort(compareProblems),
    articleCount: articles.length,
    authorCount: authors.length,
    liveBlogCount: blogs.length,
    liveEntryCount: entries.length,
    cached: articles.length - missing.length + liveJobs.length - liveMissing.length,
    analysed: toParse,
    threads: used,
    history,
  };
}
