/**
 * The content index: every article's summary and every author's profile, without article bodies,
 * in one small JSON file written after each contentlayer run. Listing pages, feeds and sitemaps read
 * only this; an article page then reads its own body from contentlayer's per-document file.
 * This keeps the server bundle free of the generated collection, whose size grows with the archive.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { latestModification, type ArticleSummary } from './articles';
import type { AuthorProfile } from './authors';
import type { StandingPage } from './standing-pages';
import type { TopicHub } from './topic-hubs';
import { REDIRECTS_FILE, redirectTable } from './redirects';
import { articleFields, authorFields, decodeFields, liveBlogFields, liveEntryFields, pageFields, topicFields } from './schema';
import { compareEntriesNewestFirst, coverageModifiedAt, entryModifiedAt, type LiveEntry } from './live-blogs';
import { isPlainObject } from '../format/json';

/**
 * An article summary plus where its body is: contentlayer's generated file (`bodyFile`, relative to
 * the project's `.contentlayer` folder; what production reads) and the editor's source file under content/ (`sourceFile`, what `next dev`
 * reads, so an edit shows without waiting for contentlayer to regenerate the archive).
 */
export type IndexedArticle = ArticleSummary & {
  bodyFile: string;
  sourceFile: string;
  /** Old addresses that redirect here (lib/content/redirects.ts builds the table from the index). */
  redirectFrom: readonly string[];
};
/** An author profile plus the raw MDX of the bio (bios are short). */
export type IndexedAuthor = AuthorProfile & { bio: string };
/** A standing page plus where its body is, as for articles (`bodyFile` for production, `sourceFile` for `next dev`). */
export type IndexedPage = StandingPage & { bodyFile: string; sourceFile: string };
/** A topic hub plus the raw MDX of its introduction (introductions are short, like bios). */
export type IndexedTopic = TopicHub & { introduction: string };

export type ContentIndex = {
  articles: IndexedArticle[];
  authors: IndexedAuthor[];
  pages: IndexedPage[];
  topics: IndexedTopic[];
  /**
   * Which content the store holds, set on the merged store by scripts/content-build.ts: the content
   * commit `npm run publish` passes, or a hash of the index under `npm run build`. `/api/health`
   * reports it, so a publisher can tell when an instance serves the new content. Absent in a shard's own index.
   */
  version?: string;
  /** When the store was written (ISO 8601 instant); absent in a shard's own index. */
  builtAt?: string;
};

export const CONTENT_INDEX_FILE = 'content-index.json';

type Json = Record<string, unknown>;


function str(doc: Json, key: string, file: string): string {
  const value = doc[key];
  if (typeof value !== 'string') throw new Error(`${file}: expected text in "${key}"`);
  return value;
}

function num(doc: Json, key: string, file: string): number {
  const value = doc[key];
  if (typeof value !== 'number') throw new Error(`${file}: expected a number in "${key}"`);
  return value;
}

function obj(doc: Json, key: string, file: string): Json {
  const value = doc[key];
  if (!isPlainObject(value)) throw new Error(`${file}: expected fields in "${key}"`);
  return value;
}

/**
 * Maps one contentlayer Article document (as stored on disk) to its summary. The frontmatter fields
 * are read as the schema defines them (lib/content/schema.ts); the rest are contentlayer's computed
 * fields (contentlayer.config.ts) and its `_raw` record.
 */
export function articleFromDocument(doc: Json, bodyFile: string): IndexedArticle {
  const { author, hero, corrections, redirectFrom, ...fields } = decodeFields(articleFields, doc, bodyFile);
  const oldestFirst = [...corrections].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return {
    ...fields,
    slug: str(doc, 'slug', bodyFile),
    url: str(doc, 'url', bodyFile),
    authorSlug: author,
    modifiedAt: latestModification(fields.publishedAt, fields.updatedAt, oldestFirst),
    corrections: oldestFirst,
    hero: { ...hero, width: num(doc, 'heroWidth', bodyFile), height: num(doc, 'heroHeight', bodyFile) },
    wordCount: num(doc, 'wordCount', bodyFile),
    readingTimeMinutes: num(doc, 'readingTimeMinutes', bodyFile),
    bodyFile,
    sourceFile: str(obj(doc, '_raw', bodyFile), 'sourceFilePath', bodyFile),
    redirectFrom,
  };
}

/**
 * Maps one contentlayer LiveBlog document to its summary: an article with `live` coverage, whose
 * entries (`entries`, from the blog's folder) are joined here, newest first. The blog's `modifiedAt`
 * is the latest change of the blog or of an entry published by `now` (not a draft).
 */
export function liveBlogFromDocument(doc: Json, bodyFile: string, entries: readonly LiveEntry[], now: Date = new Date()): IndexedArticle {
  const { status, endedAt, ...fields } = decodeFields(liveBlogFields, doc, bodyFile);
  const summary = articleFromDocument({ ...doc, ...fields }, bodyFile);
  const sorted = [...entries].sort(compareEntriesNewestFirst);
  const shown = sorted.filter((e) => !e.draft && Date.parse(e.publishedAt) <= now.getTime());
  return {
    ...summary,
    modifiedAt: coverageModifiedAt(summary, shown),
    live: { status, ...(endedAt ? { endedAt } : {}), entries: sorted },
  };
}

/** Maps one contentlayer LiveEntry document to its entry; `blog` (the folder) says whose it is. */
export function liveEntryFromDocument(doc: Json, bodyFile: string): LiveEntry & { blog: string } {
  const { author, corrections, ...fields } = decodeFields(liveEntryFields, doc, bodyFile);
  const oldestFirst = [...corrections].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  return {
    ...fields,
    id: str(doc, 'id', bodyFile),
    blog: str(doc, 'blog', bodyFile),
    authorSlug: author,
    corrections: oldestFirst,
    modifiedAt: entryModifiedAt({ publishedAt: fields.publishedAt, updatedAt: fields.updatedAt, corrections: oldestFirst }),
    bodyFile,
    sourceFile: str(obj(doc, '_raw', bodyFile), 'sourceFilePath', bodyFile),
  };
}

/** Maps one contentlayer Author document to its profile with the raw bio. */
export function authorFromDocument(doc: Json, file: string): IndexedAuthor {
  return {
    ...decodeFields(authorFields, doc, file),
    slug: str(doc, 'slug', file),
    url: str(doc, 'url', file),
    bio: str(obj(doc, 'body', file), 'raw', file),
  };
}

/** Maps one contentlayer Page document to its index entry; its body stays in contentlayer's file. */
export function pageFromDocument(doc: Json, bodyFile: string): IndexedPage {
  return {
    ...decodeFields(pageFields, doc, bodyFile),
    slug: str(doc, 'slug', bodyFile),
    url: str(doc, 'url', bodyFile),
    bodyFile,
    sourceFile: str(obj(doc, '_raw', bodyFile), 'sourceFilePath', bodyFile),
  };
}

/**
 * Maps one contentlayer Topic document to its hub: the tag is the file name, the hero's pixel size is
 * read from the image (contentlayer's computed fields), the introduction is the raw body.
 */
export function topicFromDocument(doc: Json, file: string): IndexedTopic {
  const { hero, ...fields } = decodeFields(topicFields, doc, file);
  return {
    ...fields,
    tag: str(doc, 'tag', file),
    ...(hero ? { hero: { ...hero, width: num(doc, 'heroWidth', file), height: num(doc, 'heroHeight', file) } } : {}),
    introduction: str(obj(doc, 'body', file), 'raw', file),
  };
}

/** A live blog's document before its entries are joined to it (see `buildContentIndex`). */
type UnjoinedLiveBlog = { liveBlogDoc: Json; bodyFile: string };
/** A live entry with the folder of its blog. */
type IndexedLiveEntry = LiveEntry & { blog: string };

/** Every kind of index entry. */
type IndexEntry = IndexedArticle | IndexedAuthor | IndexedPage | IndexedTopic | UnjoinedLiveBlog | IndexedLiveEntry;

/**
 * Index entries by document path, kept while the process lives: `contentlayer dev` rebuilds the index
 * after every edit, and re-reading only the files whose modification time changed keeps that fast
 * however large the archive. Only the mapped entries are kept, not the bodies.
 */
const entryCache = new Map<string, { mtimeMs: number; source: string; entry: IndexEntry }>();

function readEntries<T extends IndexEntry>(
  contentlayerDir: string,
  contentDir: string,
  type: 'Article' | 'Author' | 'Page' | 'Topic' | 'LiveBlog' | 'LiveEntry',
  toEntry: (doc: Json, file: string) => T,
  isEntry: (entry: IndexEntry) => entry is T,
): T[] {
  const dir = path.join(contentlayerDir, 'generated', type);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const entries: T[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('_')).sort()) {
    const full = path.join(dir, name);
    const mtimeMs = statSync(full).mtimeMs;
    let cached = entryCache.get(full);
    if (!cached || cached.mtimeMs !== mtimeMs || !isEntry(cached.entry)) {
      const doc: unknown = JSON.parse(readFileSync(full, 'utf8'));
      if (!isPlainObject(doc)) throw new Error(`${name}: not a contentlayer document`);
      const relative = path.relative(contentlayerDir, full).split(path.sep).join('/');
      cached = { mtimeMs, source: str(obj(doc, '_raw', name), 'sourceFilePath', name), entry: toEntry(doc, relative) };
      entryCache.set(full, cached);
    }
    // contentlayer never deletes the file of a document whose source is gone (deleted, moved,
    // renamed): without this check a deleted article would stay on the site.
    if (!existsSync(path.join(contentDir, cached.source))) {
      rmSync(full, { force: true });
      entryCache.delete(full);
      continue;
    }
    if (isEntry(cached.entry)) entries.push(cached.entry);
  }
  return entries;
}

const isIndexedArticle = (e: IndexEntry): e is IndexedArticle => 'bodyFile' in e && 'section' in e;
const isIndexedAuthor = (e: IndexEntry): e is IndexedAuthor => 'bio' in e;
const isIndexedPage = (e: IndexEntry): e is IndexedPage =>
  'bodyFile' in e && !('section' in e) && !('liveBlogDoc' in e) && !('blog' in e);
const isUnjoinedLiveBlog = (e: IndexEntry): e is UnjoinedLiveBlog => 'liveBlogDoc' in e;
const isIndexedLiveEntry = (e: IndexEntry): e is IndexedLiveEntry => 'blog' in e && 'authorSlug' in e;

/**
 * The live blogs as articles, each with the entries of its folder. The blog's document is decoded
 * here, not cached, because its summary depends on its entries (its `modifiedAt`).
 */
function joinLiveBlogs(blogs: readonly UnjoinedLiveBlog[], entries: readonly IndexedLiveEntry[]): IndexedArticle[] {
  const byBlog = new Map<string, LiveEntry[]>();
  for (const { blog, ...entry } of entries) {
    const list = byBlog.get(blog) ?? [];
    list.push(entry);
    byBlog.set(blog, list);
  }
  return blogs.map(({ liveBlogDoc, bodyFile }) =>
    liveBlogFromDocument(liveBlogDoc, bodyFile, byBlog.get(str(liveBlogDoc, 'slug', bodyFile)) ?? []),
  );
}
const isIndexedTopic = (e: IndexEntry): e is IndexedTopic => 'introduction' in e;

/**
 * Builds the index from contentlayer's per-document files under `contentlayerDir` (a `.contentlayer`
 * folder) for the sources in `contentDir`. Each article's `bodyFile` is relative to `contentlayerDir`.
 */
export function buildContentIndex(contentlayerDir: string, contentDir: string): ContentIndex {
  return {
    articles: [
      ...readEntries(contentlayerDir, contentDir, 'Article', articleFromDocument, isIndexedArticle),
      ...joinLiveBlogs(
        readEntries(contentlayerDir, contentDir, 'LiveBlog', (doc, bodyFile) => ({ liveBlogDoc: doc, bodyFile }), isUnjoinedLiveBlog),
        readEntries(contentlayerDir, contentDir, 'LiveEntry', liveEntryFromDocument, isIndexedLiveEntry),
      ),
    ],
    authors: readEntries(contentlayerDir, contentDir, 'Author', authorFromDocument, isIndexedAuthor),
    pages: readEntries(contentlayerDir, contentDir, 'Page', pageFromDocument, isIndexedPage),
    topics: readEntries(contentlayerDir, contentDir, 'Topic', topicFromDocument, isIndexedTopic),
  };
}

/**
 * One index from the indexes of several contentlayer runs (scripts/content-build.ts runs one per
 * shard of the archive): `prefix` is where a part's `.contentlayer` folder sits relative to the
 * project's, and is put before its body files. Articles are ordered by URL so the result does not
 * depend on how the archive was split.
 */
export function mergeContentIndexes(parts: readonly { prefix: string; index: ContentIndex }[]): ContentIndex {
  const articles = parts
    .flatMap(({ prefix, index }) =>
      index.articles.map((a) => ({
        ...a,
        bodyFile: `${prefix}${a.bodyFile}`,
        ...(a.live
          ? { live: { ...a.live, entries: a.live.entries.map((e) => ({ ...e, bodyFile: `${prefix}${e.bodyFile}` })) } }
          : {}),
      })),
    )
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const authors = parts.flatMap(({ index }) => index.authors).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const pages = parts
    .flatMap(({ prefix, index }) => index.pages.map((p) => ({ ...p, bodyFile: `${prefix}${p.bodyFile}` })))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const topics = parts.flatMap(({ index }) => index.topics).sort((a, b) => (a.tag < b.tag ? -1 : 1));
  return { articles, authors, pages, topics };
}

/** Writes `data` as JSON to `file` atomically: readers (a running `next dev`) never see half a file. */
function writeJsonAtomically(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(data));
  renameSync(`${file}.tmp`, file);
}

/**
 * Writes the content store's two small files into `contentlayerDir`: the index, and the old-address
 * table next.config.mjs turns into 308 redirects (lib/content/redirects.ts), built from it.
 */
export function writeContentStore(contentlayerDir: string, index: ContentIndex, now: Date = new Date()): void {
  writeJsonAtomically(path.join(contentlayerDir, CONTENT_INDEX_FILE), index);
  writeJsonAtomically(path.join(contentlayerDir, path.basename(REDIRECTS_FILE)), redirectTable(index.articles, now));
}

/** Reads an index written by `writeContentStore`. */
export function readContentIndex(contentlayerDir: string): ContentIndex {
  return JSON.parse(readFileSync(path.join(contentlayerDir, CONTENT_INDEX_FILE), 'utf8'));
}
